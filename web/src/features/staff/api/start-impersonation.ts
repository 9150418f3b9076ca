import { useMutation } from '@tanstack/react-query';
import { ZSessionStateSchema } from '@portal/shared/schemas/auth.schema';
import type { TStartImpersonationRequest } from '@portal/shared/schemas/impersonation.schema';
import { apiClient } from '../../../lib/api-client';
import { withStepUp } from '../../../lib/step-up';

/** POST /api/impersonation: act as the customer, read-only; the answer is the new session state. */
export function startImpersonation(body: TStartImpersonationRequest) {
  return apiClient.post('/api/impersonation', body, { schema: ZSessionStateSchema });
}

/** Needs a re-authentication from the last five minutes: the step-up dialog asks when it is older. */
export function useStartImpersonation() {
  return useMutation({ mutationFn: (body: TStartImpersonationRequest) => withStepUp(() => startImpersonation(body)) });
}
