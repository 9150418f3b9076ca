import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useConfirmEmailVerification, useRequestEmailVerification } from '../api/verify-email';
import { authErrorMessage } from '../lib/auth-error-message';
import { CodeStepForm } from './code-step-form';
import './auth.css';

type TProps = { email: string; verified: boolean };

/** The customer's email address, whether it is verified, and the way to verify it with an emailed code. */
export function EmailVerification({ email, verified }: TProps) {
  const { t, language } = useI18n();
  const request = useRequestEmailVerification();
  const confirm = useConfirmEmailVerification();
  const [codeSent, setCodeSent] = useState(false);
  const [justVerified, setJustVerified] = useState(false);
  const sentRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (codeSent) sentRef.current?.focus();
  }, [codeSent]);

  return (
    <>
      <p>
        {email}{' '}
        <span className={verified ? 'status-badge status-badge--ok' : 'status-badge status-badge--warning'}>
          {verified ? t('auth.emailVerification.verified') : t('auth.emailVerification.notVerified')}
        </span>
      </p>
      <p role="status">{justVerified && verified ? t('auth.emailVerification.done') : null}</p>
      {verified ? null : (
        <>
          <p>{t('auth.emailVerification.explain')}</p>
          {request.isError ? (
            <p className="field__error" role="alert">
              {authErrorMessage(request.error, t, language)}
            </p>
          ) : null}
          {codeSent ? (
            <div className="auth-step">
              <p ref={sentRef} tabIndex={-1} className="auth-step__heading">
                {t('auth.emailVerification.sent', { email })}
              </p>
              <CodeStepForm
                withNewPassword={false}
                submitLabel={t('auth.emailVerification.submit')}
                pendingLabel={t('auth.common.checking')}
                pending={confirm.isPending}
                submit={async ({ code }) => {
                  await confirm.mutateAsync(code);
                  setJustVerified(true);
                }}
              />
            </div>
          ) : null}
          <div className="form__actions">
            <button
              type="button"
              className={codeSent ? 'button--link' : 'button'}
              aria-disabled={request.isPending}
              onClick={() => {
                if (!request.isPending) request.mutate(undefined, { onSuccess: () => setCodeSent(true) });
              }}
            >
              {request.isPending
                ? t('auth.common.sending')
                : codeSent
                  ? t('auth.common.resend')
                  : t('auth.emailVerification.send')}
            </button>
          </div>
        </>
      )}
    </>
  );
}
