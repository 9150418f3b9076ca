import { useMutation } from '@tanstack/react-query';
import {
  ZAcceptedResponseSchema,
  ZSessionStateSchema,
} from '@portal/shared/schemas/auth.schema';
import { apiClient } from '../../../lib/api-client';

/** POST /api/auth/email-code/request: email a one-time sign-in code (same answer for any address). */
export function requestSignInCode(email: string) {
  return apiClient.post('/api/auth/email-code/request', { email }, { schema: ZAcceptedResponseSchema });
}

/** POST /api/auth/email-code/sign-in: sign in with the emailed code instead of a password. */
export function signInWithEmailCode(body: { email: string; code: string }) {
  return apiClient.post('/api/auth/email-code/sign-in', body, { schema: ZSessionStateSchema });
}

export function useRequestSignInCode() {
  return useMutation({ mutationFn: requestSignInCode });
}

export function useSignInWithEmailCode() {
  return useMutation({ mutationFn: signInWithEmailCode });
}
