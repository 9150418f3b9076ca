import { errorMessage } from '../../../components/errors/error-message';
import { ApiError } from '../../../lib/api-client';
import type { TTranslate } from '../../../lib/i18n/catalog-types';
import { StepUpCancelledError } from '../../../lib/step-up';

/** Why requesting, cancelling or restricting did not happen, in the customer's language. */
export function erasureErrorMessage(error: unknown, t: TTranslate): string {
  if (error instanceof StepUpCancelledError) return t('auth.stepUp.cancelled');
  if (error instanceof ApiError && error.kind === 'http') {
    // Staff acting for a customer are refused by the server (read-only impersonation).
    if (error.code === 'forbidden') return t('erasure.errors.staffNotAllowed');
    if (error.code === 'unprocessable') return t('erasure.errors.keyMismatch');
  }
  return t('erasure.errors.requestFailed', { reason: errorMessage(error, t) });
}
