import { queryOptions } from '@tanstack/react-query';
import type { TLanguage } from '@portal/shared/domain/languages';
import { ZCookiePreferencesResponseSchema } from '@portal/shared/schemas/cookie-preferences.schema';
import { apiClient } from '../../../lib/api-client';
import { consentKeys } from './query-keys';

/** GET /api/cookie-preferences: the operator's cookie categories, vendors and the customer's choices. */
export function getCookiePreferences(language: TLanguage, { signal }: { signal?: AbortSignal } = {}) {
  return apiClient.get(`/api/cookie-preferences?language=${language}`, {
    schema: ZCookiePreferencesResponseSchema,
    signal,
  });
}

export function cookiePreferencesQueryOptions(language: TLanguage) {
  return queryOptions({
    queryKey: consentKeys.cookies(language),
    queryFn: ({ signal }) => getCookiePreferences(language, { signal }),
  });
}
