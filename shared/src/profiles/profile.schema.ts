import { z } from 'zod';
import { ZConsentChannelSchema } from '../domain/consent-channels.ts';
import { ZCcpaCategorySchema } from '../domain/ccpa-categories.ts';
import { ZJurisdictionSchema } from '../domain/jurisdictions.ts';
import { ZLanguageSchema, ZLocalizedTextSchema } from '../domain/languages.ts';
import { ZLegalBasisSchema } from '../domain/legal-bases.ts';
import { ZRequestTypeSchema } from '../domain/request-types.ts';
import { ZRightSchema } from '../domain/rights.ts';

/** Lower-case words joined by hyphens: ids used in URLs, file names and database rows. */
export const ZSlugSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const ZCountrySchema = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code');
const ZColourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a2b3c');
const ZIsoDateSchema = z.iso.date();
const Text = ZLocalizedTextSchema;

export const PROFILE_IDS = ['coco', 'cocomo', 'vanesa', 'coopt', 'sococo'] as const;
export const ZProfileIdSchema = z.enum(PROFILE_IDS);
export type TProfileId = z.infer<typeof ZProfileIdSchema>;

export const ZAddressSchema = z
  .object({
    street: z.string().min(1),
    postalCode: z.string().min(1),
    city: z.string().min(1),
    region: z.string().min(1).optional(),
    country: ZCountrySchema,
  })
  .strict();

export const ZCompanySchema = z
  .object({
    name: z.string().min(1),
    legalName: z.string().min(1),
    tradeNames: z.array(z.string().min(1)).default([]),
    registration: z.string().min(1).optional(),
    address: ZAddressSchema,
    website: z.url(),
    privacyEmail: z.email(),
    phone: z.string().min(5).optional(),
    tollFreePhone: z.string().min(5).optional(),
    dpo: z.object({ name: z.string().min(1).optional(), email: z.email() }).strict().optional(),
  })
  .strict();

export const ZSupervisoryAuthoritySchema = z
  .object({
    name: z.string().min(1),
    country: ZCountrySchema,
    url: z.url(),
    complaintUrl: z.url().optional(),
    email: z.email().optional(),
    phone: z.string().min(5).optional(),
  })
  .strict();

export const ZThemeSchema = z
  .object({ primary: ZColourSchema, onPrimary: ZColourSchema, accent: ZColourSchema })
  .strict();

export const ZLocaleSettingsSchema = z
  .object({
    defaultLanguage: ZLanguageSchema,
    languages: z.array(ZLanguageSchema).min(1),
    country: ZCountrySchema,
    timeZone: z.string().min(3),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code'),
  })
  .strict();

/** Transfer safeguard for data leaving the operator's country (GDPR Ch. V, Art. 15(2)). */
export const TRANSFER_SAFEGUARDS = [
  'domestic', // stays in the operator's country
  'eea', // inside the EU/EEA
  'adequacy-decision', // Art. 45
  'data-privacy-framework', // EU-US DPF adequacy, 10 July 2023
  'standard-contractual-clauses', // Art. 46(2)(c)
  'binding-corporate-rules', // Art. 47
  'consent', // Art. 49(1)(a)
  'contract-necessity', // Art. 49(1)(b)
] as const;

export const ZRecipientSchema = z
  .object({
    id: ZSlugSchema,
    name: z.string().min(1),
    kind: z.enum(['processor', 'third-party', 'joint-controller', 'public-authority']),
    role: Text,
    country: ZCountrySchema,
    safeguard: z.enum(TRANSFER_SAFEGUARDS),
    address: z.string().min(1).optional(),
    /** CCPA: receives personal information for money or other valuable consideration. */
    sale: z.boolean().default(false),
    /** CCPA: receives it for cross-context behavioural advertising. */
    sharing: z.boolean().default(false),
    /** Shine the Light: uses it for its own direct marketing. */
    directMarketing: z.boolean().default(false),
  })
  .strict();

export const ZPurposeSchema = z.object({ id: ZSlugSchema, name: Text, description: Text }).strict();

export const ZDurationSchema = z
  .object({
    amount: z.number().int().min(0),
    unit: z.enum(['days', 'weeks', 'months', 'years']),
  })
  .strict();

export const ZRetentionRuleSchema = z
  .object({
    id: ZSlugSchema,
    description: Text,
    period: ZDurationSchema,
    /** The event the period counts from. */
    from: z.enum(['collected', 'record-date', 'last-activity', 'contract-end', 'account-closed']),
    action: z.enum(['delete', 'anonymise', 'archive']),
    /** The law or policy clause that sets the period, e.g. "AWR art. 52". */
    basis: z.string().min(1),
  })
  .strict();

export const ZLegalHoldSchema = z
  .object({
    id: ZSlugSchema,
    reason: Text,
    law: z.string().min(1),
    retention: ZSlugSchema,
  })
  .strict();

export const ZSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('provided-by-you') }).strict(),
  z.object({ kind: z.literal('observed') }).strict(),
  z.object({ kind: z.literal('derived') }).strict(),
  z.object({ kind: z.literal('partner'), partner: ZSlugSchema }).strict(),
]);

export const FIELD_TYPES = [
  'text',
  'long-text',
  'email',
  'phone',
  'date',
  'datetime',
  'money',
  'number',
  'boolean',
  'enum',
  'country',
  'ip-address',
  'reference',
  'secret',
] as const;

/** Account fields stored as columns of the customer's account row; the portal relies on them to operate. */
export const ACCOUNT_COLUMN_KEYS = [
  'customerNumber',
  'email',
  'phone',
  'givenName',
  'familyName',
  'birthDate',
  'language',
  'country',
] as const;

export const ZFieldSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a camelCase key'),
    label: Text,
    type: z.enum(FIELD_TYPES),
    enumValues: z.array(z.string().min(1)).min(1).optional(),
    purposes: z.array(ZSlugSchema).min(1),
    legalBasis: ZLegalBasisSchema,
    source: ZSourceSchema,
    recipients: z.array(ZSlugSchema).default([]),
    retention: ZSlugSchema,
    correctable: z.boolean(),
    erasable: z.boolean(),
    /** What erasure does to this field when the category is erased. */
    onErasure: z.enum(['delete', 'anonymise']).default('delete'),
    /** `withheld`: we say we hold it but never show or export the value (hashes, secrets, internal notes, government ids). */
    visibility: z.enum(['shown', 'withheld']).default('shown'),
    withheldReason: Text.optional(),
    sensitive: z.boolean().default(false),
  })
  .strict();

export const ZCategorySchema = z
  .object({
    id: ZSlugSchema,
    name: Text,
    description: Text,
    system: ZSlugSchema,
    /**
     * For the portal's own tables: `account` fields live on the customer's account row
     * (ACCOUNT_COLUMN_KEYS as columns, others as attributes); `records` are rows of their own.
     */
    store: z.enum(['account', 'records']).default('records'),
    /** `single`: one record per customer (a profile); `list`: many (orders, sign-ins). */
    cardinality: z.enum(['single', 'list']),
    /** Large lists are paginated in the portal and streamed in exports. */
    paginated: z.boolean().default(false),
    /** Exported as CSV too. */
    tabular: z.boolean().default(true),
    ccpaCategory: ZCcpaCategorySchema,
    legalHold: ZSlugSchema.optional(),
    fields: z.array(ZFieldSchema).min(1),
  })
  .strict();

export const ZSystemSchema = z
  .object({
    id: ZSlugSchema,
    name: z.string().min(1),
    description: Text,
    connector: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('own-tables') }).strict(),
      z
        .object({
          kind: z.literal('http'),
          /** Environment variable with the base URL; unset means the system is reported unreachable. */
          baseUrlEnv: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
          secretEnv: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
        })
        .strict(),
    ]),
  })
  .strict();

export const ZConsentPurposeSchema = z
  .object({
    id: ZSlugSchema,
    name: Text,
    description: Text,
    channels: z.array(ZConsentChannelSchema).min(1),
    recipients: z.array(ZSlugSchema).default([]),
  })
  .strict();

export const ZCookieCategorySchema = z
  .object({
    id: z.enum(['strictly-necessary', 'functional', 'analytics', 'advertising']),
    description: Text,
    vendors: z
      .array(
        z
          .object({ name: z.string().min(1), recipient: ZSlugSchema.optional(), description: Text })
          .strict(),
      )
      .default([]),
  })
  .strict();

export const ZDeadlineSchema = z
  .object({
    amount: z.number().int().min(1),
    unit: z.enum(['calendar-days', 'business-days', 'working-days', 'weeks', 'months']),
    source: z.string().min(1),
  })
  .strict();

export const ZDeadlineRuleSchema = z
  .object({
    id: ZSlugSchema,
    jurisdiction: ZJurisdictionSchema,
    requestTypes: z.array(ZRequestTypeSchema).min(1),
    acknowledge: ZDeadlineSchema.optional(),
    law: ZDeadlineSchema,
    /** The operator's own promise; the due date is the earlier of law and promise. */
    promise: ZDeadlineSchema.optional(),
    /** Longer period when processors or third parties must act too (Vietnam: 20 days). */
    withProcessors: ZDeadlineSchema.optional(),
    extension: ZDeadlineSchema.extend({
      times: z.number().int().min(1).default(1),
      noticeWithinFirstPeriod: z.boolean().default(true),
    })
      .strict()
      .optional(),
    /**
     * The customers this rule protects, as ISO 3166-1 countries or ISO 3166-2 subdivisions
     * ("US-CA"); absent means every customer. Lets one operator follow the GDPR for EU residents
     * and the CCPA for Californians (see shared/src/deadlines/README.md).
     */
    residents: z
      .array(z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'must be a code like NL or US-CA'))
      .min(1)
      .optional(),
    /**
     * Set only where the law lets the clock stop while the operator waits for the person (for
     * example for information needed to identify them); absent, the period runs regardless,
     * as under the CCPA (11 CCR §7021(b)).
     */
    pausable: z
      .object({ source: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict();

export const ZHolidaysSchema = z
  .object({ country: ZCountrySchema, year: z.number().int(), dates: z.array(ZIsoDateSchema) })
  .strict();

export const ZSettingsSchema = z
  .object({
    erasureGraceDays: z.number().int().min(0).max(90).default(14),
    exportLinkDays: z.number().int().min(1).max(30).default(7),
    impersonationMaxMinutes: z.number().int().min(1).max(30).default(30),
    notifyCustomerOnImpersonation: z.boolean().default(true),
    requireSupportGrant: z.boolean().default(false),
    honourGpc: z.boolean().default(false),
    doNotSellOrShare: z.boolean().default(false),
    limitSensitive: z.boolean().default(false),
    shineTheLight: z.boolean().default(false),
    /** Accounts of people younger than this are frozen and queued for erasure. */
    minimumAge: z.number().int().min(0).max(18).optional(),
    /** Public requests: how many data points must match (CCPA: 2, or 3 with a signed declaration). */
    verificationDataPoints: z.number().int().min(1).max(3).default(2),
    idDocumentFallback: z.boolean().default(false),
  })
  .strict();

export const ZPrivacyNoticeSchema = z
  .object({
    seedFile: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
    version: z.string().min(1),
    effectiveDate: ZIsoDateSchema,
    language: ZLanguageSchema,
    /** Where the portal follows the law rather than the seed text, and why. */
    corrections: z.array(Text).default([]),
  })
  .strict();

export const ZProfileSchema = z
  .object({
    id: ZProfileIdSchema,
    company: ZCompanySchema,
    supervisoryAuthority: ZSupervisoryAuthoritySchema,
    jurisdictions: z.array(ZJurisdictionSchema).min(1),
    locale: ZLocaleSettingsSchema,
    theme: ZThemeSchema,
    notice: ZPrivacyNoticeSchema,
    rights: z.array(ZRightSchema).min(1),
    automatedDecisionMaking: Text,
    purposes: z.array(ZPurposeSchema).min(1),
    recipients: z.array(ZRecipientSchema).default([]),
    retentionRules: z.array(ZRetentionRuleSchema).min(1),
    legalHolds: z.array(ZLegalHoldSchema).default([]),
    systems: z.array(ZSystemSchema).min(1),
    categories: z.array(ZCategorySchema).min(1),
    consentPurposes: z.array(ZConsentPurposeSchema).min(1),
    cookies: z.array(ZCookieCategorySchema).min(1),
    requestTypes: z.array(ZRequestTypeSchema).min(1),
    deadlineRules: z.array(ZDeadlineRuleSchema).min(1),
    holidays: z.array(ZHolidaysSchema).default([]),
    settings: ZSettingsSchema,
  })
  .strict();

export type TProfileInput = z.input<typeof ZProfileSchema>;
export type TProfile = z.output<typeof ZProfileSchema>;
export type TCategory = TProfile['categories'][number];
export type TField = TCategory['fields'][number];
export type TRecipient = TProfile['recipients'][number];
export type TRetentionRule = TProfile['retentionRules'][number];
export type TSystem = TProfile['systems'][number];
export type TDeadlineRule = TProfile['deadlineRules'][number];
