import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { ZAcceptedResponseSchema } from '@portal/shared/schemas/auth.schema';
import { apiClient } from '../../../lib/api-client';

/** POST /api/auth/password-reset/request: email a reset code (same answer for any address). */
export function requestPasswordReset(email: string) {
  return apiClient.post('/api/auth/password-reset/request', { email }, { schema: ZAcceptedResponseSchema });
}

/** POST /api/auth/password-reset/complete: the emailed code and a new password; sign in afterwards. */
export function completePasswordReset(body: { email: string; code: string; newPassword: string }) {
  return apiClient.post('/api/auth/password-reset/complete', body, { schema: z.undefined() });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}

export function useCompletePasswordReset() {
  return useMutation({ mutationFn: completePasswordReset });
}
