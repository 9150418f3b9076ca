import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ZSupportAccessResponseSchema } from '@portal/shared/schemas/impersonation.schema';
import { apiClient } from '../../../lib/api-client';

export const SUPPORT_ACCESS_URL = '/api/support-access';

export const supportAccessKeys = {
  all: ['support-access'] as const,
};

/** GET /api/support-access: whether support may open the account, and until when. */
export function supportAccessQueryOptions() {
  return queryOptions({
    queryKey: supportAccessKeys.all,
    queryFn: ({ signal }) => apiClient.get(SUPPORT_ACCESS_URL, { schema: ZSupportAccessResponseSchema, signal }),
  });
}

/** PUT grants for `days` from now; DELETE withdraws. Both answer the state after the change. */
export function useChangeSupportAccess() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (days: number | null) =>
      days === null
        ? apiClient.delete(SUPPORT_ACCESS_URL, { schema: ZSupportAccessResponseSchema })
        : apiClient.put(SUPPORT_ACCESS_URL, { days }, { schema: ZSupportAccessResponseSchema }),
    onSuccess: (state) => queryClient.setQueryData(supportAccessKeys.all, state),
  });
}
