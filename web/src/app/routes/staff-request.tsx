import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { QueryError } from '../../components/errors/query-error';
import { Skeleton } from '../../components/ui/skeleton';
import { paths } from '../../config/paths';
import { staffRequestQueryOptions } from '../../features/requests/api/staff-requests';
import { StaffRequestDetails } from '../../features/requests/components/staff-request-details';
import { useI18n } from '../../lib/i18n/use-i18n';

/** /staff/requests/:requestId: one request with every action the officer may take. */
export function StaffRequestRoute() {
  const { t } = useI18n();
  const { requestId = '' } = useParams();
  const request = useQuery(staffRequestQueryOptions(requestId));
  if (request.isPending) return <Skeleton label={t('requests.detail.loading')} lines={8} />;
  if (request.isError) return <QueryError error={request.error} onRetry={() => void request.refetch()} retrying={request.isFetching} headingLevel={1} />;
  return <StaffRequestDetails key={request.data.id} request={request.data} backHref={paths.staffRequests.getHref()} customerHref={paths.staffCustomer.getHref} />;
}
