import { infiniteQueryOptions, useMutation } from '@tanstack/react-query';
import {
  ZAuditSearchResponseSchema,
  ZAuditVerificationSchema,
  type TAuditFilters,
} from '@portal/shared/schemas/audit.schema';
import { apiClient } from '../../../lib/api-client';
import { auditKeys } from './query-keys';

const EVENTS_URL = '/api/staff/audit/events';

/** Only the filters that are set, in a stable order, as a query string. */
export function auditQueryString(filters: TAuditFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const name of ['customer', 'staff', 'action', 'from', 'to'] as const) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  return params.toString();
}

/** GET /api/staff/audit/events, newest first, 50 at a time. Each page is an audited search. */
export function auditEventsQueryOptions(filters: TAuditFilters) {
  return infiniteQueryOptions({
    queryKey: auditKeys.events(filters),
    queryFn: ({ pageParam, signal }) =>
      apiClient.get(`${EVENTS_URL}?${auditQueryString(filters, pageParam ? { cursor: String(pageParam) } : {})}`, {
        schema: ZAuditSearchResponseSchema,
        signal,
      }),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/** The export's address: a plain download link carries the session cookie and needs no script. */
export function auditExportHref(filters: TAuditFilters, format: 'csv' | 'json'): string {
  return `${EVENTS_URL}/export?${auditQueryString(filters, { format })}`;
}

/** POST /api/staff/audit/verify: walks the whole chain; the answer names the first bad seq. */
export function useVerifyAuditTrail() {
  return useMutation({
    mutationFn: () => apiClient.post('/api/staff/audit/verify', {}, { schema: ZAuditVerificationSchema }),
  });
}
