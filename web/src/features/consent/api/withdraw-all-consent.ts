import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TLanguage } from '@portal/shared/domain/languages';
import { ZWithdrawAllConsentResponseSchema } from '@portal/shared/schemas/consent.schema';
import { apiClient } from '../../../lib/api-client';
import { CONSENT_URL } from './get-consent-preferences';
import { CONSENT_MUTATION_SCOPE, consentKeys } from './query-keys';

/** POST /api/consent/withdraw-all: one click withdraws every consent (GDPR Art. 7(3)). */
export function withdrawAllConsent(noticeVersion: string, language: TLanguage) {
  return apiClient.post(
    `${CONSENT_URL}/withdraw-all`,
    { noticeVersion, language },
    { schema: ZWithdrawAllConsentResponseSchema },
  );
}

export function useWithdrawAllConsent(language: TLanguage) {
  const queryClient = useQueryClient();
  return useMutation({
    scope: CONSENT_MUTATION_SCOPE,
    mutationFn: (noticeVersion: string) => withdrawAllConsent(noticeVersion, language),
    onSettled: () => queryClient.invalidateQueries({ queryKey: consentKeys.all }),
  });
}
