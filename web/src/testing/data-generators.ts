import {
  ZPublicProfileResponseSchema,
  type TPublicProfileResponse,
} from '@portal/shared/schemas/public-profile.schema';

/**
 * A public operator profile as GET /api/profile returns it, validated against the shared schema
 * so a contract change breaks the tests that rely on it.
 */
export function createPublicProfile(
  overrides: Partial<TPublicProfileResponse> = {},
): TPublicProfileResponse {
  return ZPublicProfileResponseSchema.parse({
    id: 'cocomo',
    company: {
      name: 'Cocomo Webbeheer',
      legalName: 'Cocomo Webbeheer B.V.',
      address: {
        street: 'Stationsplein 12',
        postalCode: '3511 ED',
        city: 'Utrecht',
        country: 'NL',
      },
      website: 'https://cocomo.example',
      privacyEmail: 'privacy@cocomo.example',
      phone: '+31 30 123 4567',
      tollFreePhone: null,
      dpoEmail: 'fg@cocomo.example',
    },
    supervisoryAuthority: {
      name: 'Autoriteit Persoonsgegevens',
      country: 'NL',
      url: 'https://autoriteitpersoonsgegevens.nl',
      complaintUrl: 'https://autoriteitpersoonsgegevens.nl/een-tip-of-klacht-doorgeven',
    },
    locale: {
      defaultLanguage: 'en',
      languages: ['en', 'nl'],
      country: 'NL',
      timeZone: 'Europe/Amsterdam',
      currency: 'EUR',
    },
    theme: { primary: '#0b5394', onPrimary: '#ffffff', accent: '#f1c232' },
    rights: ['access', 'rectification', 'erasure', 'complain'],
    notice: { version: '2018-05', effectiveDate: '2018-05-06' },
    automatedDecisionMaking: {
      en: 'We do not make decisions about you by automated means alone.',
      nl: 'Wij nemen geen besluiten over u die alleen door een computer worden genomen.',
    },
    exportLinkDays: 7,
    ...overrides,
  });
}
