import { queryOptions } from '@tanstack/react-query';
import { ZSessionStateSchema, type TSessionState } from '@portal/shared/schemas/auth.schema';
import { apiClient } from '../../../lib/api-client';
import { authKeys } from './query-keys';

export const SESSION_URL = '/api/auth/session';

export type TSignedInState = Extract<TSessionState, { status: 'signed-in' }>;
export type TPrincipal = TSignedInState['principal'];

/** GET /api/auth/session: who is signed in, or that nobody is. The cookie itself is never visible. */
export function getSession({ signal }: { signal?: AbortSignal } = {}) {
  return apiClient.get(SESSION_URL, { schema: ZSessionStateSchema, signal });
}

/** The session state; every guard, the header and the step-up dialog read it through this. */
export function sessionQueryOptions() {
  return queryOptions({
    queryKey: authKeys.session(),
    queryFn: ({ signal }) => getSession({ signal }),
    // Short: a session can end on the server (idle timeout, signed out elsewhere) at any time.
    staleTime: 30_000,
  });
}
