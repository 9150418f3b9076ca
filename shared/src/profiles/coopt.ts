/**
 * COOPT Inc., Fresno, California.
 * Seed: 003_00489c89c7882554.txt ("Last revised on: SEPTEMBER 14, 2022").
 * California CCPA/CPRA, Shine the Light, CAN-SPAM, TCPA and COPPA.
 *
 * From the seed: name, business name, executive/owner name, business logos, mailing and
 * physical address, email, phone, participation data, login credentials, billing through
 * third-party processors only (Stripe; no card details stored), customer service interactions,
 * user-generated content (text, voice, image, video); data from service providers, partner
 * sites, business partners and social media; automatically logged device and usage data and
 * cookies; marketing by email, text, phone and mail with unsubscribe links and STOP; advertising
 * on third-party sites and apps; never sold for third parties' direct marketing; Shine the
 * Light opt-out; account closure and removal of an unauthorized account depicting you; no
 * children under 13; data kept while you have an account, then as long as necessary.
 *
 * Corrections (see notice.corrections): Global Privacy Control is honoured, advertising on
 * other sites is "sharing" with a Do Not Sell or Share opt-out, a toll-free number replaces the
 * seed's blank telephone template, and concrete retention periods replace "as long as necessary".
 *
 * Where the seed was silent we chose: Google Analytics, Meta Pixel and Google Ads as the
 * analytics and advertising vendors, Mailchimp and Twilio for email and text messages, the
 * retention periods below, and the contact lines. The seed leaves the telephone number as an
 * unfilled template; the numbers below are the lines the portal publishes (555-01xx numbers,
 * which the North American numbering plan never assigns to a subscriber).
 */
import { BASE_SETTINGS } from './common.ts';
import { cooptCategories } from './coopt/categories.ts';
import { HOLIDAYS_US_CA } from './holidays.ts';
import type { TProfileInput } from './profile.schema.ts';

export const cooptProfile = {
  id: 'coopt',
  company: {
    name: 'COOPT',
    legalName: 'COOPT Inc.',
    address: {
      street: '6669 N. Remington Ave.',
      postalCode: '93704',
      city: 'Fresno',
      region: 'CA',
      country: 'US',
    },
    website: 'https://coopt.com',
    privacyEmail: 'orlando@coopt.com',
    phone: '+1 559 555 0148',
    tollFreePhone: '+1 800 555 0142',
  },
  supervisoryAuthority: {
    name: 'California Privacy Protection Agency (CalPrivacy)',
    country: 'US',
    url: 'https://cppa.ca.gov',
    complaintUrl: 'https://cppa.ca.gov/webapplications/complaint',
  },
  jurisdictions: ['ccpa', 'shine-the-light', 'can-spam', 'tcpa', 'coppa'],
  locale: {
    defaultLanguage: 'en',
    languages: ['en'],
    country: 'US',
    timeZone: 'America/Los_Angeles',
    currency: 'USD',
  },
  // Deep teal with white text: contrast 8.9:1.
  theme: { primary: '#0B4F6C', onPrimary: '#FFFFFF', accent: '#20BF55' },
  notice: {
    seedFile: '003_00489c89c7882554.txt',
    version: '2022-09-14',
    effectiveDate: '2022-09-14',
    language: 'en',
    corrections: [
      {
        en: 'We honour Global Privacy Control. A browser that sends the GPC signal is treated as a request to opt out of sale and sharing, and the portal shows "GPC applied". The policy said we do not respond to such signals; because our advertising on other sites counts as sharing, the law requires it (11 CCR §7025).',
      },
      {
        en: 'Advertising our products on third-party websites and apps is "sharing" for cross-context behavioural advertising under the CCPA. You can opt out at any time under "Your Privacy Choices" (Do Not Sell or Share My Personal Information), without an account; we act within 15 business days (Civ. Code §§1798.120, 1798.135; 11 CCR §7026).',
      },
      {
        en: 'Your account login is sensitive personal information under the CPRA. We use it only to sign you in and protect your account, and you can limit the use of sensitive personal information under "Your Privacy Choices" (Civ. Code §1798.121).',
      },
      {
        en: 'The policy left the telephone number blank. You can reach us toll-free at +1 800 555 0142, by email at orlando@coopt.com or through this portal (Civ. Code §1798.130(a)(1)).',
      },
      {
        en: 'We confirm your request within 10 business days and answer within 45 days. If we need up to 45 more days, we tell you why before the first 45 days end (Civ. Code §1798.130; 11 CCR §7021).',
      },
      {
        en: 'Instead of keeping data "as long as necessary", we state how long each category is kept (Civ. Code §1798.100(a)(3)).',
      },
      {
        en: 'Using the Site is not consent to marketing texts or calls: we send them only with your prior written consent. Replying STOP, or saying no in any other reasonable way, takes effect at once and never later than 10 business days (47 CFR §64.1200). Changes to this notice never let us use your data for a new purpose without telling you first.',
      },
      {
        en: 'We verify requests through your account, or by matching two pieces of information we already hold (three and a signed declaration for specific pieces of information). Opting out of sale or sharing and limiting sensitive data need no verification (11 CCR §§7060–7062).',
      },
      {
        en: 'We do not sell or share the personal information of consumers we know are under 16 (Civ. Code §1798.120(c)). Accounts of children under 13 are frozen as soon as they are reported and then deleted (COPPA).',
      },
    ],
  },
  rights: [
    'access',
    'know-categories',
    'rectification',
    'erasure',
    'portability',
    'opt-out-sale-sharing',
    'limit-sensitive',
    'shine-the-light',
    'withdraw-consent',
    'non-discrimination',
    'complain',
  ],
  automatedDecisionMaking: {
    en: 'COOPT makes no decisions about you based solely on automated processing that have legal or similarly significant effects. We derive an interest segment from your activity to choose which offers and ads you see; you can stop its use for advertising under "Your Privacy Choices".',
  },
  purposes: [
    {
      id: 'services',
      name: { en: 'Providing the Site and services' },
      description: {
        en: 'Operating, maintaining and improving the Site and our products and services.',
      },
    },
    {
      id: 'contracts',
      name: { en: 'Performing our contracts' },
      description: {
        en: 'Performing our contracts with you, or taking steps you ask for before entering into one.',
      },
    },
    {
      id: 'account-management',
      name: { en: 'Account management and customer service' },
      description: {
        en: 'Managing your registered account and answering your comments and questions.',
      },
    },
    {
      id: 'service-messages',
      name: { en: 'Service messages' },
      description: {
        en: 'Confirmations, invoices, technical notices, updates, security alerts, support and administrative messages.',
      },
    },
    {
      id: 'marketing',
      name: { en: 'Marketing communications' },
      description: {
        en: 'Promotions, upcoming events and news about our products and those of selected partners, by email, text message, telephone or mail, with your consent.',
      },
    },
    {
      id: 'partner-marketing',
      name: { en: 'Sharing with selected partners for their offers' },
      description: {
        en: 'Passing your name and contact details to selected partners for their own marketing, only if you opt in. You can opt out at any time (Shine the Light).',
      },
    },
    {
      id: 'analytics',
      name: { en: 'Analytics' },
      description: { en: 'Analysing trends, traffic, purchases and how the Site is used.' },
    },
    {
      id: 'advertising',
      name: { en: 'Advertising on other sites' },
      description: {
        en: 'Advertising our products and services on third-party websites and apps. This is "sharing" under the CCPA, and you can opt out.',
      },
    },
    {
      id: 'security',
      name: { en: 'Security and fraud prevention' },
      description: {
        en: 'Addressing technical issues and protecting against, investigating and deterring fraudulent, unauthorized or illegal activity.',
      },
    },
    {
      id: 'legal',
      name: { en: 'Legal obligations' },
      description: { en: 'Keeping records required by law and responding to lawful requests.' },
    },
    {
      id: 'privacy-choices',
      name: { en: 'Privacy choices' },
      description: {
        en: 'Recording your consents and opt-outs so that we can respect them and show that we did.',
      },
    },
  ],
  recipients: [
    {
      id: 'stripe',
      name: 'Stripe, Inc.',
      kind: 'processor',
      role: {
        en: 'Payment processor (service provider): collects and stores your card details. We receive only a customer reference, the card brand, the last four digits and the expiry date.',
      },
      country: 'US',
      safeguard: 'domestic',
      address: '354 Oyster Point Blvd, South San Francisco, CA 94080',
    },
    {
      id: 'google-analytics',
      name: 'Google LLC (Google Analytics)',
      kind: 'processor',
      role: { en: 'Service provider for Site analytics: trends, traffic and usage.' },
      country: 'US',
      safeguard: 'domestic',
    },
    {
      id: 'meta-ads',
      name: 'Meta Platforms, Inc. (Meta Pixel)',
      kind: 'third-party',
      role: {
        en: 'Advertising partner: receives device identifiers and Site activity through the Meta Pixel to show and measure our ads on Facebook and Instagram.',
      },
      country: 'US',
      safeguard: 'domestic',
      address: '1 Meta Way, Menlo Park, CA 94025',
      sharing: true,
    },
    {
      id: 'google-ads',
      name: 'Google LLC (Google Ads)',
      kind: 'third-party',
      role: {
        en: 'Advertising partner: receives device identifiers and Site activity through Google tags to show and measure our ads on other sites and apps.',
      },
      country: 'US',
      safeguard: 'domestic',
      address: '1600 Amphitheatre Parkway, Mountain View, CA 94043',
      sharing: true,
    },
    {
      id: 'mailchimp',
      name: 'Mailchimp (Intuit Inc.)',
      kind: 'processor',
      role: { en: 'Service provider that keeps our mailing lists and sends our marketing emails.' },
      country: 'US',
      safeguard: 'domestic',
    },
    {
      id: 'twilio',
      name: 'Twilio Inc.',
      kind: 'processor',
      role: { en: 'Service provider that sends our text messages and receives STOP replies.' },
      country: 'US',
      safeguard: 'domestic',
    },
    {
      id: 'selected-partners',
      name: 'Selected marketing partners',
      kind: 'third-party',
      role: {
        en: 'Receive your name and contact details for their own offers, only if you opted in to partner offers.',
      },
      country: 'US',
      safeguard: 'domestic',
      directMarketing: true,
    },
    {
      id: 'partners',
      name: 'Business partners, partner sites and social media platforms',
      kind: 'third-party',
      role: {
        en: 'Send us information about you, such as referrals, event sign-ups or a social profile you connect, and receive what is needed to offer content and services with us.',
      },
      country: 'US',
      safeguard: 'domestic',
    },
    {
      id: 'authorities',
      name: 'Courts, law enforcement and regulators',
      kind: 'public-authority',
      role: {
        en: 'Only when the law requires it, for example a search warrant, subpoena or court order, or in an emergency to protect someone’s safety.',
      },
      country: 'US',
      safeguard: 'domestic',
    },
  ],
  retentionRules: [
    {
      id: 'account-life',
      description: {
        en: 'Kept while you have an account; deleted or de-identified 90 days after you close it.',
      },
      period: { amount: 90, unit: 'days' },
      from: 'account-closed',
      action: 'delete',
      basis: 'COOPT privacy policy (14 September 2022); Civ. Code §1798.100(a)(3)',
    },
    {
      id: 'claims-4y',
      description: {
        en: 'Kept 4 years to answer questions, complaints or claims and to show that we treated you fairly; then deleted.',
      },
      period: { amount: 4, unit: 'years' },
      from: 'record-date',
      action: 'delete',
      basis: 'Cal. Code Civ. Proc. §337 (4-year limitation for written contracts)',
    },
    {
      id: 'tax-7y',
      description: { en: 'Invoices are kept 7 years for tax records; then deleted.' },
      period: { amount: 7, unit: 'years' },
      from: 'record-date',
      action: 'delete',
      basis: 'IRS record-keeping (26 U.S.C. §6001; Treas. Reg. §1.6001-1)',
    },
    {
      id: 'activity-13m',
      description: {
        en: 'Kept 13 months, long enough to answer a request about the past 12 months; then deleted.',
      },
      period: { amount: 13, unit: 'months' },
      from: 'record-date',
      action: 'delete',
      basis: 'Civ. Code §1798.130(a)(2)(B) (12-month look-back) plus one month',
    },
    {
      id: 'consent-proof-4y',
      description: { en: 'Proof of your consents and opt-outs is kept 4 years; then deleted.' },
      period: { amount: 4, unit: 'years' },
      from: 'record-date',
      action: 'delete',
      basis:
        'TCPA 4-year limitation period (28 U.S.C. §1658); 11 CCR §7101 (request records 24 months)',
    },
    {
      id: 'marketing-24m',
      description: {
        en: 'Kept until 24 months after your last interaction with our marketing; then deleted.',
      },
      period: { amount: 24, unit: 'months' },
      from: 'last-activity',
      action: 'delete',
      basis:
        'COOPT retention schedule: marketing data without engagement for 24 months is no longer needed',
    },
    {
      id: 'cookie-choice-12m',
      description: { en: 'Your cookie choice is kept 12 months; then we may ask again.' },
      period: { amount: 12, unit: 'months' },
      from: 'record-date',
      action: 'delete',
      basis: '11 CCR §7026(k): wait at least 12 months before asking again after an opt-out',
    },
  ],
  legalHolds: [
    {
      id: 'tax-records',
      reason: {
        en: 'Invoices are tax records that we must keep for 7 years, even if you ask us to delete your data. Until then we use them for nothing else.',
      },
      law: 'IRS record-keeping, 26 U.S.C. §6001',
      retention: 'tax-7y',
    },
  ],
  systems: [
    {
      id: 'own-tables',
      name: 'COOPT member database',
      description: {
        en: 'The portal’s own tables: your account, business profile, purchases, content, privacy choices and security history.',
      },
      connector: { kind: 'own-tables' },
    },
    {
      id: 'mailing-lists',
      name: 'Marketing lists (Mailchimp)',
      description: {
        en: 'The email lists we send promotions and news to, kept in Mailchimp and reached through our newsletter service.',
      },
      connector: {
        kind: 'http',
        baseUrlEnv: 'NEWSLETTER_SERVICE_URL',
        secretEnv: 'NEWSLETTER_SERVICE_SECRET',
      },
    },
  ],
  categories: cooptCategories,
  consentPurposes: [
    {
      id: 'promotions',
      name: { en: 'Promotions' },
      description: { en: 'Special offers on our products and services.' },
      channels: ['email', 'sms', 'phone', 'post'],
      recipients: ['mailchimp', 'twilio'],
    },
    {
      id: 'events-and-news',
      name: { en: 'Events and news' },
      description: { en: 'Upcoming events and news about COOPT.' },
      channels: ['email', 'sms', 'phone', 'post'],
      recipients: ['mailchimp', 'twilio'],
    },
    {
      id: 'product-updates',
      name: { en: 'Product updates' },
      description: { en: 'New features and products on the Site.' },
      channels: ['email', 'sms'],
      recipients: ['mailchimp', 'twilio'],
    },
    {
      id: 'partner-offers',
      name: { en: 'Offers from selected partners' },
      description: {
        en: 'Offers from our selected partners. If you allow it, we pass your name and contact details to them for their own marketing.',
      },
      channels: ['email', 'post'],
      recipients: ['selected-partners'],
    },
  ],
  cookies: [
    {
      id: 'strictly-necessary',
      description: {
        en: 'Keep you signed in, remember your privacy choices and protect forms. Always on.',
      },
    },
    {
      id: 'functional',
      description: {
        en: 'Session and persistent cookies that remember your preferences for a more personal experience. Only with your permission.',
      },
    },
    {
      id: 'analytics',
      description: {
        en: 'Help us analyse trends, traffic and how the Site is used. Only with your permission.',
      },
      vendors: [
        {
          name: 'Google Analytics',
          recipient: 'google-analytics',
          description: {
            en: 'Counts visits, pages viewed and time on page for us, as our service provider.',
          },
        },
      ],
    },
    {
      id: 'advertising',
      description: {
        en: 'Measure our campaigns and show our ads on other sites and apps. This is "sharing" under the CCPA: these cookies are off until you allow them, and stay off when your browser sends Global Privacy Control or you opt out.',
      },
      vendors: [
        {
          name: 'Meta Pixel',
          recipient: 'meta-ads',
          description: { en: 'Shows and measures our ads on Facebook and Instagram.' },
        },
        {
          name: 'Google Ads',
          recipient: 'google-ads',
          description: { en: 'Shows and measures our ads on Google and partner sites.' },
        },
      ],
    },
  ],
  requestTypes: [
    'access',
    'access-categories',
    'rectification',
    'erasure',
    'portability',
    'do-not-sell-or-share',
    'limit-sensitive',
    'marketing-opt-out',
    'shine-the-light',
    'unauthorized-account',
    'child-data',
  ],
  deadlineRules: [
    {
      id: 'ccpa-know-delete-correct',
      jurisdiction: 'ccpa',
      requestTypes: [
        'access',
        'access-categories',
        'rectification',
        'erasure',
        'portability',
        'unauthorized-account',
      ],
      acknowledge: { amount: 10, unit: 'business-days', source: '11 CCR §7021(a)' },
      law: {
        amount: 45,
        unit: 'calendar-days',
        source: 'Civ. Code §1798.130(a)(2); 11 CCR §7021(b)',
      },
      extension: {
        amount: 45,
        unit: 'calendar-days',
        source: 'Civ. Code §1798.130(a)(2); 11 CCR §7021(b)',
        times: 1,
        noticeWithinFirstPeriod: true,
      },
    },
    {
      id: 'ccpa-opt-outs',
      jurisdiction: 'ccpa',
      requestTypes: ['do-not-sell-or-share', 'limit-sensitive'],
      law: { amount: 15, unit: 'business-days', source: '11 CCR §7026(f); 11 CCR §7027(g)' },
    },
    {
      // CAN-SPAM and the TCPA both allow 10 business days, shorter than the CCPA's 15 for
      // opt-outs; unsubscribe links and STOP replies take effect at once in the portal.
      id: 'marketing-opt-out',
      jurisdiction: 'can-spam',
      requestTypes: ['marketing-opt-out'],
      law: {
        amount: 10,
        unit: 'business-days',
        source: 'CAN-SPAM 15 U.S.C. §7704, 16 CFR §316.5; TCPA 47 CFR §64.1200(a)(10)',
      },
    },
    {
      id: 'shine-the-light',
      jurisdiction: 'shine-the-light',
      requestTypes: ['shine-the-light'],
      law: { amount: 30, unit: 'calendar-days', source: 'Cal. Civ. Code §1798.83(b)' },
    },
    {
      // COPPA sets no period for a parent's request (16 CFR §312.6); the account is frozen at
      // once and the CCPA's 45 days bound the deletion.
      id: 'child-data',
      jurisdiction: 'coppa',
      requestTypes: ['child-data'],
      law: {
        amount: 45,
        unit: 'calendar-days',
        source: '16 CFR §312.6; Civ. Code §1798.130(a)(2)',
      },
    },
  ],
  holidays: HOLIDAYS_US_CA,
  settings: {
    ...BASE_SETTINGS,
    honourGpc: true,
    doNotSellOrShare: true,
    limitSensitive: true,
    shineTheLight: true,
    minimumAge: 13,
    verificationDataPoints: 2,
  },
} satisfies TProfileInput;
