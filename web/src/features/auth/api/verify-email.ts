import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { ZAcceptedResponseSchema } from '@portal/shared/schemas/auth.schema';
import { apiClient } from '../../../lib/api-client';
import { authKeys } from './query-keys';

/** POST /api/auth/email-verification/request: email a code that proves the address. */
export function requestEmailVerification() {
  return apiClient.post('/api/auth/email-verification/request', {}, { schema: ZAcceptedResponseSchema });
}

/** POST /api/auth/email-verification/confirm: the emailed code marks the address verified. */
export function confirmEmailVerification(code: string) {
  return apiClient.post('/api/auth/email-verification/confirm', { code }, { schema: z.undefined() });
}

export function useRequestEmailVerification() {
  return useMutation({ mutationFn: requestEmailVerification });
}

export function useConfirmEmailVerification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmEmailVerification,
    // The session state carries `emailVerified`.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.session() }),
  });
}
