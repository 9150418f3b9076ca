import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TConsentChannel } from '@portal/shared/domain/consent-channels';
import type { TLanguage } from '@portal/shared/domain/languages';
import {
  ZUpdateConsentResponseSchema,
  type TConsentPreferencesResponse,
} from '@portal/shared/schemas/consent.schema';
import { apiClient } from '../../../lib/api-client';
import { CONSENT_URL } from './get-consent-preferences';
import { CONSENT_MUTATION_SCOPE, consentKeys } from './query-keys';

export type TUpdateConsentInput = {
  purpose: string;
  channel: TConsentChannel;
  granted: boolean;
  noticeVersion: string;
};

/** PUT /api/consent/:purpose/:channel: give or withdraw one consent. */
export function updateConsent(input: TUpdateConsentInput, language: TLanguage) {
  return apiClient.put(
    `${CONSENT_URL}/${encodeURIComponent(input.purpose)}/${input.channel}`,
    { granted: input.granted, noticeVersion: input.noticeVersion, language },
    { schema: ZUpdateConsentResponseSchema },
  );
}

/** Sets one toggle in cached preferences (the optimistic update and its undo). */
export function withToggle(
  data: TConsentPreferencesResponse,
  input: Pick<TUpdateConsentInput, 'purpose' | 'channel' | 'granted'>,
): TConsentPreferencesResponse {
  return {
    ...data,
    purposes: data.purposes.map((purpose) =>
      purpose.id !== input.purpose
        ? purpose
        : {
            ...purpose,
            channels: purpose.channels.map((c) =>
              c.channel === input.channel ? { ...c, granted: input.granted } : c,
            ),
          },
    ),
  };
}

/**
 * The toggle flips at once; if the server refuses, it flips back and the error is shown next to
 * it. Afterwards preferences and history are refetched, so dates and methods come from the ledger.
 */
export function useUpdateConsent(language: TLanguage) {
  const queryClient = useQueryClient();
  const key = consentKeys.preferences(language);
  return useMutation({
    scope: CONSENT_MUTATION_SCOPE,
    mutationFn: (input: TUpdateConsentInput) => updateConsent(input, language),
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<TConsentPreferencesResponse>(key);
      if (previous) queryClient.setQueryData(key, withToggle(previous, input));
      return { previous };
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: consentKeys.all }),
  });
}
