import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';
import { withStepUp } from '../../../lib/step-up';

/** The answer of POST /api/auth/totp/enrol (not in shared/ yet; mirrors the server's route). */
export const ZTotpEnrolmentResponseSchema = z
  .object({ otpauthUri: z.string(), secret: z.string(), qrSvg: z.string() })
  .strict();
export type TTotpEnrolment = z.infer<typeof ZTotpEnrolmentResponseSchema>;

/** POST /api/auth/totp/enrol: a new secret and its QR code; nothing changes until it is confirmed. */
export function enrolTotp() {
  return apiClient.post('/api/auth/totp/enrol', {}, { schema: ZTotpEnrolmentResponseSchema });
}

/** Outside a pending sign-in this is a second-factor change, so it may ask to confirm it is you. */
export function useEnrolTotp() {
  return useMutation({ mutationFn: () => withStepUp(enrolTotp) });
}
