import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { ZReasonBodySchema } from '@portal/shared/schemas/requests.schema';
import { ErrorSummary, summaryItems } from '../../../components/ui/error-summary';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { validateForm } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useFormErrors } from '../../../lib/use-form-errors';

type TProps = {
  heading: string;
  label: string;
  hint?: string;
  submitLabel: string;
  pending: boolean;
  /** Other controls of the form (the outcome of a completion). */
  children?: ReactNode;
  /** Runs the action; resolves with an error message to show, or null when done. */
  onSubmit: (reason: string, form: FormData) => Promise<string | null>;
};

/** A privacy officer's action that needs a reason of at least 10 characters (extend, reject, complete, holds). */
export function ReasonActionForm({ heading, label, hint, submitLabel, pending, children, onSubmit }: TProps) {
  const { t } = useI18n();
  const { errors, show, clear } = useFormErrors<'reason'>();
  const [done, setDone] = useState<string | null>(null);
  const id = useId();
  const fieldId = `${id}-reason`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const result = validateForm(ZReasonBodySchema, { reason: String(form.get('reason') ?? '') }, (_field, kind) => {
      if (kind === 'required') return t('requests.staff.actions.reasonRequired');
      if (kind === 'too-long') return t('requests.staff.actions.reasonTooLong');
      return t('requests.staff.actions.reasonTooShort');
    });
    if (!result.ok) return show(result.errors);
    clear();
    setDone(null);
    void onSubmit(result.data.reason, form).then((failure) => {
      if (failure) return show({}, failure);
      formElement.reset();
      setDone(t('requests.staff.detail.saved'));
    });
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="request-section">
      <h3 id={`${id}-heading`}>{heading}</h3>
      <ErrorSummary message={errors.form} items={summaryItems(errors.fields, () => fieldId, ['reason'] as const)} attempt={errors.attempt} />
      <p role="status">{done}</p>
      <form className="form" onSubmit={submit} noValidate>
        {children}
        <TextAreaField id={fieldId} name="reason" label={label} hint={hint} error={errors.fields.reason} maxLength={2000} />
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={pending}>
            {submitLabel}
          </button>
        </div>
      </form>
    </section>
  );
}
