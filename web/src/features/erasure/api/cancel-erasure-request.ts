import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZErasureRequestViewSchema } from '@portal/shared/schemas/erasure.schema';
import { apiClient } from '../../../lib/api-client';
import { ERASURE_REQUESTS_URL } from './get-erasure-requests';
import { erasureKeys } from './query-keys';

/** POST /api/erasure-requests/:id/cancel: one click during the grace period, no re-authentication. */
export function cancelErasureRequest(id: string) {
  return apiClient.post(`${ERASURE_REQUESTS_URL}/${encodeURIComponent(id)}/cancel`, {}, { schema: ZErasureRequestViewSchema });
}

export function useCancelErasureRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelErasureRequest,
    onSettled: () => queryClient.invalidateQueries({ queryKey: erasureKeys.lists(), exact: true }),
  });
}
