import { useEffect, useRef } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';

type TProps = {
  email: string;
  /** Sends another code to the same address. */
  onResend: () => void;
  resending: boolean;
  /** True once a new code has been sent (after `onResend`). */
  resent: boolean;
  /** Goes back to the email step. */
  onChangeEmail: () => void;
};

/**
 * Says a code is on its way, in the same words whether or not the address has an account. Focus
 * moves here when the step appears, so screen reader users hear it and continue to the code.
 */
export function CodeSentNotice({ email, onResend, resending, resent, onChangeEmail }: TProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, []);

  return (
    <div className="form-status">
      <p ref={ref} tabIndex={-1} className="auth-step__heading">
        {t('auth.emailSent', { email })}
      </p>
      <p role="status">{resent ? t('auth.common.codeResent') : null}</p>
      <div className="form__actions">
        <button
          type="button"
          className="button--link"
          aria-disabled={resending}
          onClick={() => {
            if (!resending) onResend();
          }}
        >
          {resending ? t('auth.common.sending') : t('auth.common.resend')}
        </button>
        <button type="button" className="button--link" onClick={onChangeEmail}>
          {t('auth.common.otherEmail')}
        </button>
      </div>
    </div>
  );
}
