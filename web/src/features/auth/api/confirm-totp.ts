import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';
import { withStepUp } from '../../../lib/step-up';

export const ZTotpConfirmResponseSchema = z
  .object({ recoveryCodes: z.array(z.string()) })
  .strict();

/** POST /api/auth/totp/confirm: the first code turns the app on; recovery codes come back once. */
export function confirmTotp(code: string) {
  return apiClient.post('/api/auth/totp/confirm', { code }, { schema: ZTotpConfirmResponseSchema });
}

export function useConfirmTotp() {
  return useMutation({ mutationFn: (code: string) => withStepUp(() => confirmTotp(code)) });
}
