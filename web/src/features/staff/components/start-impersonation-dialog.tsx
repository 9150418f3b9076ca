import { useId, type FormEvent } from 'react';
import type { TSessionState } from '@portal/shared/schemas/auth.schema';
import {
  IMPERSONATION_REASON_CATEGORIES,
  ZStartImpersonationRequestSchema,
} from '@portal/shared/schemas/impersonation.schema';
import { errorMessage } from '../../../components/errors/error-message';
import { ErrorSummary, summaryItems } from '../../../components/ui/error-summary';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { validateForm, type TIssueKind } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { TTranslate } from '../../../lib/i18n/catalog-types';
import { StepUpCancelledError } from '../../../lib/step-up';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useModalDialog } from '../../../lib/use-modal-dialog';
import { useStartImpersonation } from '../api/start-impersonation';

type TField = 'reasonCategory' | 'reason' | 'ticketReference';
const FIELDS = ['reasonCategory', 'reason', 'ticketReference'] as const;

function describe(t: TTranslate, field: TField, kind: TIssueKind): string {
  if (field === 'reason') {
    if (kind === 'required') return t('staffConsole.startDialog.reasonRequired');
    if (kind === 'too-long') return t('staffConsole.startDialog.reasonTooLong');
    return t('staffConsole.startDialog.reasonTooShort');
  }
  if (field === 'ticketReference') {
    return kind === 'required' ? t('staffConsole.startDialog.ticketRequired') : t('staffConsole.startDialog.ticketInvalid');
  }
  return t('staffConsole.startDialog.categoryLabel');
}

type TProps = {
  customerId: string;
  /** The new session state: the caller clears every cached query and moves on. */
  onStarted: (state: TSessionState) => void;
  onCancel: () => void;
};

/**
 * Why staff open a customer's account: a category, a reason of at least 10 characters and a ticket
 * (security.md line 18). A modal `<dialog>`; a re-authentication is asked for when the last one is
 * over five minutes old.
 */
export function StartImpersonationDialog({ customerId, onStarted, onCancel }: TProps) {
  const { t } = useI18n();
  const start = useStartImpersonation();
  const { errors, show, clear } = useFormErrors<TField>();
  const dialogRef = useModalDialog((dialog) => dialog.querySelector<HTMLElement>('select, textarea, input'));
  const titleId = useId();
  const id = useId();
  const fieldId = (field: TField) => `${id}-${field}`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (start.isPending) return;
    const form = new FormData(event.currentTarget);
    const values = {
      reasonCategory: String(form.get('reasonCategory') ?? ''),
      reason: String(form.get('reason') ?? ''),
      ticketReference: String(form.get('ticketReference') ?? ''),
    };
    const result = validateForm(ZStartImpersonationRequestSchema, { customerId, ...values }, (field, kind) =>
      describe(t, field as TField, kind),
    );
    if (!result.ok) {
      show(Object.fromEntries(FIELDS.flatMap((field) => (result.errors[field] ? [[field, result.errors[field]]] : []))));
      return;
    }
    clear();
    start.mutate(result.data, {
      onSuccess: onStarted,
      onError: (error) => {
        if (error instanceof StepUpCancelledError) return;
        show({}, t('staffConsole.startDialog.failed', { reason: errorMessage(error, t) }));
      },
    });
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: React unmounts the dialog, which closes it and gives focus back.
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{t('staffConsole.startDialog.title')}</h2>
      <p>{t('staffConsole.startDialog.intro')}</p>
      <ErrorSummary message={errors.form} items={summaryItems(errors.fields, fieldId, FIELDS)} attempt={errors.attempt} />
      <form className="form" onSubmit={submit} noValidate>
        <SelectField
          id={fieldId('reasonCategory')}
          name="reasonCategory"
          label={t('staffConsole.startDialog.categoryLabel')}
          options={IMPERSONATION_REASON_CATEGORIES.map((value) => ({ value, label: t(`staffConsole.reasonCategories.${value}`) }))}
          error={errors.fields.reasonCategory}
        />
        <TextAreaField
          id={fieldId('reason')}
          name="reason"
          label={t('staffConsole.startDialog.reasonLabel')}
          hint={t('staffConsole.startDialog.reasonHint')}
          error={errors.fields.reason}
          maxLength={500}
        />
        <TextField
          id={fieldId('ticketReference')}
          name="ticketReference"
          label={t('staffConsole.startDialog.ticketLabel')}
          hint={t('staffConsole.startDialog.ticketHint')}
          error={errors.fields.ticketReference}
          autoComplete="off"
        />
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={start.isPending}>
            {start.isPending ? t('staffConsole.startDialog.starting') : t('staffConsole.startDialog.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('staffConsole.startDialog.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
