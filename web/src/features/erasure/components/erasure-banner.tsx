import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCancelErasureRequest } from '../api/cancel-erasure-request';
import { erasureRequestsQueryOptions } from '../api/get-erasure-requests';
import { formatDate } from '../../../lib/i18n/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { erasureErrorMessage } from '../lib/erasure-error-message';
import './erasure.css';

/**
 * On every page while an erasure waits out its grace period: the date, and one click to cancel
 * (product.md "Delete"). `enabled` only for a signed-in customer: the layout knows who is signed in.
 */
export function ErasureBanner({ enabled }: { enabled: boolean }) {
  const { t, language } = useI18n();
  const { data } = useQuery({ ...erasureRequestsQueryOptions(), enabled });
  const cancel = useCancelErasureRequest();
  const [cancelled, setCancelled] = useState(false);
  const scheduled = enabled ? data?.requests.find((r) => r.status === 'scheduled') : undefined;

  if (!scheduled) {
    return cancelled ? (
      <div className="erasure-banner erasure-banner--done" role="status">
        <p className="container">{t('erasure.banner.cancelled')}</p>
      </div>
    ) : null;
  }
  const date = formatDate(scheduled.scheduledFor, language, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <div className="erasure-banner" role="region" aria-label={t('erasure.title')}>
      <div className="container erasure-banner__body">
        <p>{scheduled.scope === 'account' ? t('erasure.banner.account', { date }) : t('erasure.banner.categories', { date })}</p>
        <button
          type="button"
          className="button"
          aria-disabled={cancel.isPending}
          onClick={() => {
            if (cancel.isPending) return;
            cancel.mutate(scheduled.id, { onSuccess: () => setCancelled(true) });
          }}
        >
          {cancel.isPending ? t('erasure.banner.cancelling') : t('erasure.banner.cancel')}
        </button>
        {cancel.isError ? (
          <p className="field__error" role="alert">
            {t('erasure.banner.failed', { reason: erasureErrorMessage(cancel.error, t) })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
