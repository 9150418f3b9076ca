/**
 * Sococo, Inc., Boston: a virtual office for distributed teams (team spaces, audio and video
 * calls, chat, screen sharing). Seed: 004_4f90448d96326da5.txt ("effective December 28, 2016").
 * US customers (CCPA, CAN-SPAM, COPPA) and EU customers (GDPR).
 *
 * From the seed: name, email, phone, job title and company name at registration, newsletter
 * sign-up or forms; optional extra support information, support communications kept for
 * statistical and reference purposes; personalisation, improvement, customer service,
 * transactions, periodic emails with unsubscribe instructions in every email; card data only in
 * the payment gateway provider's database; access, correction, removal and a copy; usage and
 * traffic data, who you communicated with and for how long, shared content (screen sharing),
 * areas visited, team spaces, saved chat content; review of Communications Content for support,
 * fraud and security, legal requirements and enforcing agreements; third-party analytics and
 * advertising companies that track behaviour on other sites; integrations with "data
 * destination partners"; no customer lists sold, rented or leased; offers on behalf of partners
 * without passing on contact details; service providers including hosting; no one under 13.
 *
 * Corrections: Privacy Shield and Swiss Safe Harbor are void (Schrems II); EU transfers rely on
 * the EU-US Data Privacy Framework; monitoring is not a condition of use (GDPR Art. 7(4)); and
 * concrete retention periods and deadlines are published.
 *
 * Settings beyond the brief's `minimumAge: 13`: third-party advertising companies tracking
 * users across other websites is "sharing" under the CCPA, so `doNotSellOrShare` and
 * `honourGpc` are on (Civ. Code §1798.120, 11 CCR §7025), as for COOPT.
 *
 * Where the seed was silent we chose: AWS as the hosting facility, Braintree as the payment
 * gateway, HubSpot for mailing lists, Zendesk for support, Google Analytics, Google Ads and
 * LinkedIn as analytics and advertising vendors, and the retention periods below.
 */
import { EEA_COUNTRIES } from '../deadlines/residence.ts';
import { BASE_SETTINGS } from './common.ts';
import { HOLIDAYS_US_MA } from './holidays.ts';
import type { TProfileInput } from './profile.schema.ts';
import { sococoCategories } from './sococo/categories.ts';

export const sococoProfile = {
  id: 'sococo',
  company: {
    name: 'Sococo',
    legalName: 'Sococo, Inc.',
    address: {
      street: '75 Arlington Street, Suite 500',
      postalCode: '02116',
      city: 'Boston',
      region: 'MA',
      country: 'US',
    },
    website: 'https://www.sococo.com',
    privacyEmail: 'privacy@sococo.com',
    phone: '+1 650 265 7013',
  },
  /*
   * One authority fits in the profile. Sococo has no establishment in the EU, so no lead
   * authority exists (GDPR Art. 56) and EU residents may complain to the authority of their own
   * member state (Art. 77). The GDPR is the regime that requires naming an authority (Art. 13(2)(d),
   * 15(1)(f)), so the portal shows an EU one: the Irish Data Protection Commission, an
   * English-speaking authority used to handling complaints about US services. The notice
   * corrections say plainly that any EU authority may be used, that the FTC enforces the Data
   * Privacy Framework commitments, and that California residents can go to the CPPA.
   */
  supervisoryAuthority: {
    name: 'Data Protection Commission (Ireland)',
    country: 'IE',
    url: 'https://www.dataprotection.ie',
    complaintUrl: 'https://forms.dataprotection.ie/contact',
    phone: '+353 1 765 0100',
  },
  jurisdictions: ['gdpr', 'ccpa', 'can-spam', 'coppa'],
  locale: {
    defaultLanguage: 'en',
    languages: ['en'],
    country: 'US',
    timeZone: 'America/New_York',
    currency: 'USD',
  },
  // Indigo with white text: contrast 10.8:1.
  theme: { primary: '#3A2E8C', onPrimary: '#FFFFFF', accent: '#FF7A00' },
  notice: {
    seedFile: '004_4f90448d96326da5.txt',
    version: '2016-12-28',
    effectiveDate: '2016-12-28',
    language: 'en',
    corrections: [
      {
        en: 'The EU–US Privacy Shield was invalidated by the Court of Justice of the EU on 16 July 2020 (C-311/18, "Schrems II"), and the US–Swiss Safe Harbor no longer exists. Personal data of people in the EU, the EEA and Switzerland reaches Sococo in the United States under the EU–US Data Privacy Framework (adequacy decision of 10 July 2023) and its Swiss extension. The BBB EU Privacy Shield scheme is no longer a complaint route.',
      },
      {
        en: 'If you live in the EU or EEA you can complain to the data protection authority of your own country (GDPR Art. 77); this portal names the Irish Data Protection Commission, but any EU authority will do. The U.S. Federal Trade Commission enforces our Data Privacy Framework commitments, and California residents can contact the California Privacy Protection Agency.',
      },
      {
        en: 'Using Sococo does not require you to consent to the review of your audio, video or chat content. We review Communications Content only when you ask for support, to detect fraud, security or technical problems, when the law requires it, or to enforce our terms, each on its own legal basis and never as a condition of using the service (GDPR Art. 6 and 7(4)).',
      },
      {
        en: 'Using the Site is not consent to this notice. Where we need consent, for marketing emails to people in the EU and for advertising and analytics cookies, we ask for it separately, and you can withdraw it at any time as easily as you gave it (GDPR Art. 7; ePrivacy Directive Art. 5(3)).',
      },
      {
        en: 'Advertising companies that track you on other websites count as "sharing" for California residents: you can opt out under "Your Privacy Choices", and we honour Global Privacy Control (Civ. Code §1798.120; 11 CCR §7025).',
      },
      {
        en: 'The policy gave no storage periods. We state how long each category is kept (GDPR Art. 13(2)(a); Civ. Code §1798.100(a)(3)).',
      },
      {
        en: 'Besides access, correction, deletion and a copy, people in the EU can restrict and object to processing and receive their data in a machine-readable format (GDPR Art. 18, 20, 21); California residents can also learn which categories we hold and opt out of sharing. We answer within one month under the GDPR (up to two more months with notice) and within 45 days under the CCPA (up to 45 more with notice).',
      },
      {
        en: 'This portal is for Sococo users and customers. It does not cover the policy’s section on Sococo employees.',
      },
    ],
  },
  rights: [
    'access',
    'know-categories',
    'rectification',
    'erasure',
    'restriction',
    'portability',
    'objection',
    'withdraw-consent',
    'automated-decisions',
    'complain',
    'opt-out-sale-sharing',
    'non-discrimination',
  ],
  automatedDecisionMaking: {
    en: 'Sococo makes no decisions about you based solely on automated processing that have legal or similarly significant effects. If you allow advertising cookies, advertising companies may tailor the ads you see to interests inferred from your visits.',
  },
  purposes: [
    {
      id: 'service',
      name: { en: 'Providing Sococo' },
      description: {
        en: 'Running your virtual office: team spaces, calls, chat and screen sharing, including saving chat content for later access.',
      },
    },
    {
      id: 'personalisation',
      name: { en: 'Personalising your experience' },
      description: { en: 'Using your information to respond better to your individual needs.' },
    },
    {
      id: 'improvement',
      name: { en: 'Improving the Site and services' },
      description: {
        en: 'Improving our Site, products and services based on how they are used and on your feedback.',
      },
    },
    {
      id: 'customer-service',
      name: { en: 'Customer service' },
      description: {
        en: 'Answering your support requests. Support communications are also kept, and later anonymised, for statistics and reference.',
      },
    },
    {
      id: 'transactions',
      name: { en: 'Processing transactions' },
      description: { en: 'Billing your subscription through our payment gateway provider.' },
    },
    {
      id: 'newsletters',
      name: { en: 'Periodic emails' },
      description: {
        en: 'Product updates, newsletters and other company news; every email explains how to unsubscribe.',
      },
    },
    {
      id: 'partner-offers',
      name: { en: 'Offers on behalf of partners' },
      description: {
        en: 'Telling you about an offering from a business partner, without passing your email, name, address or phone number to them.',
      },
    },
    {
      id: 'analytics',
      name: { en: 'Analytics' },
      description: { en: 'Understanding site traffic and interaction from aggregated data.' },
    },
    {
      id: 'advertising',
      name: { en: 'Advertising' },
      description: {
        en: 'Limiting how often you see an ad, showing ads tailored to your interests and measuring campaigns, with third-party advertising companies.',
      },
    },
    {
      id: 'security',
      name: { en: 'Security, fraud and enforcement' },
      description: {
        en: 'Detecting, preventing and addressing fraud, security and technical issues, and enforcing our agreements.',
      },
    },
    {
      id: 'legal',
      name: { en: 'Legal obligations' },
      description: { en: 'Keeping the records the law requires and answering lawful requests.' },
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
      id: 'aws',
      name: 'Amazon Web Services, Inc.',
      kind: 'processor',
      role: {
        en: 'Software service hosting facility: runs the Sococo service and stores its data on our behalf.',
      },
      country: 'US',
      safeguard: 'domestic',
    },
    {
      id: 'braintree',
      name: 'Braintree (a PayPal service)',
      kind: 'processor',
      role: {
        en: 'Payment gateway: card and billing details are encrypted into its database and are not stored on our servers after the transaction.',
      },
      country: 'US',
      safeguard: 'domestic',
    },
    {
      id: 'hubspot',
      name: 'HubSpot, Inc.',
      kind: 'processor',
      role: { en: 'Keeps our mailing lists and sends newsletters and product update emails.' },
      country: 'US',
      safeguard: 'domestic',
    },
    {
      id: 'zendesk',
      name: 'Zendesk, Inc.',
      kind: 'processor',
      role: { en: 'Help desk in which our support team answers your requests.' },
      country: 'US',
      safeguard: 'domestic',
    },
    {
      id: 'google-analytics',
      name: 'Google LLC (Google Analytics)',
      kind: 'processor',
      role: { en: 'Analytics provider: gives us aggregated data about how the Site is used.' },
      country: 'US',
      safeguard: 'domestic',
    },
    {
      id: 'google-ads',
      name: 'Google LLC (Google Ads)',
      kind: 'third-party',
      role: {
        en: 'Advertising company: sets cookies to cap how often you see our ads, tailor them and measure campaigns, also on other websites.',
      },
      country: 'US',
      safeguard: 'domestic',
      sharing: true,
    },
    {
      id: 'linkedin-ads',
      name: 'LinkedIn Corporation (LinkedIn Insight Tag)',
      kind: 'third-party',
      role: {
        en: 'Advertising company: measures our LinkedIn campaigns and shows our ads to past visitors.',
      },
      country: 'US',
      safeguard: 'domestic',
      sharing: true,
    },
    {
      id: 'integration-partners',
      name: 'Integration partners you connect',
      kind: 'third-party',
      role: {
        en: 'Data destination partners: receive the data you choose to send them when you connect an integration. Their own privacy policies apply.',
      },
      country: 'US',
      safeguard: 'domestic',
    },
    {
      id: 'authorities',
      name: 'Courts and law enforcement',
      kind: 'public-authority',
      role: {
        en: 'Only when the law requires it, to protect Sococo’s rights or property, or in an emergency to protect someone’s safety.',
      },
      country: 'US',
      safeguard: 'domestic',
    },
  ],
  retentionRules: [
    {
      id: 'account-life',
      description: { en: 'Kept while you have an account; deleted 90 days after you close it.' },
      period: { amount: 90, unit: 'days' },
      from: 'account-closed',
      action: 'delete',
      basis: 'Sococo retention schedule; GDPR Art. 5(1)(e); Civ. Code §1798.100(a)(3)',
    },
    {
      id: 'usage-13m',
      description: { en: 'Call records and usage data are kept 13 months; then deleted.' },
      period: { amount: 13, unit: 'months' },
      from: 'record-date',
      action: 'delete',
      basis:
        'GDPR Art. 5(1)(e); 12-month CCPA look-back (Civ. Code §1798.130(a)(2)(B)) plus one month',
    },
    {
      id: 'billing-7y',
      description: { en: 'Invoices are kept 7 years as tax records; then deleted.' },
      period: { amount: 7, unit: 'years' },
      from: 'record-date',
      action: 'delete',
      basis: 'IRS record-keeping (26 U.S.C. §6001; Treas. Reg. §1.6001-1)',
    },
    {
      id: 'support-3y',
      description: {
        en: 'Support communications are kept 3 years for reference; after that only anonymised statistics remain.',
      },
      period: { amount: 3, unit: 'years' },
      from: 'record-date',
      action: 'anonymise',
      basis:
        'Sococo privacy policy (28 December 2016): support communications kept for statistical and reference purposes',
    },
    {
      id: 'consent-proof-4y',
      description: { en: 'Proof of your consents and opt-outs is kept 4 years; then deleted.' },
      period: { amount: 4, unit: 'years' },
      from: 'record-date',
      action: 'delete',
      basis: 'GDPR Art. 7(1) (demonstrating consent); 11 CCR §7101 (request records 24 months)',
    },
    {
      id: 'marketing-24m',
      description: {
        en: 'Kept until 24 months after your last interaction with our emails; then deleted.',
      },
      period: { amount: 24, unit: 'months' },
      from: 'last-activity',
      action: 'delete',
      basis:
        'Sococo retention schedule: marketing data without engagement for 24 months is no longer needed',
    },
    {
      id: 'cookie-choice-12m',
      description: { en: 'Your cookie choice is kept 12 months; then we ask again.' },
      period: { amount: 12, unit: 'months' },
      from: 'record-date',
      action: 'delete',
      basis: 'ePrivacy Directive Art. 5(3) (consent renewed yearly); 11 CCR §7026(k)',
    },
  ],
  legalHolds: [
    {
      id: 'billing-records',
      reason: {
        en: 'Invoices are tax records that we must keep for 7 years, even if you ask us to delete your data. Until then we use them for nothing else (GDPR Art. 17(3)(b)).',
      },
      law: 'IRS record-keeping, 26 U.S.C. §6001',
      retention: 'billing-7y',
    },
  ],
  systems: [
    {
      id: 'own-tables',
      name: 'Sococo account and workspace database',
      description: {
        en: 'The portal’s own tables: your account, team spaces, chat, call and screen-share records, billing and security history.',
      },
      connector: { kind: 'own-tables' },
    },
    {
      id: 'mailing-lists',
      name: 'Mailing lists (HubSpot)',
      description: {
        en: 'The lists for our newsletter, product updates and partner offers, kept in HubSpot and reached through our newsletter service.',
      },
      connector: {
        kind: 'http',
        baseUrlEnv: 'NEWSLETTER_SERVICE_URL',
        secretEnv: 'NEWSLETTER_SERVICE_SECRET',
      },
    },
  ],
  categories: sococoCategories,
  consentPurposes: [
    {
      id: 'newsletter',
      name: { en: 'Newsletter' },
      description: { en: 'News about Sococo and remote work.' },
      channels: ['email'],
      recipients: ['hubspot'],
    },
    {
      id: 'product-updates',
      name: { en: 'Product updates' },
      description: { en: 'New features and changes to the Sococo service.' },
      channels: ['email'],
      recipients: ['hubspot'],
    },
    {
      id: 'partner-offers',
      name: { en: 'Offers on behalf of partners' },
      description: {
        en: 'Occasional emails from us about a partner’s offering. Your details are never passed to the partner.',
      },
      channels: ['email'],
      recipients: ['hubspot'],
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
        en: 'Understand and save your preferences for future visits. Only with your permission.',
      },
    },
    {
      id: 'analytics',
      description: {
        en: 'Compile aggregate data about site traffic and interaction so that we can improve the Site. Only with your permission.',
      },
      vendors: [
        {
          name: 'Google Analytics',
          recipient: 'google-analytics',
          description: { en: 'Gives us aggregated statistics about visits and pages viewed.' },
        },
      ],
    },
    {
      id: 'advertising',
      description: {
        en: 'Let advertising companies cap how often you see our ads, tailor them to your interests and measure campaigns, also on other websites. Off until you allow them; Global Privacy Control keeps them off.',
      },
      vendors: [
        {
          name: 'Google Ads',
          recipient: 'google-ads',
          description: { en: 'Shows and measures our ads on Google and partner sites.' },
        },
        {
          name: 'LinkedIn Insight Tag',
          recipient: 'linkedin-ads',
          description: {
            en: 'Measures our LinkedIn campaigns and builds audiences of past visitors.',
          },
        },
      ],
    },
  ],
  requestTypes: [
    'access',
    'access-categories',
    'rectification',
    'erasure',
    'restriction',
    'objection',
    'portability',
    'marketing-opt-out',
    'do-not-sell-or-share',
    'child-data',
  ],
  deadlineRules: [
    {
      // GDPR art. 3(2): a US controller offering its service to people in the EEA.
      id: 'gdpr-rights',
      jurisdiction: 'gdpr',
      residents: [...EEA_COUNTRIES],
      requestTypes: [
        'access',
        'rectification',
        'erasure',
        'restriction',
        'objection',
        'portability',
        'marketing-opt-out',
      ],
      law: { amount: 1, unit: 'months', source: 'GDPR Art. 12(3)' },
      extension: {
        amount: 2,
        unit: 'months',
        source: 'GDPR Art. 12(3) (notice with reasons within the first month)',
        times: 1,
        noticeWithinFirstPeriod: true,
      },
    },
    {
      // The CCPA protects California residents only (Civ. Code §1798.140(i)).
      id: 'ccpa-know-delete-correct',
      jurisdiction: 'ccpa',
      residents: ['US-CA'],
      requestTypes: ['access', 'access-categories', 'rectification', 'erasure', 'portability'],
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
      id: 'ccpa-opt-out',
      jurisdiction: 'ccpa',
      residents: ['US-CA'],
      requestTypes: ['do-not-sell-or-share'],
      law: { amount: 15, unit: 'business-days', source: '11 CCR §7026(f)' },
    },
    {
      id: 'can-spam-opt-out',
      jurisdiction: 'can-spam',
      requestTypes: ['marketing-opt-out'],
      law: { amount: 10, unit: 'business-days', source: 'CAN-SPAM 15 U.S.C. §7704; 16 CFR §316.5' },
    },
    {
      // COPPA sets no period for a parent's request (16 CFR §312.6); the account is frozen at
      // once and the CCPA's 45 days bound the deletion.
      id: 'coppa-child-data',
      jurisdiction: 'coppa',
      requestTypes: ['child-data'],
      law: {
        amount: 45,
        unit: 'calendar-days',
        source: '16 CFR §312.6; Civ. Code §1798.130(a)(2)',
      },
    },
  ],
  holidays: HOLIDAYS_US_MA,
  settings: { ...BASE_SETTINGS, minimumAge: 13, doNotSellOrShare: true, honourGpc: true },
} satisfies TProfileInput;
