import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { TSessionState } from '@portal/shared/schemas/auth.schema';
import { paths } from '../../../config/paths';
import { authKeys } from '../api/query-keys';
import { destinationAfterSignIn } from './return-to';

/**
 * What every way of signing in does with the new session state: forget everything cached for
 * whoever used this tab before, remember the new state, and go on (to the second factor, or to
 * where the person was going).
 */
export function useCompleteSignIn(returnTo: string | null) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async (state: TSessionState) => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.session(), state);
      if (state.status === 'second-factor-required') {
        await navigate(paths.secondFactor.getHref(returnTo ?? undefined), { replace: true });
      } else if (state.status === 'signed-in') {
        await navigate(destinationAfterSignIn(state.principal, returnTo), { replace: true });
      }
    },
    [queryClient, navigate, returnTo],
  );
}
