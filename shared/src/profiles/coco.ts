/**
 * CoCo, a coworking space in Chiang Mai, Thailand.
 * Seed: 000_4d0f1451d5a1b6d5.txt ("Last Updated: 12 November, 2019"). Thai PDPA B.E. 2562.
 *
 * From the seed: Google and Facebook collect traffic data through pixels and cookies; personal
 * data only to communicate and complete purchases; card data processed and stored by Omise;
 * transactional emails are part of the service, marketing only with permission (third-party
 * email marketing and loyalty software); data shared only to complete a transaction or delivery
 * (shipping provider) and hosted by a third party; active file at most 2 years, then archived for
 * legal and reporting duties; requests to info@cococnx.com answered within 7 business days.
 *
 * Where the seed was silent we chose: a street address in Chiang Mai, AWS Singapore as the
 * hosting provider, Thailand Post as the shipping provider, Mailchimp as the email marketing
 * software, a 5-year accounting archive (Thai accounting and revenue law), a 1-year security log
 * and Google Analytics' 14-month retention for visit data.
 */
import { cocoCategories } from './coco/categories.ts';
import { BASE_SETTINGS } from './common.ts';
import { HOLIDAYS_TH } from './holidays.ts';
import type { TProfileInput } from './profile.schema.ts';

export const cocoProfile = {
  id: 'coco',
  company: {
    name: 'CoCo',
    legalName: 'CoCo Chiang Mai Co., Ltd.',
    tradeNames: ['CoCo Coworking Chiang Mai'],
    address: {
      street: '9 Nimmanhaemin Road, Soi 13, Suthep',
      postalCode: '50200',
      city: 'Chiang Mai',
      region: 'Chiang Mai',
      country: 'TH',
    },
    website: 'https://cococnx.com',
    privacyEmail: 'info@cococnx.com',
  },
  supervisoryAuthority: {
    name: 'Personal Data Protection Committee (Office of the Personal Data Protection Committee)',
    country: 'TH',
    url: 'https://www.pdpc.or.th',
  },
  jurisdictions: ['th-pdpa'],
  locale: {
    defaultLanguage: 'en',
    languages: ['en'],
    country: 'TH',
    timeZone: 'Asia/Bangkok',
    currency: 'THB',
  },
  // Deep jungle green with white text: contrast 7.9:1.
  theme: { primary: '#0F5C4D', onPrimary: '#FFFFFF', accent: '#F2A541' },
  notice: {
    seedFile: '000_4d0f1451d5a1b6d5.txt',
    version: '2019-11-12',
    effectiveDate: '2019-11-12',
    language: 'en',
    corrections: [
      {
        en: 'Google and Facebook cookies and pixels stay off until you allow them in our cookie notice. The policy said you could block them in your browser; under the Thai PDPA (s.19) we must ask first, and withdrawing is as easy as agreeing.',
      },
      {
        en: 'The policy only mentions asking us to retrieve or remove your data. You have more rights under the Thai PDPA (ss.30–36): access and a copy, transfer to another company, correction, objection, restriction, and withdrawing consent. You can use all of them here.',
      },
      {
        en: 'We keep the policy’s promise to act within 7 business days for every right; the PDPA’s 30-day limit (s.30) is the outer bound.',
      },
      {
        en: 'Archived records are used only for legal and accounting reporting, and deleted 5 years after the document date (Accounting Act B.E. 2543 s.14, Revenue Code s.87/3) instead of after an unspecified "additional period".',
      },
      {
        en: 'Besides the shipping provider, your data reaches our payment provider, hosting provider and, with your permission, our email marketing software, Google and Facebook. Each is listed with its country and the safeguard for data leaving Thailand (PDPA ss.28–29).',
      },
      {
        en: 'You can complain to the Personal Data Protection Committee (PDPC). We check who you are through your account or a one-time code sent to your email address, never by asking for a copy of an ID card by default.',
      },
    ],
  },
  rights: [
    'access',
    'rectification',
    'erasure',
    'restriction',
    'portability',
    'objection',
    'withdraw-consent',
    'complain',
  ],
  automatedDecisionMaking: {
    en: 'CoCo makes no decisions about you based solely on automated processing. The member type in your marketing profile only decides which newsletter stories you see.',
  },
  purposes: [
    {
      id: 'bookings',
      name: { en: 'Bookings and memberships' },
      description: {
        en: 'Reserving desks, meeting rooms and memberships at the space, and running your membership.',
      },
    },
    {
      id: 'purchases',
      name: { en: 'Purchases and payments' },
      description: {
        en: 'Completing purchases, taking payment through our payment provider and issuing receipts.',
      },
    },
    {
      id: 'delivery',
      name: { en: 'Delivery' },
      description: { en: 'Shipping what you ordered to the address you give us.' },
    },
    {
      id: 'communication',
      name: { en: 'Communication' },
      description: {
        en: 'Answering your questions and sending transactional emails about your bookings and payments, which are part of the service.',
      },
    },
    {
      id: 'site-improvement',
      name: { en: 'Improving the website' },
      description: {
        en: 'Understanding how visitors find and use our website so that we can improve it.',
      },
    },
    {
      id: 'marketing',
      name: { en: 'Email marketing' },
      description: { en: 'Newsletters, offers and event invitations, only with your permission.' },
    },
    {
      id: 'loyalty',
      name: { en: 'Loyalty programme' },
      description: { en: 'Points and rewards for members who joined the loyalty programme.' },
    },
    {
      id: 'advertising',
      name: { en: 'Advertising' },
      description: {
        en: 'Measuring and targeting our ads on Google and Facebook, only with your cookie consent.',
      },
    },
    {
      id: 'legal-reporting',
      name: { en: 'Legal and accounting reporting' },
      description: { en: 'Keeping the tax invoices and accounting records Thai law requires.' },
    },
    {
      id: 'account-security',
      name: { en: 'Account security' },
      description: {
        en: 'Protecting your account against misuse and showing you where you are signed in.',
      },
    },
    {
      id: 'consent-records',
      name: { en: 'Consent records' },
      description: {
        en: 'Recording the permissions you give or withdraw so that we can respect and prove them.',
      },
    },
  ],
  recipients: [
    {
      id: 'omise',
      name: 'Omise (Opn Payments Thailand)',
      kind: 'processor',
      role: {
        en: 'Payment provider: processes and stores your card details. We receive only the card brand, the last four digits, the expiry date and a token.',
      },
      country: 'TH',
      safeguard: 'domestic',
    },
    {
      id: 'thailand-post',
      name: 'Thailand Post Co., Ltd.',
      kind: 'processor',
      role: {
        en: 'Shipping provider: receives your name, shipping address and phone number to deliver your order.',
      },
      country: 'TH',
      safeguard: 'domestic',
    },
    {
      id: 'aws',
      name: 'Amazon Web Services (Asia Pacific – Singapore region)',
      kind: 'processor',
      role: { en: 'Hosts our website and member database on our behalf.' },
      country: 'SG',
      safeguard: 'standard-contractual-clauses',
    },
    {
      id: 'mailchimp',
      name: 'Mailchimp (Intuit Inc.)',
      kind: 'processor',
      role: {
        en: 'Email marketing software: sends the newsletters and loyalty emails you agreed to receive.',
      },
      country: 'US',
      safeguard: 'standard-contractual-clauses',
    },
    {
      id: 'google',
      name: 'Google LLC (Google Analytics, Google Ads)',
      kind: 'third-party',
      role: {
        en: 'Measures visits to our website and the effect of our ads, through cookies and tags you allowed.',
      },
      country: 'US',
      safeguard: 'consent',
    },
    {
      id: 'meta',
      name: 'Meta Platforms, Inc. (Facebook pixel)',
      kind: 'third-party',
      role: {
        en: 'Measures visits that come from our Facebook ads and lets us show ads to past visitors, through the Facebook pixel you allowed.',
      },
      country: 'US',
      safeguard: 'consent',
    },
  ],
  retentionRules: [
    {
      id: 'active-file',
      description: {
        en: 'Kept on active file while you use CoCo and for at most 2 years after your last activity, then moved to an archive used only for legal reporting.',
      },
      period: { amount: 2, unit: 'years' },
      from: 'last-activity',
      action: 'archive',
      basis: 'CoCo privacy policy (12 November 2019): active file for no longer than 2 years',
    },
    {
      id: 'accounting-archive',
      description: {
        en: 'Tax invoices and accounting records are kept 5 years from their date, then deleted.',
      },
      period: { amount: 5, unit: 'years' },
      from: 'record-date',
      action: 'delete',
      basis: 'Accounting Act B.E. 2543 (2000) s.14; Revenue Code s.87/3',
    },
    {
      id: 'security-log',
      description: { en: 'Sign-in and security events are kept 1 year, then deleted.' },
      period: { amount: 1, unit: 'years' },
      from: 'record-date',
      action: 'delete',
      basis:
        'Account security; Computer-Related Crime Act B.E. 2550 s.26 (traffic data at least 90 days)',
    },
    {
      id: 'analytics-14m',
      description: { en: 'Visit data is kept 14 months, then deleted.' },
      period: { amount: 14, unit: 'months' },
      from: 'record-date',
      action: 'delete',
      basis: 'Google Analytics data retention setting (14 months)',
    },
    {
      id: 'cookie-choice',
      description: { en: 'Your cookie choices are kept 12 months; then we ask again.' },
      period: { amount: 12, unit: 'months' },
      from: 'record-date',
      action: 'delete',
      basis: 'Thai PDPA s.19: consent must stay current; we ask again every 12 months',
    },
  ],
  legalHolds: [
    {
      id: 'thai-accounting',
      reason: {
        en: 'Tax invoices must be kept for 5 years under Thai accounting and revenue law, even when you ask us to delete your data. Until then they are used for nothing else.',
      },
      law: 'Accounting Act B.E. 2543 s.14; Revenue Code s.87/3',
      retention: 'accounting-archive',
    },
  ],
  systems: [
    {
      id: 'own-tables',
      name: 'CoCo member database',
      description: {
        en: 'The portal’s own tables: your account, bookings, orders, invoices and security history.',
      },
      connector: { kind: 'own-tables' },
    },
    {
      id: 'mailing-list',
      name: 'Email marketing (Mailchimp audience)',
      description: {
        en: 'The mailing lists for CoCo news, events and the loyalty programme, kept in Mailchimp and reached through CoCo’s newsletter service.',
      },
      connector: {
        kind: 'http',
        baseUrlEnv: 'NEWSLETTER_SERVICE_URL',
        secretEnv: 'NEWSLETTER_SERVICE_SECRET',
      },
    },
  ],
  categories: cocoCategories,
  consentPurposes: [
    {
      id: 'newsletter',
      name: { en: 'CoCo newsletter' },
      description: { en: 'News about the space, the community and member offers.' },
      channels: ['email'],
      recipients: ['mailchimp'],
    },
    {
      id: 'events',
      name: { en: 'Events and workshops' },
      description: { en: 'Invitations to community events, talks and workshops at CoCo.' },
      channels: ['email'],
      recipients: ['mailchimp'],
    },
    {
      id: 'loyalty-emails',
      name: { en: 'Loyalty programme emails' },
      description: { en: 'Your points balance and member rewards.' },
      channels: ['email'],
      recipients: ['mailchimp'],
    },
  ],
  cookies: [
    {
      id: 'strictly-necessary',
      description: {
        en: 'Keep you signed in, remember your cookie choices and protect our forms. Always on.',
      },
    },
    {
      id: 'analytics',
      description: { en: 'Show us how visitors find and use our website. Only with your consent.' },
      vendors: [
        {
          name: 'Google Analytics',
          recipient: 'google',
          description: {
            en: 'Counts visits and pages viewed; IP addresses are shortened before storage.',
          },
        },
      ],
    },
    {
      id: 'advertising',
      description: {
        en: 'Measure our ads and show them to past visitors on Google and Facebook. Only with your consent.',
      },
      vendors: [
        {
          name: 'Google Ads',
          recipient: 'google',
          description: { en: 'Measures which Google ads brought you to our website.' },
        },
        {
          name: 'Facebook pixel',
          recipient: 'meta',
          description: {
            en: 'Measures visits from our Facebook ads and builds audiences of past visitors.',
          },
        },
      ],
    },
  ],
  requestTypes: [
    'access',
    'rectification',
    'erasure',
    'restriction',
    'objection',
    'portability',
    'marketing-opt-out',
  ],
  deadlineRules: [
    {
      id: 'pdpa-rights',
      jurisdiction: 'th-pdpa',
      requestTypes: [
        'access',
        'rectification',
        'erasure',
        'restriction',
        'objection',
        'portability',
        'marketing-opt-out',
      ],
      law: {
        amount: 30,
        unit: 'calendar-days',
        source: 'Thai PDPA B.E. 2562 s.30 (applied to every right)',
      },
      promise: {
        amount: 7,
        unit: 'business-days',
        source: 'CoCo privacy policy (12 November 2019): "may take up to 7 business days"',
      },
    },
  ],
  holidays: HOLIDAYS_TH,
  settings: { ...BASE_SETTINGS },
} satisfies TProfileInput;
