import { useMutation } from '@tanstack/react-query';
import { ZSessionStateSchema, type TSignInRequest } from '@portal/shared/schemas/auth.schema';
import { apiClient } from '../../../lib/api-client';

/** POST /api/auth/sign-in: email and password; the answer is the new session state. */
export function signIn(body: TSignInRequest) {
  return apiClient.post('/api/auth/sign-in', body, { schema: ZSessionStateSchema });
}

export function useSignIn() {
  return useMutation({ mutationFn: signIn });
}
