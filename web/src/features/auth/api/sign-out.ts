import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { paths } from '../../../config/paths';
import { apiClient } from '../../../lib/api-client';
import { authKeys } from './query-keys';

/** POST /api/auth/sign-out: ends this session on the server and clears the cookie. */
export function signOut() {
  return apiClient.post('/api/auth/sign-out', {}, { schema: z.undefined() });
}

/**
 * Signs out, leaves the page first (so no guard sends the visitor to sign-in with a returnTo),
 * then drops every cached answer: nothing of this person stays for the next one on this device.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: signOut,
    onSuccess: async () => {
      await navigate(paths.home.getHref(), { replace: true });
      queryClient.clear();
      queryClient.setQueryData(authKeys.session(), { status: 'signed-out' as const });
    },
  });
}
