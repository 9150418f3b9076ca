import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { QueryError } from '../../components/errors/query-error';
import { Skeleton } from '../../components/ui/skeleton';
import { paths } from '../../config/paths';
import { requestQueryOptions } from '../../features/requests/api/get-requests';
import { RequestDetails } from '../../features/requests/components/request-details';
import { useI18n } from '../../lib/i18n/use-i18n';

/** /requests/:requestId: one request, its timeline and the message thread. */
export function RequestDetailRoute() {
  const { t } = useI18n();
  const { requestId = '' } = useParams();
  const request = useQuery(requestQueryOptions(requestId));
  if (request.isPending) return <Skeleton label={t('requests.detail.loading')} lines={6} />;
  if (request.isError) return <QueryError error={request.error} onRetry={() => void request.refetch()} retrying={request.isFetching} headingLevel={1} />;
  return <RequestDetails key={request.data.id} request={request.data} backHref={paths.requests.getHref()} />;
}
