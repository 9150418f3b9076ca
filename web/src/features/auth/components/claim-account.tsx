import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useCompleteClaim, useRequestClaim } from '../api/claim-account';
import { useCompleteSignIn } from '../lib/use-complete-sign-in';
import { useReturnTo } from '../lib/use-return-to';
import { CodeSentNotice } from './code-sent-notice';
import { CodeStepForm } from './code-step-form';
import { RequestCodeForm } from './request-code-form';
import './auth.css';

/**
 * Sign-up for customers the operator already holds: prove the address with an emailed code, choose
 * a password, and be signed in.
 */
export function ClaimAccount() {
  const { t } = useI18n();
  const returnTo = useReturnTo();
  const completeSignIn = useCompleteSignIn(returnTo);
  const requestClaim = useRequestClaim();
  const completeClaim = useCompleteClaim();
  const [email, setEmail] = useState<string | null>(null);
  const [resent, setResent] = useState(false);

  return (
    <>
      {email === null ? (
        <RequestCodeForm
          request={requestClaim.mutateAsync}
          pending={requestClaim.isPending}
          submitLabel={t('auth.claim.send')}
          onSent={setEmail}
        />
      ) : (
        <div className="auth-step">
          <CodeSentNotice
            email={email}
            resending={requestClaim.isPending}
            resent={resent}
            onResend={() => requestClaim.mutate(email, { onSuccess: () => setResent(true) })}
            onChangeEmail={() => {
              setResent(false);
              setEmail(null);
            }}
          />
          <CodeStepForm
            withNewPassword
            submitLabel={t('auth.claim.submit')}
            pendingLabel={t('auth.common.saving')}
            pending={completeClaim.isPending}
            submit={async ({ code, newPassword }) =>
              completeSignIn(await completeClaim.mutateAsync({ email, code, password: newPassword }))
            }
          />
        </div>
      )}
      <ul className="auth-alternatives">
        <li>
          {t('auth.claim.haveAccount')}{' '}
          <Link to={paths.signIn.getHref(returnTo ?? undefined)}>{t('auth.signIn.submit')}</Link>
        </li>
      </ul>
    </>
  );
}
