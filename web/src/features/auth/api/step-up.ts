import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import {
  ZAcceptedResponseSchema,
  type TStepUpRequest,
} from '@portal/shared/schemas/auth.schema';
import { apiClient } from '../../../lib/api-client';

/** POST /api/auth/step-up: re-authenticate; guarded actions then work for five minutes. */
export function stepUp(body: TStepUpRequest) {
  return apiClient.post('/api/auth/step-up', body, { schema: z.undefined() });
}

/** POST /api/auth/step-up/email-code: email a code that `stepUp({ method: 'email-code' })` takes. */
export function requestStepUpCode() {
  return apiClient.post('/api/auth/step-up/email-code', {}, { schema: ZAcceptedResponseSchema });
}

export function useStepUp() {
  return useMutation({ mutationFn: stepUp });
}

export function useRequestStepUpCode() {
  return useMutation({ mutationFn: requestStepUpCode });
}
