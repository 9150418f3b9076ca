import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryError } from '../../components/errors/query-error';
import { Skeleton } from '../../components/ui/skeleton';
import { paths } from '../../config/paths';
import { erasurePreviewQueryOptions } from '../../features/erasure/api/get-erasure-preview';
import { erasureRequestsQueryOptions, isOpenRequest } from '../../features/erasure/api/get-erasure-requests';
import { ErasureHistory } from '../../features/erasure/components/erasure-history';
import { ErasurePreview } from '../../features/erasure/components/erasure-preview';
import { ErasureRequestForm } from '../../features/erasure/components/erasure-request-form';
import { ErasureStatus } from '../../features/erasure/components/erasure-status';
import { RestrictionPanel } from '../../features/erasure/components/restriction-panel';
import '../../features/erasure/components/erasure.css';
import { useI18n } from '../../lib/i18n/use-i18n';
import { useOperatorName } from './auth-page';

/**
 * /delete-my-data: the erasure under way (or just completed, with its certificate), or the preview
 * and the two-step request; the reversible alternative (restrict processing); earlier requests.
 */
export function DeleteMyDataRoute() {
  const { t, language } = useI18n();
  const operator = useOperatorName() || t('app.name');
  const requests = useQuery(erasureRequestsQueryOptions());
  const [justScheduled, setJustScheduled] = useState(false);

  let body;
  if (requests.isPending) body = <Skeleton label={t('erasure.loading')} lines={5} />;
  else if (requests.isError) body = <QueryError error={requests.error} onRetry={() => void requests.refetch()} retrying={requests.isFetching} />;
  else {
    const [latest, ...earlier] = requests.data.requests;
    const shown = latest && (isOpenRequest(latest) || latest.status === 'completed') ? latest : undefined;
    body = (
      <>
        {shown ? (
          <ErasureStatus
            key={shown.id}
            request={shown}
            focusOnMount={justScheduled}
            operator={operator}
            certificateHref={(certificate) => paths.erasureCertificate.getHref(certificate)}
          />
        ) : null}
        {shown && isOpenRequest(shown) ? null : <Choices onScheduled={() => setJustScheduled(true)} language={language} />}
        <RestrictionPanel />
        <ErasureHistory requests={shown ? earlier : requests.data.requests} />
      </>
    );
  }

  return (
    <>
      <div className="page-intro">
        <h1>{t('erasure.title')}</h1>
        <p className="lead">{t('erasure.intro', { operator })}</p>
      </div>
      {body}
    </>
  );
}

function Choices({ onScheduled, language }: { onScheduled: () => void; language: Parameters<typeof erasurePreviewQueryOptions>[0] }) {
  const { t } = useI18n();
  const preview = useQuery(erasurePreviewQueryOptions(language));
  if (preview.isPending) return <Skeleton label={t('erasure.loading')} lines={6} />;
  if (preview.isError) return <QueryError error={preview.error} onRetry={() => void preview.refetch()} retrying={preview.isFetching} />;
  return (
    <>
      <ErasurePreview preview={preview.data} />
      <ErasureRequestForm preview={preview.data} onScheduled={onScheduled} />
    </>
  );
}
