import { useId, type FormEvent } from 'react';
import { ZEmailOnlyRequestSchema } from '@portal/shared/schemas/auth.schema';
import { ErrorSummary, summaryItems } from '../../../components/ui/error-summary';
import { TextField } from '../../../components/ui/text-field';
import { serverFieldErrors, validateForm } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { authErrorMessage } from '../lib/auth-error-message';
import { describeAuthIssue } from '../lib/field-messages';

const FIELDS = ['email'] as const;

type TProps = {
  /** Sends the code (claim, reset or sign-in); resolves when the server accepted the request. */
  request: (email: string) => Promise<unknown>;
  pending: boolean;
  submitLabel: string;
  defaultEmail?: string | undefined;
  /** The request was accepted: an email follows if the address is known (the answer is the same either way). */
  onSent: (email: string) => void;
};

/** The first step of every "we email you a code" flow: the email address. */
export function RequestCodeForm({ request, pending, submitLabel, defaultEmail, onSent }: TProps) {
  const { t, language } = useI18n();
  const { errors, show, clear } = useFormErrors<'email'>();
  const id = useId();
  const fieldId = () => `${id}-email`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const values = { email: String(new FormData(event.currentTarget).get('email') ?? '') };
    const result = validateForm(ZEmailOnlyRequestSchema, values, (field, kind) =>
      describeAuthIssue(t, field, kind),
    );
    if (!result.ok) {
      show(result.errors);
      return;
    }
    clear();
    request(result.data.email).then(
      () => onSent(result.data.email),
      (error: unknown) => {
        const fields = serverFieldErrors(error, FIELDS, (_field, message) => message);
        show(fields, fields.email ? null : authErrorMessage(error, t, language));
      },
    );
  };

  return (
    <>
      <ErrorSummary
        message={errors.form}
        items={summaryItems(errors.fields, fieldId, FIELDS)}
        attempt={errors.attempt}
      />
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          id={fieldId()}
          name="email"
          type="email"
          label={t('auth.fields.email.label')}
          autoComplete="email"
          spellCheck={false}
          autoCapitalize="none"
          required
          defaultValue={defaultEmail}
          error={errors.fields.email}
        />
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={pending}>
            {pending ? t('auth.common.sending') : submitLabel}
          </button>
        </div>
      </form>
    </>
  );
}
