import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCookieChoice } from '@portal/shared/domain/consent-methods';
import type { TLanguage } from '@portal/shared/domain/languages';
import { ZUpdateCookiePreferenceResponseSchema } from '@portal/shared/schemas/cookie-preferences.schema';
import { apiClient } from '../../../lib/api-client';
import { consentKeys } from './query-keys';

export type TUpdateCookiePreferenceInput = { category: TCookieChoice; granted: boolean; noticeVersion: string };

/** PUT /api/cookie-preferences/:category: recorded in the consent ledger. */
export function updateCookiePreference(input: TUpdateCookiePreferenceInput, language: TLanguage) {
  const { category, ...body } = input;
  return apiClient.put(
    `/api/cookie-preferences/${category}`,
    { ...body, language },
    { schema: ZUpdateCookiePreferenceResponseSchema },
  );
}

export function useUpdateCookiePreference(language: TLanguage) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TUpdateCookiePreferenceInput) => updateCookiePreference(input, language),
    // The cookie page and the history (a new ledger entry).
    onSettled: () => queryClient.invalidateQueries({ queryKey: consentKeys.all }),
  });
}
