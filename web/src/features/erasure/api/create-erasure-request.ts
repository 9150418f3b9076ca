import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZErasureRequestViewSchema, type TCreateErasureRequest } from '@portal/shared/schemas/erasure.schema';
import { apiClient } from '../../../lib/api-client';
import { withStepUp } from '../../../lib/step-up';
import { ERASURE_REQUESTS_URL } from './get-erasure-requests';
import { erasureKeys } from './query-keys';

export type TCreateErasureInput = {
  body: TCreateErasureRequest;
  /** The same key for every attempt of one confirmation, so a repeat never schedules a second erasure. */
  idempotencyKey: string;
};

/** POST /api/erasure-requests: schedules it (202), or answers the same one for a repeated key (200). */
export function createErasureRequest({ body, idempotencyKey }: TCreateErasureInput) {
  return apiClient.post(ERASURE_REQUESTS_URL, body, { schema: ZErasureRequestViewSchema, headers: { 'Idempotency-Key': idempotencyKey } });
}

/** Needs a recent re-authentication: `withStepUp` asks for it and repeats the call with the same key. */
export function useCreateErasureRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TCreateErasureInput) => withStepUp(() => createErasureRequest(input)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: erasureKeys.lists(), exact: true }),
  });
}
