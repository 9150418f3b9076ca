import type { TLanguage } from '@portal/shared/domain/languages';
import { CONSENT_URL } from './get-consent-preferences';

/**
 * Where the browser downloads a signed consent receipt: a plain link (the server answers with
 * `Content-Disposition: attachment`), so the file arrives even without JavaScript running.
 */
export function consentReceiptUrl(format: 'html' | 'json', language: TLanguage): string {
  const file = format === 'html' ? 'receipt.html' : 'receipt';
  return `${CONSENT_URL}/${file}?language=${language}`;
}
