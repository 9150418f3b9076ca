import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, type FormEvent } from 'react';
import { Navigate } from 'react-router';
import { ZSecondFactorRequestSchema } from '@portal/shared/schemas/auth.schema';
import { QueryError } from '../../../components/errors/query-error';
import { ErrorSummary, summaryItems } from '../../../components/ui/error-summary';
import { Skeleton } from '../../../components/ui/skeleton';
import { TextField } from '../../../components/ui/text-field';
import { paths } from '../../../config/paths';
import { serverFieldErrors, validateForm } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { getSession, sessionQueryOptions } from '../api/get-session';
import { authKeys } from '../api/query-keys';
import { useSignOut } from '../api/sign-out';
import { useSubmitSecondFactor } from '../api/submit-second-factor';
import { authErrorMessage } from '../lib/auth-error-message';
import { describeAuthIssue } from '../lib/field-messages';
import { destinationAfterSignIn } from '../lib/return-to';
import { useCompleteSignIn } from '../lib/use-complete-sign-in';
import { useReturnTo } from '../lib/use-return-to';
import { TotpEnrolment } from './totp-enrolment';
import './auth.css';

const FIELDS = ['code'] as const;

/**
 * The second step of signing in: a code from the authenticator app or a recovery code. Staff who
 * have not set up an app yet do that here first (their accounts require one).
 */
export function SecondFactor({ issuer }: { issuer: string }) {
  const { t } = useI18n();
  const returnTo = useReturnTo();
  const session = useQuery(sessionQueryOptions());
  const signOut = useSignOut();

  if (session.isPending) return <Skeleton label={t('auth.guard.checking')} />;
  if (session.isError && !session.data) {
    return <QueryError error={session.error} onRetry={() => void session.refetch()} retrying={session.isFetching} />;
  }
  const state = session.data;
  if (state.status === 'signed-out') return <Navigate to={paths.signIn.getHref(returnTo ?? undefined)} replace />;
  if (state.status === 'signed-in') return <Navigate to={destinationAfterSignIn(state.principal, returnTo)} replace />;

  return (
    <>
      {state.enrolmentRequired ? (
        <>
          <p>{t('auth.secondFactor.enrolIntro')}</p>
          <EnrolThenContinue issuer={issuer} returnTo={returnTo} />
        </>
      ) : (
        <>
          <p>{t('auth.secondFactor.intro')}</p>
          <SecondFactorForm returnTo={returnTo} />
        </>
      )}
      <ul className="auth-alternatives">
        <li>
          <button
            type="button"
            className="button--link"
            aria-disabled={signOut.isPending}
            onClick={() => {
              if (!signOut.isPending) signOut.mutate();
            }}
          >
            {t('auth.secondFactor.cancel')}
          </button>
        </li>
      </ul>
    </>
  );
}

function SecondFactorForm({ returnTo }: { returnTo: string | null }) {
  const { t, language } = useI18n();
  const completeSignIn = useCompleteSignIn(returnTo);
  const submitCode = useSubmitSecondFactor();
  const { errors, show, clear } = useFormErrors<'code'>();
  const id = useId();
  const fieldId = () => `${id}-code`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitCode.isPending) return;
    const values = { code: String(new FormData(event.currentTarget).get('code') ?? '') };
    const result = validateForm(ZSecondFactorRequestSchema, values, () => '');
    // A recovery code is letters and dashes; a TOTP code six digits. Anything shorter is neither.
    if (!result.ok) {
      show({ code: describeAuthIssue(t, 'secondFactorCode', values.code.trim() === '' ? 'required' : 'invalid') });
      return;
    }
    clear();
    submitCode.mutate(result.data.code, {
      onSuccess: (state) => void completeSignIn(state),
      onError: (error) => {
        const fields = serverFieldErrors(error, FIELDS, () => t('auth.secondFactor.codeRejected'));
        show(fields, fields.code ? null : authErrorMessage(error, t, language));
      },
    });
  };

  return (
    <>
      <ErrorSummary message={errors.form} items={summaryItems(errors.fields, fieldId, FIELDS)} attempt={errors.attempt} />
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          id={fieldId()}
          name="code"
          label={t('auth.secondFactor.codeLabel')}
          hint={t('auth.secondFactor.codeHint')}
          autoComplete="one-time-code"
          spellCheck={false}
          autoCapitalize="none"
          required
          error={errors.fields.code}
        />
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={submitCode.isPending}>
            {submitCode.isPending ? t('auth.common.checking') : t('auth.secondFactor.submit')}
          </button>
        </div>
      </form>
    </>
  );
}

/** Enrolment finishes the sign-in on the server; the new state is fetched into a cleared cache. */
function EnrolThenContinue({ issuer, returnTo }: { issuer: string; returnTo: string | null }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const completeSignIn = useCompleteSignIn(returnTo);

  const finish = () =>
    getSession().then(completeSignIn, () => queryClient.invalidateQueries({ queryKey: authKeys.session() }));

  return <TotpEnrolment issuer={issuer} doneLabel={t('auth.recoveryCodes.continue')} onDone={() => void finish()} />;
}
