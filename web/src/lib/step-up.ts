import { ApiError } from './api-client';

/**
 * Step-up (security.md line 6): the server answers 401 `step_up_required` when an action needs a
 * re-authentication from the last five minutes. `withStepUp` wraps such a call: it asks the person
 * to confirm it is them (the dialog of features/auth registers itself as the prompt), then repeats
 * the call once. Any feature can use it without knowing about the dialog:
 *
 * ```ts
 * useMutation({ mutationFn: (input) => withStepUp(() => createExportRequest(input)) });
 * ```
 */

/** Resolves once the person has re-authenticated; rejects with `StepUpCancelledError` if they cancel. */
export type TStepUpPrompt = () => Promise<void>;

/** The person closed the re-authentication dialog, so the action was not done. */
export class StepUpCancelledError extends ApiError {
  constructor() {
    super({
      kind: 'http',
      code: 'step_up_required',
      status: 401,
      message: 'You did not confirm it was you, so nothing was changed.',
    });
  }
}

let activePrompt: TStepUpPrompt | null = null;
let pendingPrompt: Promise<void> | null = null;

/** Makes `prompt` the one that `withStepUp` asks; returns a function that unregisters it. */
export function registerStepUpPrompt(prompt: TStepUpPrompt): () => void {
  activePrompt = prompt;
  return () => {
    if (activePrompt === prompt) activePrompt = null;
  };
}

/** True for the server's "confirm it is you first" answer (not for a cancelled dialog). */
export function isStepUpRequired(error: unknown): error is ApiError {
  return (
    error instanceof ApiError &&
    error.code === 'step_up_required' &&
    !(error instanceof StepUpCancelledError)
  );
}

/**
 * Runs `call`; when the server answers `step_up_required`, asks the person to re-authenticate and
 * runs `call` once more. Calls that need it at the same moment share one dialog. Without a
 * registered prompt (no dialog mounted) the original error is passed on.
 */
export async function withStepUp<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!isStepUpRequired(error) || !activePrompt) throw error;
    await askOnce(activePrompt);
  }
  return call();
}

function askOnce(prompt: TStepUpPrompt): Promise<void> {
  pendingPrompt ??= prompt().finally(() => {
    pendingPrompt = null;
  });
  return pendingPrompt;
}
