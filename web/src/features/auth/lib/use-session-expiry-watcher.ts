import { hashKey, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ApiError } from '../../../lib/api-client';
import { authKeys } from '../api/query-keys';

const isUnauthenticated = (error: unknown) => error instanceof ApiError && error.code === 'unauthenticated';

/**
 * When any query or mutation on a protected page is answered 401 `unauthenticated` (the session
 * timed out, or was signed out elsewhere), the session state is fetched again; the guard then
 * sends the visitor to sign in and back here afterwards.
 */
export function useSessionExpiryWatcher() {
  const queryClient = useQueryClient();

  useEffect(() => {
    const refetchSession = () => void queryClient.invalidateQueries({ queryKey: authKeys.session() });
    const stopQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error') return;
      if (event.query.queryHash === hashKey(authKeys.session())) return;
      if (isUnauthenticated(event.action.error)) refetchSession();
    });
    const stopMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error') return;
      if (isUnauthenticated(event.action.error)) refetchSession();
    });
    return () => {
      stopQueries();
      stopMutations();
    };
  }, [queryClient]);
}
