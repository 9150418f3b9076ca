import { useId, type FormEvent } from 'react';
import { AUDIT_ACTIONS } from '@portal/shared/domain/audit-events';
import type { TAuditFilters } from '@portal/shared/schemas/audit.schema';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useI18n } from '../../../lib/i18n/use-i18n';

const NAMES = ['customer', 'staff', 'action', 'from', 'to'] as const;

/** The viewer's filters; submitting puts them in the address, so a filtered view can be bookmarked. */
export function AuditFilters({ filters, onApply }: { filters: TAuditFilters; onApply: (filters: TAuditFilters) => void }) {
  const { t } = useI18n();
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next: TAuditFilters = {};
    for (const name of NAMES) {
      const value = String(form.get(name) ?? '').trim();
      if (value) next[name] = value;
    }
    onApply(next);
  };
  return (
    <form className="form audit-filters" onSubmit={submit} aria-labelledby={`${id}-heading`} key={JSON.stringify(filters)}>
      <h2 id={`${id}-heading`}>{t('auditLog.filters.heading')}</h2>
      <TextField id={`${id}-customer`} name="customer" label={t('auditLog.filters.customer')} defaultValue={filters.customer ?? ''} autoComplete="off" />
      <TextField id={`${id}-staff`} name="staff" label={t('auditLog.filters.staff')} defaultValue={filters.staff ?? ''} autoComplete="off" />
      <SelectField
        id={`${id}-action`}
        name="action"
        label={t('auditLog.filters.action')}
        defaultValue={filters.action ?? ''}
        options={[{ value: '', label: t('auditLog.filters.anyAction') }, ...AUDIT_ACTIONS.map((action) => ({ value: action, label: action }))]}
      />
      <TextField id={`${id}-from`} name="from" type="date" label={t('auditLog.filters.from')} defaultValue={filters.from ?? ''} />
      <TextField id={`${id}-to`} name="to" type="date" label={t('auditLog.filters.to')} defaultValue={filters.to ?? ''} />
      <div className="form__actions">
        <button type="submit" className="button">
          {t('auditLog.filters.submit')}
        </button>
        <button type="button" className="button" onClick={() => onApply({})}>
          {t('auditLog.filters.clear')}
        </button>
      </div>
    </form>
  );
}
