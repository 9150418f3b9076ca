import type { TLanguage } from '@portal/shared/domain/languages';

/** Query keys of the privacy notice feature (house style 16). */
export const privacyNoticeKeys = {
  all: ['privacy-notice'] as const,
  notice: (language: TLanguage) => [...privacyNoticeKeys.all, 'notice', language] as const,
};
