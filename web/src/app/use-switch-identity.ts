import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { TSessionState } from '@portal/shared/schemas/auth.schema';
import { paths } from '../config/paths';
import { sessionQueryOptions } from '../features/auth/api/get-session';

const impersonationOf = (state: TSessionState | undefined) =>
  state?.status === 'signed-in' && state.principal.kind === 'staff' ? state.principal.impersonation : null;

/**
 * The impersonation id the last switch put in place. One tab has one session, so one value is
 * enough; it lets the watcher below tell a switch made here from an end decided by the server.
 */
let switchedTo: string | null | undefined;

/**
 * Impersonation starts or stops (house style 14): forget everything cached for the identity this tab
 * showed until now, remember the new session state, and go to `to`.
 */
export function useSwitchIdentity() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async (state: TSessionState, to: string) => {
      switchedTo = impersonationOf(state)?.id ?? null;
      queryClient.clear();
      queryClient.setQueryData(sessionQueryOptions().queryKey, state);
      await navigate(to);
    },
    [queryClient, navigate],
  );
}

/**
 * When the server ends an impersonation by itself (time limit, the customer withdrew access, the
 * account was frozen), the tab cleans up exactly as if Stop had been pressed.
 */
export function useImpersonationEndWatcher() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { data } = useQuery(sessionQueryOptions());
  const current = impersonationOf(data);
  const previous = useRef(current);
  useEffect(() => {
    const before = previous.current;
    previous.current = current;
    if (!before || current?.id === before.id) return;
    if (switchedTo === (current?.id ?? null)) {
      switchedTo = undefined;
      return;
    }
    // Signed out altogether: sign-out cleans up and moves on by itself.
    if (data?.status !== 'signed-in') return;
    queryClient.clear();
    queryClient.setQueryData(sessionQueryOptions().queryKey, data);
    void navigate(paths.staffCustomer.getHref(before.customerId));
  }, [current, data, queryClient, navigate]);
}
