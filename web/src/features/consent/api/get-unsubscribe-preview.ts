import { queryOptions } from '@tanstack/react-query';
import { ZUnsubscribePreviewResponseSchema } from '@portal/shared/schemas/consent.schema';
import { apiClient } from '../../../lib/api-client';
import { consentKeys } from './query-keys';

export const unsubscribeApiUrl = (token: string) => `/api/unsubscribe/${encodeURIComponent(token)}`;

/** GET /api/unsubscribe/:token: what the link would do. It changes nothing. */
export function getUnsubscribePreview(token: string, { signal }: { signal?: AbortSignal } = {}) {
  return apiClient.get(unsubscribeApiUrl(token), {
    schema: ZUnsubscribePreviewResponseSchema,
    signal,
  });
}

export function unsubscribePreviewQueryOptions(token: string) {
  return queryOptions({
    queryKey: consentKeys.unsubscribe(token),
    queryFn: ({ signal }) => getUnsubscribePreview(token, { signal }),
    // A 400 or 410 will not get better by asking again.
    retry: false,
  });
}
