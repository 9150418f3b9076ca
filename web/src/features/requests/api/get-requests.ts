import { queryOptions } from '@tanstack/react-query';
import { ZRequestListResponseSchema, ZRequestViewSchema } from '@portal/shared/schemas/requests.schema';
import { apiClient } from '../../../lib/api-client';
import { requestKeys } from './query-keys';

export const REQUESTS_URL = '/api/requests';
export const requestUrl = (id: string) => `${REQUESTS_URL}/${encodeURIComponent(id)}`;

/** GET /api/requests: the customer's requests of every type, newest first. */
export function requestsQueryOptions() {
  return queryOptions({
    queryKey: requestKeys.lists(),
    queryFn: ({ signal }) => apiClient.get(REQUESTS_URL, { schema: ZRequestListResponseSchema, signal }),
    // The privacy team moves requests on at any time: every visit asks again.
    staleTime: 0,
  });
}

/** GET /api/requests/:id: one request with its timeline, results and messages. */
export function requestQueryOptions(id: string) {
  return queryOptions({
    queryKey: requestKeys.detail(id),
    queryFn: ({ signal }) => apiClient.get(requestUrl(id), { schema: ZRequestViewSchema, signal }),
    staleTime: 0,
  });
}
