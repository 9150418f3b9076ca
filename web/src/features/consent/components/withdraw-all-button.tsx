import { useState } from 'react';
import { errorMessage } from '../../../components/errors/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useWithdrawAllConsent } from '../api/withdraw-all-consent';

type TProps = { noticeVersion: string; anyGranted: boolean };

/**
 * Withdraws every consent. Destructive, so it asks twice (house style 20): the first click arms
 * the button, the second acts; leaving the button disarms it.
 */
export function WithdrawAllButton({ noticeVersion, anyGranted }: TProps) {
  const { t, language } = useI18n();
  const withdraw = useWithdrawAllConsent(language);
  const [armed, setArmed] = useState(false);

  const status = withdraw.isSuccess
    ? withdraw.data.withdrawn > 0
      ? t('consent.withdrawAll.done', { count: withdraw.data.withdrawn })
      : t('consent.withdrawAll.none')
    : null;

  return (
    <div className="consent-actions">
      <button
        type="button"
        className={armed ? 'button button--danger' : 'button button--secondary'}
        aria-disabled={withdraw.isPending || !anyGranted}
        onBlur={() => setArmed(false)}
        onClick={() => {
          if (withdraw.isPending || !anyGranted) return;
          if (!armed) {
            setArmed(true);
            return;
          }
          setArmed(false);
          withdraw.mutate(noticeVersion);
        }}
      >
        {armed ? t('consent.withdrawAll.confirm') : t('consent.withdrawAll.button')}
      </button>
      <p role="status" className="consent-actions__status">
        {status}
      </p>
      {withdraw.isError ? (
        <p className="consent-error" role="alert">
          {t('consent.withdrawAll.failed', { reason: errorMessage(withdraw.error, t) })}
        </p>
      ) : null}
    </div>
  );
}
