import { useMutation } from '@tanstack/react-query';
import {
  ZAcceptedResponseSchema,
  ZSessionStateSchema,
} from '@portal/shared/schemas/auth.schema';
import { apiClient } from '../../../lib/api-client';

/** POST /api/auth/claim/request: sign-up for customers the operator already holds; emails a code. */
export function requestClaim(email: string) {
  return apiClient.post('/api/auth/claim/request', { email }, { schema: ZAcceptedResponseSchema });
}

/** POST /api/auth/claim/complete: the emailed code and a first password; signs in. */
export function completeClaim(body: { email: string; code: string; password: string }) {
  return apiClient.post('/api/auth/claim/complete', body, { schema: ZSessionStateSchema });
}

export function useRequestClaim() {
  return useMutation({ mutationFn: requestClaim });
}

export function useCompleteClaim() {
  return useMutation({ mutationFn: completeClaim });
}
