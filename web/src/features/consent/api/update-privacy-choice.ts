import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TPrivacyChoice } from '@portal/shared/domain/consent-methods';
import type { TLanguage } from '@portal/shared/domain/languages';
import { ZUpdatePrivacyChoiceResponseSchema } from '@portal/shared/schemas/consent.schema';
import { apiClient } from '../../../lib/api-client';
import { CONSENT_MUTATION_SCOPE, consentKeys } from './query-keys';

export type TUpdatePrivacyChoiceInput = {
  choice: TPrivacyChoice;
  optedOut: boolean;
  noticeVersion: string;
  /** Sent after the customer confirmed allowing sale or sharing against their browser's GPC signal. */
  confirmOverrideGpc?: boolean;
};

/** PUT /api/privacy-choices/:choice ("Your Privacy Choices"). */
export function updatePrivacyChoice(input: TUpdatePrivacyChoiceInput, language: TLanguage) {
  const { choice, ...body } = input;
  return apiClient.put(
    `/api/privacy-choices/${choice}`,
    { ...body, language },
    { schema: ZUpdatePrivacyChoiceResponseSchema },
  );
}

export function useUpdatePrivacyChoice(language: TLanguage) {
  const queryClient = useQueryClient();
  return useMutation({
    scope: CONSENT_MUTATION_SCOPE,
    mutationFn: (input: TUpdatePrivacyChoiceInput) => updatePrivacyChoice(input, language),
    onSettled: () => queryClient.invalidateQueries({ queryKey: consentKeys.all }),
  });
}
