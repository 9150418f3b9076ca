import type { TPublicProfileResponse } from '@portal/shared/schemas/public-profile.schema';
import type { TProfile } from '@portal/shared/profiles/profile.schema';

/** The public face of the operator profile: every field named, nothing internal (systems, settings). */
export function presentPublicProfile(profile: TProfile): TPublicProfileResponse {
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
    notice: { version: profile.notice.version, effectiveDate: profile.notice.effectiveDate },
    automatedDecisionMaking: profile.automatedDecisionMaking,
    exportLinkDays: profile.settings.exportLinkDays,
    requestTypes: profile.requestTypes,
  };
}
