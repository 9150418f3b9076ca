import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ZSignInRequestSchema } from '@portal/shared/schemas/auth.schema';
import { ErrorSummary, summaryItems } from '../../../components/ui/error-summary';
import { TextField } from '../../../components/ui/text-field';
import { paths } from '../../../config/paths';
import { ApiError } from '../../../lib/api-client';
import { serverFieldErrors, validateForm } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useSignIn } from '../api/sign-in';
import { authErrorMessage } from '../lib/auth-error-message';
import { describeAuthIssue } from '../lib/field-messages';
import { useCompleteSignIn } from '../lib/use-complete-sign-in';
import { useReturnTo } from '../lib/use-return-to';
import './auth.css';

const FIELDS = ['email', 'password'] as const;
type TField = (typeof FIELDS)[number];

/**
 * Email and password. Every failed attempt gets the same message, whatever was wrong (no account
 * enumeration, security.md line 10); throttling says how long to wait.
 */
export function SignInForm() {
  const { t, language } = useI18n();
  const returnTo = useReturnTo();
  const completeSignIn = useCompleteSignIn(returnTo);
  const signIn = useSignIn();
  const { errors, show, clear } = useFormErrors<TField>();
  const [locked, setLocked] = useState(false);
  const id = useId();
  const fieldId = (field: TField) => `${id}-${field}`;
  const returnToParam = returnTo ?? undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) return;
    const form = new FormData(event.currentTarget);
    const values = { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') };
    const result = validateForm(ZSignInRequestSchema, values, (field, kind) =>
      describeAuthIssue(t, field, kind),
    );
    if (!result.ok) {
      show(result.errors);
      return;
    }
    clear();
    setLocked(false);
    signIn.mutate(result.data, {
      onSuccess: (state) => void completeSignIn(state),
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'unauthenticated') {
          show({}, t('auth.signIn.failed'));
        } else if (error instanceof ApiError && error.code === 'locked') {
          setLocked(true);
          show({}, t('auth.signIn.locked'));
        } else {
          const fields = serverFieldErrors(error, FIELDS);
          show(fields, Object.keys(fields).length > 0 ? null : authErrorMessage(error, t, language));
        }
      },
    });
  };

  return (
    <>
      <ErrorSummary
        message={errors.form}
        items={summaryItems(errors.fields, fieldId, FIELDS)}
        attempt={errors.attempt}
      >
        {locked ? (
          <p>
            <Link to={paths.forgotPassword.getHref(returnToParam)}>{t('auth.signIn.resetToUnlock')}</Link>
          </p>
        ) : null}
      </ErrorSummary>
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          id={fieldId('email')}
          name="email"
          type="email"
          label={t('auth.fields.email.label')}
          autoComplete="username"
          spellCheck={false}
          autoCapitalize="none"
          required
          error={errors.fields.email}
        />
        <TextField
          id={fieldId('password')}
          name="password"
          type="password"
          label={t('auth.fields.password.label')}
          autoComplete="current-password"
          required
          error={errors.fields.password}
        />
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={signIn.isPending}>
            {signIn.isPending ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
          </button>
          <Link to={paths.forgotPassword.getHref(returnToParam)}>{t('auth.signIn.forgotPassword')}</Link>
        </div>
      </form>
      <ul className="auth-alternatives">
        <li>
          <Link to={paths.signInWithEmailCode.getHref(returnToParam)}>{t('auth.signIn.useEmailCode')}</Link>
        </li>
        <li>
          {t('auth.signIn.claimQuestion')}{' '}
          <Link to={paths.claimAccount.getHref(returnToParam)}>{t('auth.signIn.claim')}</Link>
        </li>
      </ul>
    </>
  );
}
