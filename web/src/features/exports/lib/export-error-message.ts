import { errorMessage } from '../../../components/errors/error-message';
import { ApiError } from '../../../lib/api-client';
import type { TTranslate } from '../../../lib/i18n/catalog-types';
import { StepUpCancelledError } from '../../../lib/step-up';

/** What to tell the customer when requesting or downloading an export failed, in their language. */
export function exportErrorMessage(error: unknown, t: TTranslate, action: 'request' | 'download'): string {
  if (error instanceof StepUpCancelledError) return t('auth.stepUp.cancelled');
  if (error instanceof ApiError && error.kind === 'http') {
    if (error.code === 'conflict') return t('exports.errors.alreadyRunning');
    // Staff acting for a customer are refused by the server (read-only impersonation).
    if (error.code === 'forbidden') return t('exports.errors.staffNotAllowed');
    if (error.code === 'unprocessable') return t('exports.errors.keyMismatch');
    if (error.code === 'gone') return t('exports.errors.gone');
  }
  const reason = errorMessage(error, t);
  return action === 'request' ? t('exports.errors.requestFailed', { reason }) : t('exports.errors.downloadFailed', { reason });
}

export const isGone = (error: unknown) => error instanceof ApiError && error.code === 'gone';
