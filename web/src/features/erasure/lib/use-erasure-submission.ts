import { useRef } from 'react';
import type { TCreateErasureRequest } from '@portal/shared/schemas/erasure.schema';
import { ApiError } from '../../../lib/api-client';
import { isStepUpRequired, StepUpCancelledError } from '../../../lib/step-up';
import { useCreateErasureRequest } from '../api/create-erasure-request';

/** The server did not act (no re-authentication), or may have acted unheard (no answer, a server error). */
function isRepeatable(error: unknown): boolean {
  if (error instanceof StepUpCancelledError || isStepUpRequired(error)) return true;
  return error instanceof ApiError && (error.kind === 'network' || error.status >= 500);
}

/**
 * Confirms an erasure with an `Idempotency-Key`: a fresh one for each new confirmation, the same
 * one when the same choice is confirmed again after an attempt that may have been lost, so a
 * double click or a lost answer never schedules two.
 */
export function useErasureSubmission() {
  const create = useCreateErasureRequest();
  const attempt = useRef<{ key: string; body: string } | null>(null);

  const submit = (body: TCreateErasureRequest, handlers: { onSuccess: () => void; onError: (error: unknown) => void }) => {
    if (create.isPending) return;
    const serialized = JSON.stringify(body);
    const key = attempt.current?.body === serialized ? attempt.current.key : crypto.randomUUID();
    attempt.current = { key, body: serialized };
    create.mutate(
      { body, idempotencyKey: key },
      {
        onSuccess: () => {
          attempt.current = null;
          handlers.onSuccess();
        },
        onError: (error) => {
          if (!isRepeatable(error)) attempt.current = null;
          handlers.onError(error);
        },
      },
    );
  };

  return { submit, isPending: create.isPending };
}
