import { useState } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { errorMessage } from '../../../components/errors/error-message';
import { useCancelRequest } from '../api/customer-request-mutations';

/** Cancelling asks once more (house style 20), then says it is cancelled. */
export function CancelRequestButton({ id }: { id: string }) {
  const { t } = useI18n();
  const cancel = useCancelRequest(id);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="request-section">
      {confirming ? (
        <div className="form__actions">
          <button
            type="button"
            className="button button--danger"
            aria-disabled={cancel.isPending}
            onClick={() => {
              if (!cancel.isPending) cancel.mutate(undefined, { onSettled: () => setConfirming(false) });
            }}
          >
            {cancel.isPending ? t('requests.detail.cancelling') : t('requests.detail.cancelConfirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
            {t('requests.detail.cancelKeep')}
          </button>
        </div>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          {t('requests.detail.cancel')}
        </button>
      )}
      {cancel.isError ? <p role="alert">{t('requests.detail.cancelFailed', { reason: errorMessage(cancel.error, t) })}</p> : null}
    </div>
  );
}
