import { z } from 'zod';
import { ZCcpaCategorySchema } from '../domain/ccpa-categories.ts';
import { ZLanguageSchema } from '../domain/languages.ts';
import { ZLegalBasisSchema } from '../domain/legal-bases.ts';
import { ZRightSchema } from '../domain/rights.ts';
import { ZFieldValueSchema } from '../inventory/field-value-schema.ts';
import { FIELD_TYPES, TRANSFER_SAFEGUARDS, ZSlugSchema } from '../profiles/profile.schema.ts';

/**
 * The "My data" API (product.md capability 2 and 3): every category of the operator's inventory
 * with, per field, why it is held, on what basis, where it came from, who receives it, how long it
 * is kept, and whether it can be corrected or erased; the values; the records; the corrections.
 * Withheld fields (password hashes, second-factor secrets, staff notes, government ids) are
 * listed with the reason they are withheld, never with a value.
 */

const ZInstantSchema = z.iso.datetime({ offset: true });
const ZIsoDateSchema = z.iso.date();
const ZFieldKeySchema = z
  .string()
  .max(64)
  .regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a field key such as givenName');
/** Record ids: uuids in the portal's own tables, the system's own ids elsewhere. */
const ZRecordIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._:-]+$/, 'must be a record id');

export const ZMyDataQuerySchema = z
  .object({
    /** The language of the explanations; defaults to the customer's own language. */
    language: ZLanguageSchema.optional(),
  })
  .strict();

// ------------------------------------------------------------------ explanations

export const ZPurposeViewSchema = z
  .object({ id: ZSlugSchema, name: z.string(), description: z.string() })
  .strict();
export type TPurposeView = z.infer<typeof ZPurposeViewSchema>;

export const RECIPIENT_KINDS = ['processor', 'third-party', 'joint-controller', 'public-authority'] as const;

export const ZRecipientViewSchema = z
  .object({
    id: ZSlugSchema,
    name: z.string(),
    kind: z.enum(RECIPIENT_KINDS),
    role: z.string(),
    /** ISO 3166-1 alpha-2. */
    country: z.string(),
    safeguard: z.enum(TRANSFER_SAFEGUARDS),
  })
  .strict();
export type TRecipientView = z.infer<typeof ZRecipientViewSchema>;

/** "You gave it", "we observed it", "we derived it", "from partner X". */
export const ZSourceViewSchema = z
  .object({
    kind: z.enum(['provided-by-you', 'observed', 'derived', 'partner']),
    partner: z.object({ id: ZSlugSchema, name: z.string() }).strict().nullable(),
  })
  .strict();
export type TSourceView = z.infer<typeof ZSourceViewSchema>;

/** "Kept until <keptUntil> because <description> (<basis>)". */
export const ZRetentionViewSchema = z
  .object({
    ruleId: ZSlugSchema,
    description: z.string(),
    /** The law or policy clause, e.g. "AWR art. 52 lid 4". */
    basis: z.string(),
    period: z.object({ amount: z.number().int(), unit: z.enum(['days', 'weeks', 'months', 'years']) }).strict(),
    from: z.enum(['collected', 'record-date', 'last-activity', 'contract-end', 'account-closed']),
    action: z.enum(['delete', 'anonymise', 'archive']),
    /** The last day it is kept (for a list: its newest record); null while the start event lies ahead. */
    keptUntil: ZIsoDateSchema.nullable(),
    waitingFor: z.enum(['contract-end', 'account-closed']).nullable(),
  })
  .strict();
export type TRetentionView = z.infer<typeof ZRetentionViewSchema>;

/**
 * How the customer changes a field here: `inline` (edit it), `confirmation-required` (an email
 * or phone number: needs a code sent to the new address, not offered yet, so a request),
 * `request` (a rectification request with a note), `none` (withheld: nothing to correct here).
 */
export const CORRECTION_MODES = ['inline', 'confirmation-required', 'request', 'none'] as const;
export type TCorrectionMode = (typeof CORRECTION_MODES)[number];

export const ZFieldViewSchema = z
  .object({
    key: ZFieldKeySchema,
    label: z.string(),
    type: z.enum(FIELD_TYPES),
    enumValues: z.array(z.string()).nullable(),
    purposes: z.array(ZPurposeViewSchema),
    legalBasis: ZLegalBasisSchema,
    source: ZSourceViewSchema,
    recipients: z.array(ZRecipientViewSchema),
    retention: ZRetentionViewSchema,
    correctable: z.boolean(),
    correction: z.enum(CORRECTION_MODES),
    erasable: z.boolean(),
    sensitive: z.boolean(),
    /** `withheld`: we hold it but never show or export the value; `withheldReason` says why. */
    visibility: z.enum(['shown', 'withheld']),
    withheldReason: z.string().nullable(),
    /** The customer disputes it: its processing is restricted until staff resolve it. */
    disputed: z.boolean(),
  })
  .strict();
export type TFieldView = z.infer<typeof ZFieldViewSchema>;

/** Whether the system holding the category answered; one failing system never blocks the page. */
export const ZAvailabilitySchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('available') }).strict(),
  z
    .object({
      status: z.literal('unavailable'),
      /** `not-configured`: the portal has no address for it; `unreachable`: it did not answer. */
      reason: z.enum(['not-configured', 'unreachable']),
    })
    .strict(),
]);
export type TAvailability = z.infer<typeof ZAvailabilitySchema>;

/** A record's shown values; withheld fields are never among them. */
export const ZRecordValuesSchema = z.record(ZFieldKeySchema, ZFieldValueSchema);

export const ZSingleRecordSchema = z
  .object({
    recordId: ZRecordIdSchema,
    /** Send it back with a correction (optimistic concurrency). */
    version: z.number().int().min(1),
    values: ZRecordValuesSchema,
  })
  .strict();
export type TSingleRecord = z.infer<typeof ZSingleRecordSchema>;

export const ZCategoryViewSchema = z
  .object({
    id: ZSlugSchema,
    name: z.string(),
    description: z.string(),
    ccpaCategory: ZCcpaCategorySchema,
    store: z.enum(['account', 'records']),
    cardinality: z.enum(['single', 'list']),
    paginated: z.boolean(),
    system: z.object({ id: ZSlugSchema, name: z.string() }).strict(),
    availability: ZAvailabilitySchema,
    legalHold: z.object({ id: ZSlugSchema, reason: z.string(), law: z.string() }).strict().nullable(),
    /** How many records the customer has here; null when unknown (system unavailable). */
    recordCount: z.number().int().min(0).nullable(),
    /** For a single-record category (the account, a profile): its values. Lists: see /records. */
    single: ZSingleRecordSchema.nullable(),
    fields: z.array(ZFieldViewSchema),
  })
  .strict();
export type TCategoryView = z.infer<typeof ZCategoryViewSchema>;

export const RECTIFICATION_REQUEST_STATUSES = ['received', 'resolved', 'rejected'] as const;

export const ZRectificationRequestViewSchema = z
  .object({
    id: z.uuid(),
    category: ZSlugSchema,
    field: ZFieldKeySchema,
    recordId: ZRecordIdSchema.nullable(),
    status: z.enum(RECTIFICATION_REQUEST_STATUSES),
    disputed: z.boolean(),
    createdAt: ZInstantSchema,
  })
  .strict();
export type TRectificationRequestView = z.infer<typeof ZRectificationRequestViewSchema>;

export const ZMyDataResponseSchema = z
  .object({
    language: ZLanguageSchema,
    generatedAt: ZInstantSchema,
    /** ISO 4217: money values are decimal strings in this currency. */
    currency: z.string().regex(/^[A-Z]{3}$/),
    categories: z.array(ZCategoryViewSchema),
    /** Open rectification requests and disputes. */
    rectificationRequests: z.array(ZRectificationRequestViewSchema),
  })
  .strict();
export type TMyDataResponse = z.infer<typeof ZMyDataResponseSchema>;

// ------------------------------------------------------------------ records of one category

export const ZCategoryParamsSchema = z.object({ category: ZSlugSchema.max(64) }).strict();

export const ZCategoryRecordsQuerySchema = z
  .object({
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();

export const ZRecordViewSchema = z
  .object({
    id: ZRecordIdSchema,
    occurredAt: ZInstantSchema.nullable(),
    version: z.number().int().min(1),
    /** The last day this record is kept under the category's retention rule; null while open. */
    keptUntil: ZIsoDateSchema.nullable(),
    values: ZRecordValuesSchema,
  })
  .strict();
export type TRecordView = z.infer<typeof ZRecordViewSchema>;

export const ZCategoryRecordsResponseSchema = z
  .object({
    category: ZSlugSchema,
    /** Newest first. */
    items: z.array(ZRecordViewSchema),
    /** Pass as `cursor` for the next (older) page; null on the last page. */
    nextCursor: z.string().nullable(),
  })
  .strict();
export type TCategoryRecordsResponse = z.infer<typeof ZCategoryRecordsResponseSchema>;

// ------------------------------------------------------------------ categories only (CCPA)

export const ZCategorySummarySchema = z
  .object({
    id: ZSlugSchema,
    name: z.string(),
    description: z.string(),
    ccpaCategory: ZCcpaCategorySchema,
    sensitive: z.boolean(),
    sources: z.array(ZSourceViewSchema),
    purposes: z.array(ZPurposeViewSchema),
    recipients: z.array(
      ZRecipientViewSchema.extend({ sale: z.boolean(), sharing: z.boolean() }).strict(),
    ),
  })
  .strict();
export type TCategorySummary = z.infer<typeof ZCategorySummarySchema>;

export const ZCategoriesOnlyResponseSchema = z
  .object({
    language: ZLanguageSchema,
    categories: z.array(ZCategorySummarySchema),
  })
  .strict();
export type TCategoriesOnlyResponse = z.infer<typeof ZCategoriesOnlyResponseSchema>;

// ------------------------------------------------------------------ Art. 15 extras

export const ZRightsResponseSchema = z
  .object({
    language: ZLanguageSchema,
    rights: z.array(ZRightSchema),
    controller: z
      .object({
        name: z.string(),
        legalName: z.string(),
        privacyEmail: z.string(),
        dpoEmail: z.string().nullable(),
      })
      .strict(),
    supervisoryAuthority: z
      .object({
        name: z.string(),
        country: z.string(),
        url: z.string(),
        complaintUrl: z.string().nullable(),
        email: z.string().nullable(),
        phone: z.string().nullable(),
      })
      .strict(),
    automatedDecisionMaking: z.string(),
    /** Recipients outside the operator's country, with the safeguard that covers the transfer (Art. 15(2)). */
    transfers: z.array(
      z
        .object({ recipient: ZRecipientViewSchema, safeguard: z.enum(TRANSFER_SAFEGUARDS) })
        .strict(),
    ),
    /** Where the portal follows the law rather than the operator's notice, and why. */
    noticeCorrections: z.array(z.string()),
  })
  .strict();
export type TRightsResponse = z.infer<typeof ZRightsResponseSchema>;

// ------------------------------------------------------------------ correction

export const ZCorrectFieldRequestSchema = z
  .object({
    category: ZSlugSchema.max(64),
    field: ZFieldKeySchema,
    /** Required for a records category: which record. */
    recordId: ZRecordIdSchema.optional(),
    /** Checked against the field's type by the server (see shared/src/inventory/field-value-schema.ts). */
    value: z.unknown(),
    /** The version the customer saw; a newer one means someone else changed it (409). */
    version: z.number().int().min(1),
    /** Email and phone only: the code sent to the new address by POST /api/my-data/contact-changes. */
    confirmationCode: z.string().trim().regex(/^\d{6}$/, 'Enter the 6-digit code.').optional(),
  })
  .strict();
export type TCorrectFieldRequest = z.infer<typeof ZCorrectFieldRequestSchema>;

/** Starts an email or phone change: the same body as the correction, without the code. */
export const ZStartContactChangeRequestSchema = ZCorrectFieldRequestSchema.omit({ confirmationCode: true });
export type TStartContactChangeRequest = z.infer<typeof ZStartContactChangeRequestSchema>;

export const ZContactChangeStartedSchema = z
  .object({
    /** Where the code went, partly hidden (the customer typed it; it still may be on a shared screen). */
    sentTo: z.string(),
    channel: z.enum(['email', 'sms']),
    minutesValid: z.number().int().min(1),
  })
  .strict();
export type TContactChangeStarted = z.infer<typeof ZContactChangeStartedSchema>;

export const PROPAGATION_STATUSES = ['done', 'accepted', 'failed', 'pending'] as const;

/**
 * Where a correction went: `system` targets through their connector (done, accepted = waiting for
 * the system's confirmation, failed = tried again later), `recipient` targets (GDPR Art. 19) are
 * passed on by the privacy team (pending until they confirm).
 */
export const ZPropagationViewSchema = z
  .object({
    targetKind: z.enum(['system', 'recipient']),
    targetId: ZSlugSchema,
    name: z.string(),
    status: z.enum(PROPAGATION_STATUSES),
    updatedAt: ZInstantSchema,
  })
  .strict();
export type TPropagationView = z.infer<typeof ZPropagationViewSchema>;

export const ZCorrectionViewSchema = z
  .object({
    id: z.uuid(),
    category: ZSlugSchema,
    field: ZFieldKeySchema,
    recordId: ZRecordIdSchema.nullable(),
    /** Who made it: the customer, or staff on their behalf. */
    by: z.enum(['you', 'staff']),
    at: ZInstantSchema,
    propagations: z.array(ZPropagationViewSchema),
  })
  .strict();
export type TCorrectionView = z.infer<typeof ZCorrectionViewSchema>;

export const ZCorrectFieldResponseSchema = z
  .object({
    category: ZSlugSchema,
    field: ZFieldKeySchema,
    recordId: ZRecordIdSchema,
    value: ZFieldValueSchema,
    version: z.number().int().min(1),
    correction: ZCorrectionViewSchema,
  })
  .strict();
export type TCorrectFieldResponse = z.infer<typeof ZCorrectFieldResponseSchema>;

/** 409: the error envelope plus the value and version now stored, so nothing is silently lost. */
export const ZCorrectionConflictSchema = z
  .object({
    code: z.literal('conflict'),
    message: z.string(),
    requestId: z.string(),
    current: z.object({ value: ZFieldValueSchema, version: z.number().int().min(1) }).strict(),
  })
  .strict();
export type TCorrectionConflict = z.infer<typeof ZCorrectionConflictSchema>;

export const ZCorrectionsQuerySchema = ZCategoryRecordsQuerySchema;

export const ZCorrectionsResponseSchema = z
  .object({ items: z.array(ZCorrectionViewSchema), nextCursor: z.string().nullable() })
  .strict();
export type TCorrectionsResponse = z.infer<typeof ZCorrectionsResponseSchema>;

// ------------------------------------------------------------------ rectification requests

export const ZRectificationRequestRequestSchema = z
  .object({
    category: ZSlugSchema.max(64),
    field: ZFieldKeySchema,
    recordId: ZRecordIdSchema.optional(),
    proposedValue: z.string().trim().max(2000).optional(),
    note: z.string().trim().min(1, 'Tell us what is wrong.').max(2000),
    /** Mark the field as disputed: its processing is restricted until the request is resolved. */
    disputed: z.boolean().default(false),
  })
  .strict();
export type TRectificationRequestRequest = z.input<typeof ZRectificationRequestRequestSchema>;

export const ZRectificationRequestResponseSchema = ZRectificationRequestViewSchema;
export type TRectificationRequestResponse = TRectificationRequestView;

// ------------------------------------------------------------------ connector callbacks

export const ZConnectorCallbackParamsSchema = z.object({ system: ZSlugSchema.max(64) }).strict();

/** The signed POST an operator's system sends when an accepted operation finishes (docs/connector-protocol.md). */
export const ZConnectorCallbackRequestSchema = z
  .object({
    idempotencyKey: z.string().min(1).max(200),
    reference: z.string().min(1).max(200),
    operation: z.enum(['rectify', 'erase', 'restrict']),
    status: z.enum(['done', 'failed']),
    at: ZInstantSchema,
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).default({}),
  })
  .strict();
export type TConnectorCallbackRequest = z.input<typeof ZConnectorCallbackRequestSchema>;

export const ZConnectorCallbackResponseSchema = z
  .object({ received: z.literal(true), status: z.enum(['done', 'failed', 'accepted']) })
  .strict();
