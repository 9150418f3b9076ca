import type { TLanguage } from '@portal/shared/domain/languages';
import { errorMessage } from '../../../components/errors/error-message';
import { ApiError } from '../../../lib/api-client';
import type { TTranslate } from '../../../lib/i18n/catalog-types';
import { StepUpCancelledError } from '../../../lib/step-up';
import { formatWait } from './wait-time';

/**
 * A failed auth call as one sentence for the form's error summary: rate limits say how long to
 * wait (from `Retry-After`), a cancelled step-up says nothing was done, anything else by its code.
 */
export function authErrorMessage(error: unknown, t: TTranslate, language: TLanguage): string {
  if (error instanceof StepUpCancelledError) return t('auth.stepUp.cancelled');
  if (error instanceof ApiError && error.code === 'rate_limited' && error.retryAfterSeconds !== null) {
    return t('auth.rateLimited', { wait: formatWait(error.retryAfterSeconds, language) });
  }
  return errorMessage(error, t);
}
