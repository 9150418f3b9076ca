import { queryOptions } from '@tanstack/react-query';
import { ZDeviceSessionListSchema } from '@portal/shared/schemas/auth.schema';
import { apiClient } from '../../../lib/api-client';
import { withStepUp } from '../../../lib/step-up';
import { accountKeys } from './query-keys';

export const DEVICE_SESSIONS_URL = '/api/auth/sessions';

/** GET /api/auth/sessions: every live session of the signed-in person, this one marked `current`. */
export function getDeviceSessions({ signal }: { signal?: AbortSignal } = {}) {
  return apiClient.get(DEVICE_SESSIONS_URL, { schema: ZDeviceSessionListSchema, signal });
}

export function deviceSessionsQueryOptions() {
  return queryOptions({
    queryKey: accountKeys.deviceSessions(),
    // Listing sessions may come to need a recent re-authentication (security-notes SES-7).
    queryFn: ({ signal }) => withStepUp(() => getDeviceSessions({ signal })),
    staleTime: 0,
  });
}
