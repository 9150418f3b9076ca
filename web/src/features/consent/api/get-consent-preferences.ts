import { queryOptions } from '@tanstack/react-query';
import type { TLanguage } from '@portal/shared/domain/languages';
import { ZConsentPreferencesResponseSchema } from '@portal/shared/schemas/consent.schema';
import { apiClient } from '../../../lib/api-client';
import { consentKeys } from './query-keys';

export const CONSENT_URL = '/api/consent';

/**
 * GET /api/consent: every consent per purpose and channel, the privacy choices and GPC, with the
 * explanations in `language`. A browser with Global Privacy Control on sends `Sec-GPC: 1` itself.
 */
export function getConsentPreferences(
  language: TLanguage,
  { signal }: { signal?: AbortSignal } = {},
) {
  return apiClient.get(`${CONSENT_URL}?language=${language}`, {
    schema: ZConsentPreferencesResponseSchema,
    signal,
  });
}

export function consentPreferencesQueryOptions(language: TLanguage) {
  return queryOptions({
    queryKey: consentKeys.preferences(language),
    queryFn: ({ signal }) => getConsentPreferences(language, { signal }),
  });
}
