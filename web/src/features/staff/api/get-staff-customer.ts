import { queryOptions } from '@tanstack/react-query';
import { ZStaffCustomerViewSchema } from '@portal/shared/schemas/staff.schema';
import { apiClient } from '../../../lib/api-client';
import { staffKeys } from './query-keys';

/** GET /api/staff/customers/:id: the customer's summary and whether they can be impersonated now. */
export function getStaffCustomer(id: string, { signal }: { signal?: AbortSignal } = {}) {
  return apiClient.get(`/api/staff/customers/${encodeURIComponent(id)}`, { schema: ZStaffCustomerViewSchema, signal });
}

export function staffCustomerQueryOptions(id: string) {
  return queryOptions({
    queryKey: staffKeys.customer(id),
    queryFn: ({ signal }) => getStaffCustomer(id, { signal }),
    refetchOnWindowFocus: false,
  });
}
