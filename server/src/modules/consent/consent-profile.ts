import type { TConsentChannel } from '@portal/shared/domain/consent-channels';
import type { TPrivacyChoice } from '@portal/shared/domain/consent-methods';
import { LANGUAGES, localize, type TLanguage } from '@portal/shared/domain/languages';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import { AppError } from '../../lib/app-error.ts';
import { CONSENT_COPY } from './consent-copy.ts';

export type TConsentPurpose = TProfile['consentPurposes'][number];

const isLanguage = (value: string | undefined): value is TLanguage =>
  LANGUAGES.includes(value as TLanguage);

/** The language to explain things in: the one asked for, else the customer's, else the operator's default. */
export function resolveLanguage(
  profile: TProfile,
  requested: TLanguage | undefined,
  customerLanguage: string | undefined,
): TLanguage {
  if (requested) return requested;
  if (isLanguage(customerLanguage) && profile.locale.languages.includes(customerLanguage))
    return customerLanguage;
  return profile.locale.defaultLanguage;
}

/** The profile's purpose offering `channel`, or 404: customers cannot invent purposes. */
export function requirePurposeChannel(
  profile: TProfile,
  purposeId: string,
  channel: TConsentChannel,
): TConsentPurpose {
  const purpose = profile.consentPurposes.find((p) => p.id === purposeId);
  if (!purpose || !purpose.channels.includes(channel)) {
    throw new AppError('not_found', `There is no consent for "${purposeId}" by ${channel}.`);
  }
  return purpose;
}

/** The US privacy choices this operator offers ("Your Privacy Choices"), in display order. */
export function offeredChoices(profile: TProfile): TPrivacyChoice[] {
  const { doNotSellOrShare, limitSensitive, shineTheLight } = profile.settings;
  return [
    ...(doNotSellOrShare ? (['sale-or-sharing'] as const) : []),
    ...(limitSensitive ? (['sensitive-data-use'] as const) : []),
    ...(shineTheLight ? (['third-party-direct-marketing'] as const) : []),
  ];
}

export function requireOfferedChoice(profile: TProfile, choice: TPrivacyChoice): void {
  if (!offeredChoices(profile).includes(choice))
    throw new AppError('not_found', `${profile.company.name} does not offer this choice.`);
}

/** Purposes that pass contact details to third parties for their own marketing (Shine the Light). */
export function directMarketingPurposes(profile: TProfile): TConsentPurpose[] {
  const marketers = new Set(profile.recipients.filter((r) => r.directMarketing).map((r) => r.id));
  return profile.consentPurposes.filter((p) => p.recipients.some((id) => marketers.has(id)));
}

/** The notice the customer saw must be the one in force, or what they agreed to is not what we record. */
export function requireCurrentNotice(current: { version: string }, noticeVersion: string): void {
  if (noticeVersion !== current.version) {
    throw new AppError(
      'conflict',
      'The privacy notice has changed since this page was loaded. Reload the page to see the current version.',
    );
  }
}

/** What the customer was shown with a consent toggle, stored with the entry as proof (Art. 7(1)). */
export function consentWording(purpose: TConsentPurpose, language: TLanguage): string {
  return `${localize(purpose.name, language)}: ${localize(purpose.description, language)}`;
}

export function choiceWording(choice: TPrivacyChoice, language: TLanguage): string {
  const copy = CONSENT_COPY[language].choices[choice];
  return `${copy.label}: ${copy.description}`;
}
