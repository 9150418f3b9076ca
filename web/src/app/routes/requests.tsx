import { useQuery } from '@tanstack/react-query';
import { FILEABLE_REQUEST_TYPES } from '@portal/shared/schemas/requests.schema';
import { QueryError } from '../../components/errors/query-error';
import { Skeleton } from '../../components/ui/skeleton';
import { paths } from '../../config/paths';
import { operatorProfileQueryOptions } from '../../features/operator/api/get-operator-profile';
import { requestsQueryOptions } from '../../features/requests/api/get-requests';
import { FileRequestForm } from '../../features/requests/components/file-request-form';
import { RequestList } from '../../features/requests/components/request-list';
import { useI18n } from '../../lib/i18n/use-i18n';
import { useOperatorName } from './auth-page';

/** /requests: "My requests", every request with its due date, and the form for a new one. */
export function RequestsRoute() {
  const { t } = useI18n();
  const operator = useOperatorName() || t('app.name');
  const requests = useQuery(requestsQueryOptions());
  const profile = useQuery(operatorProfileQueryOptions());
  // Only what the operator handles; an older server that does not say offers every fileable type.
  const offered = profile.data?.requestTypes;
  const types = FILEABLE_REQUEST_TYPES.filter((type) => !offered || offered.includes(type));

  return (
    <>
      <div className="page-intro">
        <h1>{t('requests.title')}</h1>
        <p className="lead">{t('requests.intro', { operator })}</p>
      </div>
      {requests.isPending ? (
        <Skeleton label={t('requests.loading')} lines={4} />
      ) : requests.isError ? (
        <QueryError error={requests.error} onRetry={() => void requests.refetch()} retrying={requests.isFetching} />
      ) : (
        <RequestList requests={requests.data.requests} detailHref={paths.request.getHref} />
      )}
      {profile.data ? <FileRequestForm types={types} offerProcessors={profile.data.locale.country === 'VN'} /> : null}
    </>
  );
}
