import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useCompletePasswordReset, useRequestPasswordReset } from '../api/reset-password';
import { useReturnTo } from '../lib/use-return-to';
import { CodeSentNotice } from './code-sent-notice';
import { CodeStepForm } from './code-step-form';
import { RequestCodeForm } from './request-code-form';
import './auth.css';

type TStep = { kind: 'email' } | { kind: 'code'; email: string } | { kind: 'done' };

/** Forgot password: an emailed code and a new password, then sign in with it. */
export function ResetPassword() {
  const { t } = useI18n();
  const returnTo = useReturnTo() ?? undefined;
  const requestReset = useRequestPasswordReset();
  const completeReset = useCompletePasswordReset();
  const [step, setStep] = useState<TStep>({ kind: 'email' });
  const [resent, setResent] = useState(false);

  if (step.kind === 'done') return <ResetDone returnTo={returnTo} />;

  return (
    <>
      {step.kind === 'email' ? (
        <RequestCodeForm
          request={requestReset.mutateAsync}
          pending={requestReset.isPending}
          submitLabel={t('auth.reset.send')}
          onSent={(email) => setStep({ kind: 'code', email })}
        />
      ) : (
        <div className="auth-step">
          <CodeSentNotice
            email={step.email}
            resending={requestReset.isPending}
            resent={resent}
            onResend={() => requestReset.mutate(step.email, { onSuccess: () => setResent(true) })}
            onChangeEmail={() => {
              setResent(false);
              setStep({ kind: 'email' });
            }}
          />
          <CodeStepForm
            withNewPassword
            submitLabel={t('auth.reset.submit')}
            pendingLabel={t('auth.common.saving')}
            pending={completeReset.isPending}
            submit={async ({ code, newPassword }) => {
              await completeReset.mutateAsync({ email: step.email, code, newPassword });
              setStep({ kind: 'done' });
            }}
          />
        </div>
      )}
      <ul className="auth-alternatives">
        <li>
          <Link to={paths.signIn.getHref(returnTo)}>{t('auth.common.backToSignIn')}</Link>
        </li>
      </ul>
    </>
  );
}

function ResetDone({ returnTo }: { returnTo: string | undefined }) {
  const { t } = useI18n();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="form-status">
      <p ref={ref} tabIndex={-1} className="auth-step__heading">
        {t('auth.reset.done')}
      </p>
      <p>
        <Link className="button" to={paths.signIn.getHref(returnTo)}>
          {t('auth.signIn.submit')}
        </Link>
      </p>
    </div>
  );
}
