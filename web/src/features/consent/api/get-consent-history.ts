import { infiniteQueryOptions } from '@tanstack/react-query';
import { ZConsentHistoryResponseSchema } from '@portal/shared/schemas/consent.schema';
import { apiClient } from '../../../lib/api-client';
import { CONSENT_URL } from './get-consent-preferences';
import { consentKeys } from './query-keys';

export const HISTORY_PAGE_SIZE = 20;

/** GET /api/consent/history: the consent ledger, newest first, a page at a time. */
export function getConsentHistory(
  cursor: string | null,
  { signal }: { signal?: AbortSignal } = {},
) {
  const query = new URLSearchParams({ limit: String(HISTORY_PAGE_SIZE) });
  if (cursor) query.set('cursor', cursor);
  return apiClient.get(`${CONSENT_URL}/history?${query.toString()}`, {
    schema: ZConsentHistoryResponseSchema,
    signal,
  });
}

export function consentHistoryQueryOptions() {
  return infiniteQueryOptions({
    queryKey: consentKeys.history(),
    queryFn: ({ pageParam, signal }) => getConsentHistory(pageParam, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}
