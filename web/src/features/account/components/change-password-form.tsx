import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ZChangePasswordRequestSchema,
} from '@portal/shared/schemas/auth.schema';
import { errorMessage } from '../../../components/errors/error-message';
import { ErrorSummary, summaryItems } from '../../../components/ui/error-summary';
import { TextField } from '../../../components/ui/text-field';
import { serverFieldErrors, validateForm, type TIssueKind } from '../../../lib/form-errors';
import type { TTranslate } from '../../../lib/i18n/catalog-types';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { StepUpCancelledError } from '../../../lib/step-up';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useChangePassword } from '../api/change-password';

const FIELDS = ['currentPassword', 'newPassword'] as const;
type TField = (typeof FIELDS)[number];

function describeIssue(t: TTranslate, field: TField, kind: TIssueKind): string {
  if (field === 'currentPassword') {
    if (kind === 'too-long') return t('auth.fields.password.tooLong', { max: PASSWORD_MAX_LENGTH });
    return t('account.changePassword.currentRequired');
  }
  if (kind === 'required') return t('auth.fields.newPassword.required');
  if (kind === 'too-long') return t('auth.fields.newPassword.tooLong', { max: PASSWORD_MAX_LENGTH });
  return t('auth.fields.newPassword.tooShort', { min: PASSWORD_MIN_LENGTH });
}

/** The server's two field refusals: a wrong current password, a new one from the common list. */
function describeServerError(t: TTranslate, field: TField, message: string): string {
  if (field === 'currentPassword') return t('account.changePassword.currentWrong');
  return /common/i.test(message) ? t('auth.fields.newPassword.common') : message;
}

/** Change password: the current one and a new one; the server may first ask to confirm it is you. */
export function ChangePasswordForm() {
  const { t } = useI18n();
  const change = useChangePassword();
  const { errors, show, clear } = useFormErrors<TField>();
  const [done, setDone] = useState(false);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const id = useId();
  const fieldId = (field: TField) => `${id}-${field}`;

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const values = {
      currentPassword: String(data.get('currentPassword') ?? ''),
      newPassword: String(data.get('newPassword') ?? ''),
    };
    const result = validateForm(ZChangePasswordRequestSchema, values, (field, kind) =>
      describeIssue(t, field, kind),
    );
    if (!result.ok) {
      show(result.errors);
      return;
    }
    clear();
    setDone(false);
    change.mutate(result.data, {
      onSuccess: () => {
        form.reset();
        setDone(true);
      },
      onError: (error) => {
        const fields = serverFieldErrors(error, FIELDS, (field, message) => describeServerError(t, field, message));
        if (Object.keys(fields).length > 0) show(fields);
        else if (error instanceof StepUpCancelledError) show({}, t('auth.stepUp.cancelled'));
        else show({}, errorMessage(error, t));
      },
    });
  };

  return (
    <>
      {done ? (
        <p ref={doneRef} tabIndex={-1} className="form-status" role="status">
          {t('account.changePassword.done')}
        </p>
      ) : null}
      <ErrorSummary
        message={errors.form}
        items={summaryItems(errors.fields, fieldId, FIELDS)}
        attempt={errors.attempt}
      />
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          id={fieldId('currentPassword')}
          name="currentPassword"
          type="password"
          label={t('account.changePassword.currentLabel')}
          autoComplete="current-password"
          required
          error={errors.fields.currentPassword}
        />
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
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={change.isPending}>
            {change.isPending ? t('auth.common.saving') : t('account.changePassword.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
