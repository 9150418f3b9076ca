import { localize, type TLanguage } from '@portal/shared/domain/languages';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { TPrivacyNoticeResponse } from '@portal/shared/schemas/privacy-notice.schema';
import type { TNoticeVersionRow } from './privacy-notice.repository.ts';

/** The public notice page: the text in force, then every version with its change summary. */
export function presentNotice(input: {
  profile: TProfile;
  language: TLanguage;
  versions: TNoticeVersionRow[];
  inForce: string;
  today: string;
}): TPrivacyNoticeResponse {
  const { profile, language, versions } = input;
  const current = versions.find((v) => v.version === input.inForce);
  const textLanguage = current?.texts[language] ? language : profile.notice.language;
  const text = current?.texts[textLanguage] ?? Object.values(current?.texts ?? {})[0] ?? '';
  return {
    language,
    current: {
      version: input.inForce,
      effectiveDate: current?.effectiveDate ?? profile.notice.effectiveDate,
      textLanguage: current?.texts[textLanguage] ? textLanguage : profile.notice.language,
      text,
    },
    versions: versions.map((v) => ({
      version: v.version,
      effectiveDate: v.effectiveDate,
      status: v.version === input.inForce ? 'in-force' : v.effectiveDate > input.today ? 'upcoming' : 'superseded',
      summary: localize(v.summary, language),
      publishedAt: v.publishedAt.toISOString(),
    })),
  };
}
