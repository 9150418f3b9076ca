import { z } from 'zod';
import { IMPERSONATION_END_REASONS } from '../domain/audit-events.ts';
import { STAFF_ROLES } from '../domain/permissions.ts';
import { ZImpersonationReasonCategorySchema } from './impersonation.schema.ts';

/**
 * The audit viewer of privacy officers (search, verify, export) and the customer's "Who touched my
 * data" (product.md capability 8), both read from the tamper-evident audit trail.
 */

const ZInstantSchema = z.iso.datetime({ offset: true });
const ZCodeSchema = z.string().regex(/^[a-z0-9][a-z0-9._:-]{0,99}$/);

// ------------------------------------------------------------------ audit viewer

/**
 * The columns of the viewer's table, in order. CSV and JSON exports carry exactly these, so what a
 * privacy officer hands on is what they saw.
 */
export const AUDIT_COLUMNS = [
  'seq',
  'occurredAt',
  'action',
  'outcome',
  'actor',
  'actorId',
  'customer',
  'customerId',
  'impersonationId',
  'target',
  'details',
  'hash',
] as const;
export type TAuditColumn = (typeof AUDIT_COLUMNS)[number];

export const ZAuditEntrySchema = z
  .object({
    seq: z.number().int().positive(),
    occurredAt: ZInstantSchema,
    action: z.string(),
    outcome: z.enum(['success', 'failure', 'denied']),
    /** `staff STAFF-001 (support-agent)`, `customer COCOMO-010001`, `system`, `anonymous`. */
    actor: z.string(),
    actorId: z.uuid().nullable(),
    /** The customer number of the subject, when the event concerns a customer who still exists. */
    customer: z.string().nullable(),
    customerId: z.uuid().nullable(),
    impersonationId: z.uuid().nullable(),
    /** `type:id`, e.g. `session:…`, `personal-data:overview`. */
    target: z.string().nullable(),
    /** The event's details as canonical JSON (ids and codes only). */
    details: z.string(),
    hash: z.string(),
  })
  .strict();
export type TAuditEntry = z.infer<typeof ZAuditEntrySchema>;

const ZLookupSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9-]+$/, 'Enter an id or number such as COCOMO-010001 or STAFF-001.');

export const ZAuditFiltersSchema = z
  .object({
    /** A customer id or customer number. */
    customer: ZLookupSchema.optional(),
    /** A staff member's id or staff number. */
    staff: ZLookupSchema.optional(),
    /** An event type (`action`), e.g. `impersonation.started`. */
    action: ZCodeSchema.optional(),
    /** Whole days in the operator's time zone, inclusive. */
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  })
  .strict();
export type TAuditFilters = z.infer<typeof ZAuditFiltersSchema>;

export const ZAuditSearchQuerySchema = ZAuditFiltersSchema.extend({
  /** The `nextCursor` of the previous page. */
  cursor: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
}).strict();

export const ZAuditExportQuerySchema = ZAuditFiltersSchema.extend({
  format: z.enum(['csv', 'json']),
}).strict();

export const ZAuditSearchResponseSchema = z
  .object({ entries: z.array(ZAuditEntrySchema), nextCursor: z.number().int().nullable() })
  .strict();
export type TAuditSearchResponse = z.infer<typeof ZAuditSearchResponseSchema>;

export const ZAuditVerificationSchema = z
  .object({
    ok: z.boolean(),
    /** The first sequence number that fails, when the log is broken. */
    firstBadSeq: z.number().int().nullable(),
    reason: z
      .enum(['gap', 'prev-hash-mismatch', 'hash-mismatch', 'checkpoint-invalid', 'checkpoint-mismatch', 'truncated'])
      .nullable(),
    events: z.number().int(),
    checkpoints: z.number().int(),
    lastSeq: z.number().int().nullable(),
    lastCheckpointSeq: z.number().int().nullable(),
    checkedAt: ZInstantSchema,
  })
  .strict();
export type TAuditVerification = z.infer<typeof ZAuditVerificationSchema>;

// ------------------------------------------------------------------ who touched my data

/** Staff are shown to customers by role and first name only. */
const ZStaffShownSchema = z.object({ role: z.enum(STAFF_ROLES), firstName: z.string() }).strict();

const ZViewedSchema = z
  .object({ view: z.string(), category: z.string().nullable(), categoryLabel: z.string().nullable(), at: ZInstantSchema })
  .strict();

export const ZAccessLogEntrySchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('impersonation'),
      id: z.uuid(),
      seq: z.number().int(),
      at: ZInstantSchema,
      staff: ZStaffShownSchema,
      reasonCategory: ZImpersonationReasonCategorySchema,
      reason: z.string(),
      ticketReference: z.string(),
      /** When it ended (stopped, timed out …); null while it is still going on. */
      endedAt: ZInstantSchema.nullable(),
      endReason: z.enum(IMPERSONATION_END_REASONS).nullable(),
      viewed: z.array(ZViewedSchema),
      /** Changes staff tried while impersonating; the portal refused every one. */
      refused: z.number().int().min(0),
      /** The chain verifies these events and the reason shown matches the one recorded. */
      verified: z.boolean(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('staff-access'),
      seq: z.number().int(),
      at: ZInstantSchema,
      staff: ZStaffShownSchema,
      action: z.string(),
      verified: z.boolean(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('correction'),
      seq: z.number().int(),
      at: ZInstantSchema,
      categoryLabel: z.string(),
      fieldLabel: z.string(),
      system: z.object({ id: z.string(), label: z.string() }).strict(),
      systemStatus: z.string(),
      verified: z.boolean(),
    })
    .strict(),
]);
export type TAccessLogEntry = z.infer<typeof ZAccessLogEntrySchema>;

export const ZAccessLogQuerySchema = z
  .object({
    cursor: z.coerce.number().int().positive().optional(),
    language: z.enum(['en', 'nl', 'vi']).optional(),
  })
  .strict();

export const ZAccessLogResponseSchema = z
  .object({
    entries: z.array(ZAccessLogEntrySchema),
    nextCursor: z.number().int().nullable(),
    chain: z
      .object({
        /** Every event shown was checked against the hash chain up to a signed checkpoint (or the head). */
        verified: z.boolean(),
        /** The newest signed checkpoint; events after it are chained but not yet signed. */
        signedUpToSeq: z.number().int().nullable(),
        checkedAt: ZInstantSchema,
      })
      .strict(),
  })
  .strict();
export type TAccessLogResponse = z.infer<typeof ZAccessLogResponseSchema>;
