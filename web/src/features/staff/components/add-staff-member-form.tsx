import { useId, useState, type FormEvent } from 'react';
import { STAFF_ROLES } from '@portal/shared/domain/permissions';
import { ZCreateStaffMemberRequestSchema } from '@portal/shared/schemas/staff.schema';
import { errorMessage } from '../../../components/errors/error-message';
import { ErrorSummary, summaryItems } from '../../../components/ui/error-summary';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { serverFieldErrors, validateForm } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { StepUpCancelledError } from '../../../lib/step-up';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useCreateStaffMember } from '../api/staff-members';

type TField = 'email' | 'firstName' | 'familyName' | 'role';
const FIELDS = ['email', 'firstName', 'familyName', 'role'] as const;

/** Adds a staff account; the new member chooses a password from an emailed code, then enrols TOTP. */
export function AddStaffMemberForm() {
  const { t } = useI18n();
  const create = useCreateStaffMember();
  const { errors, show, clear } = useFormErrors<TField>();
  const [added, setAdded] = useState<string | null>(null);
  const id = useId();
  const fieldId = (field: TField) => `${id}-${field}`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const values = Object.fromEntries(FIELDS.map((field) => [field, String(form.get(field) ?? '')])) as Record<TField, string>;
    const result = validateForm(ZCreateStaffMemberRequestSchema, values, (field, kind) =>
      field === 'email' && kind !== 'required' ? t('staffConsole.members.add.invalidEmail') : t('staffConsole.members.add.required'),
    );
    if (!result.ok) return show(result.errors);
    clear();
    setAdded(null);
    create.mutate(result.data, {
      onSuccess: (member) => {
        formElement.reset();
        setAdded(
          t('staffConsole.members.add.added', { name: `${member.firstName} ${member.familyName}`, number: member.staffNumber, email: member.email }),
        );
      },
      onError: (error) => {
        if (error instanceof StepUpCancelledError) return;
        show(serverFieldErrors(error, FIELDS), t('staffConsole.members.add.failed', { reason: errorMessage(error, t) }));
      },
    });
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('staffConsole.members.add.heading')}</h2>
      <ErrorSummary message={errors.form} items={summaryItems(errors.fields, fieldId, FIELDS)} attempt={errors.attempt} />
      <p role="status">{added}</p>
      <form className="form" onSubmit={submit} noValidate>
        <TextField id={fieldId('email')} name="email" type="email" autoComplete="off" label={t('staffConsole.members.add.email')} error={errors.fields.email} />
        <TextField id={fieldId('firstName')} name="firstName" autoComplete="off" label={t('staffConsole.members.add.firstName')} error={errors.fields.firstName} />
        <TextField id={fieldId('familyName')} name="familyName" autoComplete="off" label={t('staffConsole.members.add.familyName')} error={errors.fields.familyName} />
        <SelectField
          id={fieldId('role')}
          name="role"
          label={t('staffConsole.members.add.role')}
          options={STAFF_ROLES.map((value) => ({ value, label: t(`staffConsole.roles.${value}`) }))}
          error={errors.fields.role}
        />
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={create.isPending}>
            {create.isPending ? t('staffConsole.members.add.adding') : t('staffConsole.members.add.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
