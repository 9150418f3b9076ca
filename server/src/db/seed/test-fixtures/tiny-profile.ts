import type { TProfileInput } from '@portal/shared/profiles/profile.schema';
import { validateProfile } from '@portal/shared/profiles/validate-profile';

type TFieldInput = TProfileInput['categories'][number]['fields'][number];

const field = (
  key: string,
  type: TFieldInput['type'],
  extra: Partial<TFieldInput> = {},
): TFieldInput => ({
  key,
  label: { en: key, nl: key },
  type,
  purposes: ['service'],
  legalBasis: 'contract',
  source: { kind: 'provided-by-you' },
  retention: 'contract-end',
  correctable: false,
  erasable: true,
  ...extra,
});
const text = (en: string) => ({ en, nl: en });

/**
 * A small Dutch operator profile with one category of each kind the seed handles: account
 * fields (columns and attributes), ordinary lists, a paginated activity list, a secret, the
 * consent ledger and a category of an http system (which the seed must skip).
 */
export const TINY_PROFILE_INPUT: TProfileInput = {
  id: 'cocomo',
  company: {
    name: 'Tiny Hosting',
    legalName: 'Tiny Hosting B.V.',
    address: { street: 'Kerkstraat 1', postalCode: '1011 AA', city: 'Amsterdam', country: 'NL' },
    website: 'https://tiny.example',
    privacyEmail: 'privacy@tiny.example',
  },
  supervisoryAuthority: {
    name: 'Autoriteit Persoonsgegevens',
    country: 'NL',
    url: 'https://autoriteitpersoonsgegevens.nl',
  },
  jurisdictions: ['gdpr', 'uavg'],
  locale: {
    defaultLanguage: 'nl',
    languages: ['nl', 'en'],
    country: 'NL',
    timeZone: 'Europe/Amsterdam',
    currency: 'EUR',
  },
  theme: { primary: '#123456', onPrimary: '#ffffff', accent: '#abcdef' },
  notice: {
    seedFile: '001_b166f5b24659986c.txt',
    version: '2026-1',
    effectiveDate: '2026-01-01',
    language: 'nl',
  },
  rights: ['access', 'erasure'],
  automatedDecisionMaking: text('None.'),
  purposes: [{ id: 'service', name: text('Service'), description: text('Providing the service.') }],
  retentionRules: [
    {
      id: 'contract-end',
      description: text('6 months after the contract ends'),
      period: { amount: 6, unit: 'months' },
      from: 'contract-end',
      action: 'delete',
      basis: 'policy',
    },
  ],
  systems: [
    {
      id: 'own',
      name: 'Portal',
      description: text('Own tables'),
      connector: { kind: 'own-tables' },
    },
    {
      id: 'mail',
      name: 'Newsletter',
      description: text('Mail service'),
      connector: { kind: 'http', baseUrlEnv: 'MAIL_URL', secretEnv: 'MAIL_SECRET' },
    },
  ],
  categories: [
    {
      id: 'account',
      name: text('Account'),
      description: text('Account'),
      system: 'own',
      store: 'account',
      cardinality: 'single',
      ccpaCategory: 'identifiers',
      fields: [
        field('customerNumber', 'text'),
        field('email', 'email'),
        field('phone', 'phone'),
        field('givenName', 'text'),
        field('familyName', 'text'),
        field('birthDate', 'date'),
        field('language', 'enum', { enumValues: ['nl', 'en'] }),
        field('country', 'country'),
        field('gender', 'enum', { enumValues: ['female', 'male', 'unspecified'] }),
        field('companyName', 'text'),
      ],
    },
    {
      id: 'sign-in-credentials',
      name: text('Credentials'),
      description: text('Credentials'),
      system: 'own',
      cardinality: 'single',
      ccpaCategory: 'sensitive-personal-information',
      fields: [
        field('passwordHash', 'secret', {
          visibility: 'withheld',
          withheldReason: text('A hash.'),
        }),
        field('passwordChangedAt', 'datetime'),
      ],
    },
    {
      id: 'orders',
      name: text('Orders'),
      description: text('Orders'),
      system: 'own',
      cardinality: 'list',
      ccpaCategory: 'commercial-information',
      fields: [
        field('orderNumber', 'text'),
        field('placedAt', 'datetime'),
        field('productName', 'text'),
        field('total', 'money'),
        field('shippingAddress', 'long-text'),
        field('status', 'enum', { enumValues: ['open', 'delivered', 'cancelled'] }),
        field('deliveredAt', 'datetime'),
      ],
    },
    {
      id: 'activity',
      name: text('Activity'),
      description: text('Activity'),
      system: 'own',
      cardinality: 'list',
      paginated: true,
      ccpaCategory: 'internet-activity',
      fields: [
        field('occurredAt', 'datetime'),
        field('event', 'enum', { enumValues: ['sign-in', 'sign-out'] }),
        field('ipAddress', 'ip-address'),
        field('userAgent', 'text'),
      ],
    },
    {
      id: 'consents',
      name: text('Consents'),
      description: text('Consents'),
      system: 'own',
      cardinality: 'list',
      ccpaCategory: 'commercial-information',
      fields: [
        field('purpose', 'enum', { enumValues: ['newsletter'] }),
        field('decidedAt', 'datetime'),
      ],
    },
    {
      id: 'newsletter-subscription',
      name: text('Newsletter'),
      description: text('Newsletter'),
      system: 'mail',
      cardinality: 'list',
      ccpaCategory: 'identifiers',
      fields: [field('emailAddress', 'email')],
    },
  ],
  consentPurposes: [
    {
      id: 'newsletter',
      name: text('Newsletter'),
      description: text('News'),
      channels: ['email', 'sms'],
    },
  ],
  cookies: [{ id: 'strictly-necessary', description: text('Needed') }],
  requestTypes: ['access', 'erasure'],
  deadlineRules: [
    {
      id: 'gdpr',
      jurisdiction: 'gdpr',
      requestTypes: ['access', 'erasure'],
      law: { amount: 1, unit: 'months', source: 'GDPR Art. 12(3)' },
    },
  ],
  settings: {},
};

export function tinyProfile() {
  const result = validateProfile(TINY_PROFILE_INPUT);
  if (!result.ok) throw new Error(`the test profile is invalid:\n${result.problems.join('\n')}`);
  return result.profile;
}
