import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';
import { withStepUp } from '../../../lib/step-up';
import { DEVICE_SESSIONS_URL } from './get-device-sessions';
import { accountKeys } from './query-keys';

/** POST /api/auth/sessions/revoke-others: signs out everywhere except here. */
export function revokeOtherSessions() {
  return apiClient.post(`${DEVICE_SESSIONS_URL}/revoke-others`, {}, { schema: z.undefined() });
}

export function useRevokeOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => withStepUp(revokeOtherSessions),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.deviceSessions() }),
  });
}
