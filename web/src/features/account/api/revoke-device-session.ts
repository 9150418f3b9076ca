import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';
import { withStepUp } from '../../../lib/step-up';
import { DEVICE_SESSIONS_URL } from './get-device-sessions';
import { accountKeys } from './query-keys';

/** DELETE /api/auth/sessions/:id: signs out one of your other sessions. */
export function revokeDeviceSession(id: string) {
  return apiClient.delete(`${DEVICE_SESSIONS_URL}/${encodeURIComponent(id)}`, { schema: z.undefined() });
}

export function useRevokeDeviceSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => withStepUp(() => revokeDeviceSession(id)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.deviceSessions() }),
  });
}
