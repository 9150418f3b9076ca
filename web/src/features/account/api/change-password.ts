import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { ZChangePasswordRequestSchema } from '@portal/shared/schemas/auth.schema';
import { apiClient } from '../../../lib/api-client';
import { withStepUp } from '../../../lib/step-up';
import { accountKeys } from './query-keys';

export type TChangePasswordRequest = z.input<typeof ZChangePasswordRequestSchema>;

/** POST /api/auth/password: needs the current password and a recent step-up. */
export function changePassword(body: TChangePasswordRequest) {
  return apiClient.post('/api/auth/password', body, { schema: z.undefined() });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TChangePasswordRequest) => withStepUp(() => changePassword(body)),
    // A new password signs out every other session.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.deviceSessions() }),
  });
}
