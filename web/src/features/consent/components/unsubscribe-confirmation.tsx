import { useQuery } from '@tanstack/react-query';
import { QueryError } from '../../../components/errors/query-error';
import { errorMessage } from '../../../components/errors/error-message';
import { Skeleton } from '../../../components/ui/skeleton';
import { ApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useConfirmUnsubscribe } from '../api/confirm-unsubscribe';
import { unsubscribePreviewQueryOptions } from '../api/get-unsubscribe-preview';

type TProps = { token: string; signInHref: string };

/**
 * What the email's unsubscribe link opens. Opening it changes nothing (mail scanners follow links);
 * the button does, at once and without signing in.
 */
export function UnsubscribeConfirmation({ token, signInHref }: TProps) {
  const { t } = useI18n();
  const preview = useQuery(unsubscribePreviewQueryOptions(token));
  const confirm = useConfirmUnsubscribe(token);

  if (preview.isPending) return <Skeleton label={t('consent.unsubscribe.loading')} lines={2} />;
  if (preview.isError) {
    const error = preview.error;
    if (error instanceof ApiError && (error.status === 400 || error.status === 410)) {
      return (
        <div className="query-error" role="alert">
          <p>
            {error.status === 410
              ? t('consent.unsubscribe.expired')
              : t('consent.unsubscribe.invalid')}
          </p>
          <p>
            <a href={signInHref}>{t('consent.unsubscribe.manage')}</a>
          </p>
        </div>
      );
    }
    return (
      <QueryError
        error={error}
        onRetry={() => void preview.refetch()}
        retrying={preview.isFetching}
      />
    );
  }

  const { purpose, operatorName, alreadyWithdrawn } = preview.data;
  if (confirm.isSuccess || alreadyWithdrawn) {
    const done = confirm.isSuccess && confirm.data.status === 'unsubscribed';
    return (
      <div role="status">
        <p className="lead">
          {done
            ? t('consent.unsubscribe.done', { purpose: purpose.name })
            : t('consent.unsubscribe.already', { purpose: purpose.name })}
        </p>
        <p>{t('consent.unsubscribe.explanation')}</p>
        <p>
          <a href={signInHref}>{t('consent.unsubscribe.manage')}</a>
        </p>
      </div>
    );
  }

  return (
    <div>
      <p className="lead">
        {t('consent.unsubscribe.question', { purpose: purpose.name, operator: operatorName })}
      </p>
      <p>{t('consent.unsubscribe.explanation')}</p>
      <button
        type="button"
        className="button"
        aria-disabled={confirm.isPending}
        onClick={() => {
          if (!confirm.isPending) confirm.mutate();
        }}
      >
        {confirm.isPending ? t('consent.unsubscribe.confirming') : t('consent.unsubscribe.confirm')}
      </button>
      {confirm.isError ? (
        <p className="consent-error" role="alert">
          {t('consent.unsubscribe.failed', { reason: errorMessage(confirm.error, t) })}
        </p>
      ) : null}
    </div>
  );
}
