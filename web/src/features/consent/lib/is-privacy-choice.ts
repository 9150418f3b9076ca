import { PRIVACY_CHOICES, type TPrivacyChoice } from '@portal/shared/domain/consent-methods';

export function isPrivacyChoice(value: string): value is TPrivacyChoice {
  return (PRIVACY_CHOICES as readonly string[]).includes(value);
}
