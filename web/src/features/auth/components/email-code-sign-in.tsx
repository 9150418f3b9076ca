import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useRequestSignInCode, useSignInWithEmailCode } from '../api/email-code-sign-in';
import { useCompleteSignIn } from '../lib/use-complete-sign-in';
import { useReturnTo } from '../lib/use-return-to';
import { CodeSentNotice } from './code-sent-notice';
import { CodeStepForm } from './code-step-form';
import { RequestCodeForm } from './request-code-form';
import './auth.css';

/** "Email me a code instead": an emailed one-time code in place of the password. */
export function EmailCodeSignIn() {
  const { t } = useI18n();
  const returnTo = useReturnTo();
  const completeSignIn = useCompleteSignIn(returnTo);
  const requestCode = useRequestSignInCode();
  const signIn = useSignInWithEmailCode();
  const [email, setEmail] = useState<string | null>(null);
  const [resent, setResent] = useState(false);

  return (
    <>
      {email === null ? (
        <RequestCodeForm
          request={requestCode.mutateAsync}
          pending={requestCode.isPending}
          submitLabel={t('auth.emailCode.send')}
          onSent={setEmail}
        />
      ) : (
        <div className="auth-step">
          <CodeSentNotice
            email={email}
            resending={requestCode.isPending}
            resent={resent}
            onResend={() => requestCode.mutate(email, { onSuccess: () => setResent(true) })}
            onChangeEmail={() => {
              setResent(false);
              setEmail(null);
            }}
          />
          <CodeStepForm
            withNewPassword={false}
            submitLabel={t('auth.emailCode.submit')}
            pendingLabel={t('auth.signIn.submitting')}
            pending={signIn.isPending}
            submit={async ({ code }) => completeSignIn(await signIn.mutateAsync({ email, code }))}
          />
        </div>
      )}
      <ul className="auth-alternatives">
        <li>
          <Link to={paths.signIn.getHref(returnTo ?? undefined)}>{t('auth.emailCode.usePassword')}</Link>
        </li>
      </ul>
    </>
  );
}
