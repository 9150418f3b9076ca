import type { TPublicProfileResponse } from '@portal/shared/schemas/public-profile.schema';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { TNoticeInForce } from '../privacy-notice/privacy-notice.service.ts';

/**
 * The public face of the operator profile: every field named, nothing internal (systems, settings).
 * `notice` is the version in force today, which may be newer than the profile's first one.
 */
export function presentPublicProfile(
  profile: TProfile,
  notice: TNoticeInForce,
): TPublicProfileResponse {
  return {
    id: profile.id,
    company: {
      name: profile.company.name,
      legalName: profile.company.legalName,
      address: profile.company.address,
      website: profile.company.website,
      privacyEmail: profile.company.privacyEmail,
      phone: profile.company.phone ?? null,
      tollFreePhone: profile.company.tollFreePhone ?? null,
      dpoEmail: profile.company.dpo?.email ?? null,
    },
    supervisoryAuthority: profile.supervisoryAuthority,
    locale: {
      defaultLanguage: profile.locale.defaultLanguage,
      languages: profile.locale.languages,
      country: profile.locale.country,
      timeZone: profile.locale.timeZone,
      currency: profile.locale.currency,
    },
    theme: profile.theme,
    rights: profile.rights,
    notice: { version: notice.version, effectiveDate: notice.effectiveDate },
    automatedDecisionMaking: profile.automatedDecisionMaking,
    exportLinkDays: profile.settings.exportLinkDays,
    requestTypes: profile.requestTypes,
  };
}
