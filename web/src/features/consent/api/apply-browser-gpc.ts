import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TLanguage } from '@portal/shared/domain/languages';
import { ZConsentPreferencesResponseSchema } from '@portal/shared/schemas/consent.schema';
import { apiClient } from '../../../lib/api-client';
import { CONSENT_URL } from './get-consent-preferences';
import { consentKeys } from './query-keys';

/** Whether this browser has Global Privacy Control on (the JavaScript side of the signal). */
export function browserSendsGpc(): boolean {
  return (
    (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true
  );
}

/**
 * POST /api/consent/gpc: applies the signal the page read from `navigator.globalPrivacyControl`,
 * for browsers (or extensions) that set it without sending the `Sec-GPC` header.
 */
export function applyBrowserGpc(language: TLanguage) {
  return apiClient.post(`${CONSENT_URL}/gpc?language=${language}`, undefined, {
    schema: ZConsentPreferencesResponseSchema,
  });
}

export function useApplyBrowserGpc(language: TLanguage) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => applyBrowserGpc(language),
    onSuccess: (data) => {
      queryClient.setQueryData(consentKeys.preferences(language), data);
      void queryClient.invalidateQueries({ queryKey: consentKeys.history() });
    },
  });
}
