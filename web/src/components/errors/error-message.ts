import type { TTranslate } from '../../lib/i18n/catalog-types';
import { ApiError } from '../../lib/api-client';

/**
 * What to tell the visitor about a failed request, in their language. The server's own message
 * is English and meant for logs and support; the code says enough to explain it here.
 */
export function errorMessage(error: unknown, t: TTranslate): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  if (error.kind === 'network') return t('errors.network');
  if (error.kind === 'invalid-response') return t('errors.invalidResponse');
  return t(`errors.codes.${error.code}`);
}
