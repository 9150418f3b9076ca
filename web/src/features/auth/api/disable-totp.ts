import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';
import { withStepUp } from '../../../lib/step-up';
import { authKeys } from './query-keys';

/** DELETE /api/auth/totp: customers turn the authenticator app off (needs a recent step-up). */
export function disableTotp() {
  return apiClient.delete('/api/auth/totp', { schema: z.undefined() });
}

export function useDisableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => withStepUp(disableTotp),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.session() }),
  });
}
