import { queryOptions } from '@tanstack/react-query';
import { ZErasureRequestListResponseSchema, type TErasureRequestView } from '@portal/shared/schemas/erasure.schema';
import { apiClient } from '../../../lib/api-client';
import { erasureKeys } from './query-keys';

export const ERASURE_REQUESTS_URL = '/api/erasure-requests';
/** How often a running erasure is asked for while the page shows it. */
export const ERASURE_POLL_INTERVAL_MS = 2000;

/** Waiting out the grace period or under way: the one the banner and the page show. */
export const isOpenRequest = (request: Pick<TErasureRequestView, 'status'>) =>
  request.status === 'scheduled' || request.status === 'running' || request.status === 'needs-attention';

/** Under way, or due to start any moment (its grace period is over): its status is about to change. */
const isMoving = (request: Pick<TErasureRequestView, 'status' | 'scheduledFor'>) =>
  request.status === 'running' || request.status === 'needs-attention' || (request.status === 'scheduled' && Date.parse(request.scheduledFor) <= Date.now());

/** GET /api/erasure-requests: the customer's requests, newest first, with receipts and certificates. */
export function getErasureRequests({ signal }: { signal?: AbortSignal } = {}) {
  return apiClient.get(ERASURE_REQUESTS_URL, { schema: ZErasureRequestListResponseSchema, signal });
}

export function erasureRequestsQueryOptions() {
  return queryOptions({
    queryKey: erasureKeys.lists(),
    queryFn: ({ signal }) => getErasureRequests({ signal }),
    // Poll only while the saga runs or is due; one waiting out its grace period changes only when someone acts.
    refetchInterval: (query) => (query.state.data?.requests.some(isMoving) ? ERASURE_POLL_INTERVAL_MS : false),
  });
}
