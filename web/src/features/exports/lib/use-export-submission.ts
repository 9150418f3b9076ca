import { useRef } from 'react';
import type { TCreateExportRequest } from '@portal/shared/schemas/export.schema';
import { ApiError } from '../../../lib/api-client';
import { isStepUpRequired, StepUpCancelledError } from '../../../lib/step-up';
import { useCreateExport, type TCreateExportEvents } from '../api/create-export';

/**
 * After these, the same choices sent again keep their key: the server did not act (the
 * re-authentication was not done) or may have acted without us hearing (no answer, a server error).
 */
function isRepeatable(error: unknown): boolean {
  if (error instanceof StepUpCancelledError || isStepUpRequired(error)) return true;
  return error instanceof ApiError && (error.kind === 'network' || error.status >= 500);
}

/**
 * Requests an export with an `Idempotency-Key`: a fresh one for each new submission, the same one
 * when the same choices are sent again after an attempt that may have been lost. After an answer
 * (queued, or refused for a reason), the next submission is a new one.
 */
export function useExportSubmission(events: TCreateExportEvents = {}) {
  const create = useCreateExport(events);
  const attempt = useRef<{ key: string; body: string } | null>(null);

  const submit = (body: TCreateExportRequest, onError?: (error: unknown) => void) => {
    if (create.isPending) return;
    const serialized = JSON.stringify(body);
    const key = attempt.current?.body === serialized ? attempt.current.key : crypto.randomUUID();
    attempt.current = { key, body: serialized };
    create.mutate(
      { body, idempotencyKey: key },
      {
        onSuccess: () => {
          attempt.current = null;
        },
        onError: (error) => {
          if (!isRepeatable(error)) attempt.current = null;
          onError?.(error);
        },
      },
    );
  };

  return { submit, isPending: create.isPending };
}
