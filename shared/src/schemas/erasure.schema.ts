import { z } from 'zod';
import { ZAvailabilitySchema } from './personal-data.schema.ts';

/** Whole account, or only some categories (those the inventory lets the customer erase on their own). */
export const ERASURE_SCOPES = ['account', 'categories'] as const;
export const ZErasureScopeSchema = z.enum(ERASURE_SCOPES);
export type TErasureScope = z.infer<typeof ZErasureScopeSchema>;

/**
 * `scheduled`: waiting out the grace period (cancellable). `running`: the saga is under way.
 * `needs-attention`: a system kept failing and a privacy officer has to look; the others are done.
 */
export const ERASURE_STATUSES = ['scheduled', 'cancelled', 'running', 'needs-attention', 'completed'] as const;
export const ZErasureStatusSchema = z.enum(ERASURE_STATUSES);
export type TErasureStatus = z.infer<typeof ZErasureStatusSchema>;

/** `waiting`: the system accepted the erasure and confirms it later (signed callback). */
export const ERASURE_STEP_STATUSES = ['pending', 'running', 'waiting', 'done', 'dead-lettered'] as const;
export const ZErasureStepStatusSchema = z.enum(ERASURE_STEP_STATUSES);
export type TErasureStepStatus = z.infer<typeof ZErasureStepStatusSchema>;

/** What erasure does with a category: delete it, keep only values that no longer name anyone, or keep it (why, until when). */
export const ZErasureOutcomeSchema = z.enum(['erase', 'anonymise', 'keep']);
export type TErasureOutcome = z.infer<typeof ZErasureOutcomeSchema>;

const ZCategoryIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'not a category id');
const ZDaySchema = z.iso.date();

export const ZErasurePreviewQuerySchema = z.object({ language: z.enum(['en', 'nl', 'vi']).optional() }).strict();

/** One record that erasure keeps, with the day it will be purged. */
export const ZKeptItemSchema = z.object({ recordId: z.string(), occurredAt: z.iso.datetime().nullable(), purgeOn: ZDaySchema.nullable() }).strict();

export const ZKeptSchema = z
  .object({
    /** `legal-hold`: a law makes us keep it; `proof`: evidence we must be able to show (consents). */
    kind: z.enum(['legal-hold', 'proof']),
    holdId: z.string().nullable(),
    reason: z.string(),
    law: z.string(),
    /** The first and last day on which kept records of this category will be purged; null while unknown. */
    purgeFrom: ZDaySchema.nullable(),
    purgeUntil: ZDaySchema.nullable(),
    /** The kept records, oldest purge first (at most 50; `more` counts the rest). */
    items: z.array(ZKeptItemSchema),
    more: z.number().int().min(0),
  })
  .strict();

export const ZPreviewCategorySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    outcome: ZErasureOutcomeSchema,
    /** Can be chosen on its own for a per-category erasure. */
    selectable: z.boolean(),
    /** How many records the system holds now; null when it could not be asked. */
    records: z.number().int().min(0).nullable(),
    /** Anonymise: the fields kept without any link to you (labels). */
    anonymisedFields: z.array(z.string()),
    kept: ZKeptSchema.nullable(),
  })
  .strict();

export const ZPreviewSystemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(['own-tables', 'http']),
    availability: ZAvailabilitySchema,
    categories: z.array(ZPreviewCategorySchema),
  })
  .strict();

export const ZErasurePreviewResponseSchema = z
  .object({
    language: z.string(),
    generatedAt: z.iso.datetime(),
    /** The profile's grace period: a request made now starts at `startsAt` unless cancelled. */
    graceDays: z.number().int().min(0),
    startsAt: z.iso.datetime(),
    systems: z.array(ZPreviewSystemSchema),
  })
  .strict();
export type TErasurePreviewResponse = z.infer<typeof ZErasurePreviewResponseSchema>;
export type TPreviewCategory = z.infer<typeof ZPreviewCategorySchema>;

export const ZCreateErasureRequestSchema = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('account') }).strict(),
  z.object({ scope: z.literal('categories'), categories: z.array(ZCategoryIdSchema).min(1).max(100) }).strict(),
]);
export type TCreateErasureRequest = z.infer<typeof ZCreateErasureRequestSchema>;

/** What one system reported: counts where the system gives them, what it kept and until when. */
export const ZErasureStepReceiptSchema = z
  .object({
    /** `synchronous`: the system answered done; `callback`: it confirmed later with a signed callback. */
    confirmation: z.enum(['synchronous', 'callback']),
    confirmedAt: z.iso.datetime(),
    reference: z.string().nullable(),
    erasedRecords: z.number().int().min(0).nullable(),
    anonymisedRecords: z.number().int().min(0).nullable(),
    kept: z.array(z.object({ category: z.string(), holdId: z.string().nullable(), records: z.number().int().min(0), purgeUntil: ZDaySchema.nullable() }).strict()),
  })
  .strict();
export type TErasureStepReceipt = z.infer<typeof ZErasureStepReceiptSchema>;

export const ZErasureStepViewSchema = z
  .object({
    system: z.string(),
    name: z.string(),
    status: ZErasureStepStatusSchema,
    categories: z.array(z.string()),
    receipt: ZErasureStepReceiptSchema.nullable(),
    /** The receipt signed with the portal's key (compact JWS, no personal data). */
    signedReceipt: z.string().nullable(),
  })
  .strict();

export const ZErasureRequestViewSchema = z
  .object({
    id: z.uuid(),
    scope: ZErasureScopeSchema,
    categories: z.array(z.string()),
    status: ZErasureStatusSchema,
    createdAt: z.iso.datetime(),
    scheduledFor: z.iso.datetime(),
    cancelledAt: z.iso.datetime().nullable(),
    startedAt: z.iso.datetime().nullable(),
    completedAt: z.iso.datetime().nullable(),
    /** Staff started it before the grace period ended, on the customer's written request. */
    startedEarly: z.boolean(),
    steps: z.array(ZErasureStepViewSchema),
    /** The erasure certificate (compact JWS), once every step ended. */
    certificate: z.string().nullable(),
  })
  .strict();
export type TErasureRequestView = z.infer<typeof ZErasureRequestViewSchema>;

export const ZErasureRequestListResponseSchema = z.object({ requests: z.array(ZErasureRequestViewSchema) }).strict();
export const ZErasureRequestIdParamsSchema = z.object({ id: z.uuid() }).strict();

/** Processing restricted at the customer's request ("deactivate"): data kept, not used, reversible. */
export const ZRestrictionSystemSchema = z
  .object({ system: z.string(), name: z.string(), status: z.enum(['done', 'accepted', 'failed']), reason: z.string().nullable() })
  .strict();
export const ZRestrictionViewSchema = z
  .object({
    status: z.enum(['active', 'restricted']),
    since: z.iso.datetime().nullable(),
    systems: z.array(ZRestrictionSystemSchema),
  })
  .strict();
export type TRestrictionView = z.infer<typeof ZRestrictionViewSchema>;

export const ZVerifyCertificateRequestSchema = z.object({ certificate: z.string().min(1).max(20_000) }).strict();
export const ZCertificateClaimsViewSchema = z
  .object({
    reference: z.uuid(),
    issuer: z.string(),
    issuedAt: z.iso.datetime(),
    scope: ZErasureScopeSchema,
    categories: z.array(z.string()),
    systems: z.array(z.object({ system: z.string(), outcome: z.string(), receipt: z.string() }).strict()),
    kept: z.array(z.object({ category: z.string(), holdId: z.string().nullable(), purgeUntil: ZDaySchema.nullable() }).strict()),
    completedAt: z.iso.datetime(),
    keyId: z.string(),
  })
  .strict();
export type TCertificateClaimsView = z.infer<typeof ZCertificateClaimsViewSchema>;
export const ZVerifyCertificateResponseSchema = z.discriminatedUnion('valid', [
  z.object({ valid: z.literal(true), certificate: ZCertificateClaimsViewSchema }).strict(),
  z.object({ valid: z.literal(false) }).strict(),
]);
export type TVerifyCertificateResponse = z.infer<typeof ZVerifyCertificateResponseSchema>;

/** Staff: the customer's written request reference (a ticket or letter number), never free text. */
export const ZStaffReferenceSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._:/#-]*$/, 'a ticket or letter reference: letters, digits and . _ : / # -');
export const ZStartEarlyRequestSchema = z.object({ reference: ZStaffReferenceSchema }).strict();
export const ZStaffCancelRequestSchema = z.object({ reference: ZStaffReferenceSchema }).strict();
export const ZUnderAgeReportRequestSchema = z.object({ customerId: z.uuid(), reference: ZStaffReferenceSchema }).strict();
export const ZStaffErasureListQuerySchema = z.object({ customerId: z.uuid() }).strict();

export const ZErasureAlertSchema = z
  .object({
    stepId: z.uuid(),
    requestId: z.uuid(),
    customerId: z.uuid().nullable(),
    system: z.string(),
    lastError: z.string().nullable(),
    attempts: z.number().int(),
    deadLetteredAt: z.iso.datetime(),
  })
  .strict();
export const ZErasureAlertListResponseSchema = z.object({ alerts: z.array(ZErasureAlertSchema) }).strict();
export const ZStaffErasureListResponseSchema = z
  .object({ requests: z.array(ZErasureRequestViewSchema.extend({ reason: z.enum(['customer-request', 'under-age', 'retention']) }).strict()) })
  .strict();
