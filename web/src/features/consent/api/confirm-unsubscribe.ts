import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZUnsubscribeResultSchema } from '@portal/shared/schemas/consent.schema';
import { apiClient } from '../../../lib/api-client';
import { unsubscribeApiUrl } from './get-unsubscribe-preview';
import { consentKeys } from './query-keys';

/** POST /api/unsubscribe/:token/confirm: the confirmation page's button; works without signing in. */
export function confirmUnsubscribe(token: string) {
  return apiClient.post(`${unsubscribeApiUrl(token)}/confirm`, undefined, {
    schema: ZUnsubscribeResultSchema,
  });
}

export function useConfirmUnsubscribe(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => confirmUnsubscribe(token),
    onSettled: () => queryClient.invalidateQueries({ queryKey: consentKeys.all }),
  });
}
