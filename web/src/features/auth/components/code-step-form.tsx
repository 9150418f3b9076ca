import { useId, type FormEvent } from 'react';
import { z } from 'zod';
import {
  PASSWORD_MIN_LENGTH,
  ZNewPasswordSchema,
  ZOneTimeCodeSchema,
} from '@portal/shared/schemas/auth.schema';
import { ErrorSummary, summaryItems } from '../../../components/ui/error-summary';
import { TextField } from '../../../components/ui/text-field';
import { serverFieldErrors, validateForm } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { authErrorMessage } from '../lib/auth-error-message';
import { describeAuthIssue, describeServerFieldError } from '../lib/field-messages';

const ZCodeOnlySchema = z.object({ code: ZOneTimeCodeSchema });
const ZCodeAndPasswordSchema = z.object({ code: ZOneTimeCodeSchema, newPassword: ZNewPasswordSchema });

type TField = 'code' | 'newPassword';
export type TCodeStepValues = { code: string; newPassword: string };

type TProps = {
  /** Also ask for a new password (claim, reset), with its length hint. */
  withNewPassword: boolean;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  /** Sends the values; a rejection is shown on the form (per field when the server names one). */
  submit: (values: TCodeStepValues) => Promise<unknown>;
};

/** The second step of the emailed-code flows: the code, and a new password where one is set. */
export function CodeStepForm({ withNewPassword, submitLabel, pendingLabel, pending, submit }: TProps) {
  const { t, language } = useI18n();
  const { errors, show, clear } = useFormErrors<TField>();
  const id = useId();
  const fieldId = (field: TField) => `${id}-${field}`;
  const fields: readonly TField[] = withNewPassword ? ['code', 'newPassword'] : ['code'];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const code = String(form.get('code') ?? '');
    const newPassword = String(form.get('newPassword') ?? '');
    const result = withNewPassword
      ? validateForm(ZCodeAndPasswordSchema, { code, newPassword }, (field, kind) =>
          describeAuthIssue(t, field, kind),
        )
      : validateForm(ZCodeOnlySchema, { code }, (field, kind) => describeAuthIssue(t, field, kind));
    if (!result.ok) {
      show(result.errors);
      return;
    }
    clear();
    submit({ code: result.data.code, newPassword }).catch((error: unknown) => {
      // Claim names the password "password", reset names it "newPassword": both are this field.
      const server = serverFieldErrors(error, ['code', 'newPassword', 'password'] as const, (field, message) =>
        describeServerFieldError(t, field === 'password' ? 'newPassword' : field, message),
      );
      const shown = { code: server.code, newPassword: server.newPassword ?? server.password };
      const any = shown.code !== undefined || shown.newPassword !== undefined;
      show(any ? shown : {}, any ? null : authErrorMessage(error, t, language));
    });
  };

  return (
    <>
      <ErrorSummary
        message={errors.form}
        items={summaryItems(errors.fields, fieldId, fields)}
        attempt={errors.attempt}
      />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          id={fieldId('code')}
          name="code"
          label={t('auth.fields.code.label')}
          hint={t('auth.fields.code.hint')}
          autoComplete="one-time-code"
          inputMode="numeric"
          spellCheck={false}
          required
          error={errors.fields.code}
        />
        {withNewPassword ? (
          <TextField
            id={fieldId('newPassword')}
            name="newPassword"
            type="password"
            label={t('auth.fields.newPassword.label')}
            hint={t('auth.fields.newPassword.hint', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            minLength={PASSWORD_MIN_LENGTH}
            error={errors.fields.newPassword}
          />
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={pending}>
            {pending ? pendingLabel : submitLabel}
          </button>
        </div>
      </form>
    </>
  );
}
