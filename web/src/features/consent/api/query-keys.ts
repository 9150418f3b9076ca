import type { TLanguage } from '@portal/shared/domain/languages';

/** Query keys of the consent feature (house style 16). */
export const consentKeys = {
  all: ['consent'] as const,
  preferences: (language: TLanguage) => [...consentKeys.all, 'preferences', language] as const,
  history: () => [...consentKeys.all, 'history'] as const,
  cookies: (language: TLanguage) => [...consentKeys.all, 'cookies', language] as const,
  unsubscribe: (token: string) => [...consentKeys.all, 'unsubscribe', token] as const,
};

/**
 * Consent changes run one after another, in click order: two quick clicks on one toggle would
 * otherwise race, and the server could end on the first while the page shows the second.
 */
export const CONSENT_MUTATION_SCOPE = { id: 'consent-changes' } as const;
