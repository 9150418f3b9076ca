import { useMutation } from '@tanstack/react-query';
import { ZSessionStateSchema } from '@portal/shared/schemas/auth.schema';
import { apiClient } from '../../../lib/api-client';

/** POST /api/auth/second-factor: a 6-digit authenticator code or a recovery code. */
export function submitSecondFactor(code: string) {
  return apiClient.post('/api/auth/second-factor', { code }, { schema: ZSessionStateSchema });
}

export function useSubmitSecondFactor() {
  return useMutation({ mutationFn: submitSecondFactor });
}
