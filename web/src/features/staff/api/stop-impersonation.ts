import { useMutation } from '@tanstack/react-query';
import { ZSessionStateSchema } from '@portal/shared/schemas/auth.schema';
import { apiClient } from '../../../lib/api-client';

/** POST /api/impersonation/stop: back to the staff member's own identity. */
export function stopImpersonation() {
  return apiClient.post('/api/impersonation/stop', {}, { schema: ZSessionStateSchema });
}

export function useStopImpersonation() {
  return useMutation({ mutationFn: stopImpersonation });
}
