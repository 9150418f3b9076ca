import { queryOptions } from '@tanstack/react-query';
import { ZCustomerSearchResponseSchema } from '@portal/shared/schemas/staff.schema';
import { apiClient } from '../../../lib/api-client';
import { staffKeys } from './query-keys';

/** GET /api/staff/customers?q=: up to 20 customers, each with masked hints only. Every search is audited. */
export function searchCustomers(q: string, { signal }: { signal?: AbortSignal } = {}) {
  return apiClient.get(`/api/staff/customers?q=${encodeURIComponent(q)}`, { schema: ZCustomerSearchResponseSchema, signal });
}

export function customerSearchQueryOptions(q: string) {
  return queryOptions({
    queryKey: staffKeys.customerSearch(q),
    queryFn: ({ signal }) => searchCustomers(q, { signal }),
    enabled: q.trim().length >= 2,
    // Each search is an audited look at customers: not repeated behind the staff member's back.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
