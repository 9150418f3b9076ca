import { z } from 'zod';
import { ZStaffReferenceSchema } from '../schemas/erasure.schema.ts';
import { STAFF_ROLES } from './permissions.ts';

/**
 * The audit trail's event types (security.md lines 19–22, house style 13): one entry per `action`,
 * each with the exact shape of its `details`. Details carry ids and codes only, never free text
 * about a person, so erasing someone never has to rewrite the chain. The server validates every
 * event it appends against this union, and the audit viewer re-parses what it reads.
 */

/** Ids, keys and codes: `contact`, `givenName`, `STOP`, `rectify`. */
const ZCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/);
const ZId = z.uuid();
const ZIsoInstant = z.iso.datetime({ offset: true });
/** A route pattern such as `/api/my-data/categories/:category/records`: no values, only names. */
const ZRoutePattern = z.string().regex(/^\/api(\/[A-Za-z0-9:._-]+)*$/).max(200);
/** Ticket references of the operator's helpdesk: `SUP-1234`, `#5521`, `INC/2026/17`. */
export const ZTicketReferenceSchema = z
  .string()
  .trim()
  .min(2, 'Enter the ticket reference.')
  .max(40, 'Ticket references are at most 40 characters.')
  .regex(/^[A-Za-z0-9#][A-Za-z0-9#._/-]*$/, 'Use letters, digits and # . _ / - only.');

const method = z.object({ method: ZCode }).strict();
const none = z.object({}).strict();
const consentChange = z
  .object({ kind: ZCode, purpose: ZCode, channel: ZCode.nullable(), granted: z.boolean(), method: ZCode })
  .strict();

export const IMPERSONATION_END_REASONS = [
  'stopped',
  'expired',
  'signed-out',
  'grant-revoked',
  'customer-unavailable',
  'staff-disabled',
] as const;
export type TImpersonationEndReason = (typeof IMPERSONATION_END_REASONS)[number];

export const CUSTOMER_SEARCH_KINDS = ['email', 'phone', 'customer-number', 'name'] as const;
export type TCustomerSearchKind = (typeof CUSTOMER_SEARCH_KINDS)[number];

/** `details` of every event type, by `action`. A comment says when each is written. */
export const AUDIT_EVENT_DETAILS = {
  /** A password (or other first factor) did not match; the actor is the account when it exists. */
  'auth.sign-in.failed': method,
  /** The hundredth failure locked the account (security.md line 9). */
  'auth.account.locked': none,
  /** Password right; the second factor is still to come. */
  'auth.sign-in.first-factor-passed': method,
  'auth.sign-in.succeeded': method,
  'auth.second-factor.failed': method,
  'auth.second-factor.enrolled': method,
  'auth.second-factor.removed': method,
  'auth.sign-out': none,
  'auth.step-up.succeeded': method,
  'auth.step-up.failed': method,
  'auth.password.changed': none,
  'auth.password.reset': none,
  /** A customer the operator held set their first password. */
  'auth.account.claimed': none,
  'auth.email.verified': none,
  'auth.session.revoked': none,
  'auth.session.revoked-others': z.object({ count: z.number().int().min(0) }).strict(),
  'consent.granted': consentChange,
  'consent.withdrawn': consentChange,
  'consent.choice.opted-in': consentChange,
  'consent.choice.opted-out': consentChange,
  'consent.receipt.issued': z
    .object({ ledgerEntries: z.number().int().min(0), lastSeq: z.number().int().nullable() })
    .strict(),
  /** A STOP text from a number no customer has (the number itself is not kept). */
  /** A privacy officer published a new privacy notice version (announcement job queued). */
  'privacy-notice.published': z.object({ version: ZCode, effectiveDate: z.iso.date() }).strict(),
  /** The announcement job emailed customers about a notice version (system actor; counts only). */
  // Rows written before the per-customer mail jobs say `sent`; the chain keeps them as they were.
  'privacy-notice.announced': z.object({ version: ZCode, queued: z.number().int().min(0) }).strict(),
  'consent.sms-stop.unknown-number': z.object({ keyword: ZCode }).strict(),
  /** Staff saw a view of the customer's data (while impersonating). */
  'personal-data.viewed': z.object({ view: ZCode, category: ZCode.nullable() }).strict(),
  'personal-data.corrected': z
    .object({ category: ZCode, field: ZCode, correctionId: ZId, system: ZCode, systemStatus: ZCode })
    .strict(),
  'personal-data.rectification-requested': z
    .object({ category: ZCode, field: ZCode, disputed: z.boolean() })
    .strict(),
  'personal-data.contact-change.code-sent': z
    .object({ channel: ZCode, field: ZCode, label: z.string().min(1).max(80) })
    .strict(),
  /** An operator system confirmed (or failed) a change it had accepted earlier. */
  'connectors.operation.settled': z
    .object({ system: ZCode, operation: ZCode, status: ZCode })
    .strict(),
  /**
   * Staff started acting as the customer (RFC 8693: the customer is the subject, staff the actor).
   * The free-text reason is kept with the impersonation, erasable with the customer; the chain
   * holds its keyed hash, so the reason shown later can be checked against it.
   */
  'impersonation.started': z
    .object({
      reasonCategory: ZCode,
      reasonHash: z.string().regex(/^[0-9a-f]{64}$/),
      ticketReference: ZTicketReferenceSchema,
      expiresAt: ZIsoInstant,
    })
    .strict(),
  'impersonation.ended': z.object({ endReason: z.enum(IMPERSONATION_END_REASONS) }).strict(),
  /** Staff tried to start one and were refused (nested, staff target, locked account …). */
  'impersonation.refused': z.object({ refusal: ZCode }).strict(),
  /** One per request made while impersonating, with both identities (security.md line 18). */
  'impersonation.request': z.object({ method: ZCode, route: ZRoutePattern }).strict(),
  /** The customer let support open their account for a while (up to 7 days). */
  'support-access.granted': z.object({ days: z.number().int().min(1).max(7), expiresAt: ZIsoInstant }).strict(),
  'support-access.revoked': none,
  /** A staff search for customers: how it searched and how many it found, never the query. */
  'staff.customers.searched': z
    .object({ queryKind: z.enum(CUSTOMER_SEARCH_KINDS), resultCount: z.number().int().min(0) })
    .strict(),
  /** Staff opened a customer's summary in the staff console. */
  'staff.customer.viewed': none,
  'staff.member.created': z.object({ role: z.enum(STAFF_ROLES) }).strict(),
  'staff.member.role-changed': z.object({ from: z.enum(STAFF_ROLES), to: z.enum(STAFF_ROLES) }).strict(),
  'staff.member.disabled': z.object({ sessionsRevoked: z.number().int().min(0) }).strict(),
  'staff.member.enabled': none,
  /** The customer asked for a copy of their data ("Download my data"). */
  'export.request.created': z
    .object({ categories: z.number().int().min(1), formats: z.string().regex(/^[a-z,]+$/), from: z.iso.date().nullable(), to: z.iso.date().nullable() })
    .strict(),
  /** The job built the package (system actor). */
  'export.build.completed': z
    .object({ attempt: z.number().int().min(1), records: z.number().int().min(0), bytes: z.number().int().min(0) })
    .strict(),
  /** Out of attempts: the export failed for good (system actor). */
  'export.build.failed': z.object({ reason: ZCode, attempts: z.number().int().min(0) }).strict(),
  /** A short-lived download ticket was issued to the customer. */
  'export.link.issued': none,
  'export.file.downloaded': z.object({ bytes: z.number().int().min(0).nullable() }).strict(),
  /** A download was refused: someone else's ticket, an expired one, a file that is gone. */
  'export.file.download-refused': z.object({ reason: ZCode }).strict(),
  /** The file and its key were deleted after the link lifetime (system actor). */
  'export.file.purged': none,
  /** The customer asked to erase their account or some categories (after the grace period). */
  'erasure.request.created': z
    .object({ scope: z.enum(['account', 'categories']), categories: z.number().int().min(0), graceDays: z.number().int().min(0) })
    .strict(),
  /** Cancelled in the grace period: by the customer (scope), or by staff (their reference, the request's reason). */
  'erasure.request.cancelled': z
    .object({ scope: z.enum(['account', 'categories']).optional(), reference: ZStaffReferenceSchema.optional(), reason: ZCode.optional() })
    .strict(),
  /** Staff started it before the grace period ended, on the customer's written request. */
  'erasure.request.started-early': z.object({ reference: ZStaffReferenceSchema, graceDaysLeft: z.number().int() }).strict(),
  /** Staff reported an account of a child under the profile's minimum age: frozen, queued for erasure. */
  'erasure.under-age.reported': z.object({ reference: ZStaffReferenceSchema, minimumAge: z.number().int().nullable() }).strict(),
  /** A privacy officer retried a dead-lettered erasure step. */
  'erasure.step.retried': z.object({ system: ZCode }).strict(),
  /** Processing restricted (the account frozen, reversible) or the restriction lifted. */
  'erasure.restriction.started': none,
  'erasure.restriction.lifted': none,
  /** A retention run: its counts, and one `rule/category/effect=records/accounts` line per rule it touched. */
  'retention.run.completed': z
    .object({ runId: ZId, dryRun: z.boolean(), records: z.number().int().min(0), accounts: z.number().int().min(0) })
    .catchall(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+=\d+\/\d+$/)),
  'retention.run.dry-run': z
    .object({ runId: ZId, dryRun: z.boolean(), records: z.number().int().min(0), accounts: z.number().int().min(0) })
    .catchall(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+=\d+\/\d+$/)),
  'retention.run.failed': z.object({ runId: ZId, dryRun: z.boolean() }).strict(),
  /** A privacy officer searched the audit trail: which filters, not their values. */
  'audit.log.searched': z.object({ filters: z.array(ZCode).max(10) }).strict(),
  'audit.log.exported': z
    .object({ format: z.enum(['csv', 'json']), filters: z.array(ZCode).max(10) })
    .strict(),
  'audit.log.verified': z
    .object({ ok: z.boolean(), firstBadSeq: z.number().int().nullable(), reason: ZCode.nullable() })
    .strict(),
  /** Requests (issue 9): details name the type and status codes only; reasons stay on the request. */
  'request.filed': z.object({ type: ZCode, origin: ZCode }).strict(),
  'request.cancelled': none,
  'request.message.sent': z.object({ from: z.enum(['customer', 'staff']) }).strict(),
  'request.queue.viewed': z.object({ results: z.number().int().min(0) }).strict(),
  'request.viewed': none,
  'request.assigned': z.object({ to: z.enum(['me', 'nobody']) }).strict(),
  'request.acknowledged': none,
  'request.identity-verified': z.object({ method: ZCode }).strict(),
  'request.extended': z.object({ answerBy: ZIsoInstant }).strict(),
  'request.extension-refused': z.object({ extension: ZCode }).strict(),
  'request.completed': z.object({ outcome: ZCode }).strict(),
  'request.rejected': none,
  'request.hold.proposed': z.object({ holdId: ZId, action: z.enum(['place', 'lift']) }).strict(),
  'request.hold.decided': z.object({ holdId: ZId, action: z.enum(['place', 'lift']), decision: z.enum(['approved', 'declined']) }).strict(),
  'request.public.started': z.object({ type: ZCode }).strict(),
  'request.public.confirmed': z.object({ type: ZCode, matched: z.boolean() }).strict(),
  'request.public.code-rejected': z.object({ reason: ZCode }).strict(),
  'request.document.uploaded': z.object({ bytes: z.number().int().min(0) }).strict(),
  'request.document.read': none,
  'request.document.deleted': z.object({ reason: ZCode }).strict(),
} as const satisfies Record<string, z.ZodType>;

export type TAuditAction = keyof typeof AUDIT_EVENT_DETAILS;
export const AUDIT_ACTIONS = Object.keys(AUDIT_EVENT_DETAILS) as [TAuditAction, ...TAuditAction[]];
export const ZAuditActionSchema = z.enum(AUDIT_ACTIONS);

export type TAuditDetailsOf<A extends TAuditAction> = z.output<(typeof AUDIT_EVENT_DETAILS)[A]>;

/** `{ action, details }` of a typed event: a discriminated union on `action`. */
export const ZTypedAuditEventSchema = z.discriminatedUnion(
  'action',
  AUDIT_ACTIONS.map((action) =>
    z.object({ action: z.literal(action), details: AUDIT_EVENT_DETAILS[action] }),
  ) as unknown as [
    // The mapped array loses the per-action pairing; the declared element type restores the union.
    z.ZodObject<{ action: z.ZodLiteral<TAuditAction>; details: z.ZodType }>,
    ...z.ZodObject<{ action: z.ZodLiteral<TAuditAction>; details: z.ZodType }>[],
  ],
);
export type TTypedAuditEvent = { [A in TAuditAction]: { action: A; details: TAuditDetailsOf<A> } }[TAuditAction];

export function isTypedAuditAction(action: string): action is TAuditAction {
  return Object.hasOwn(AUDIT_EVENT_DETAILS, action);
}

/**
 * The details of `action`, parsed by its schema (throws when they do not fit). Actions not in the
 * union yet pass through: the server still holds them to ids and codes (ZAuditDetailsSchema).
 */
export function parseAuditDetails(action: string, details: unknown): Record<string, unknown> {
  if (!isTypedAuditAction(action)) return (details ?? {}) as Record<string, unknown>;
  return AUDIT_EVENT_DETAILS[action].parse(details ?? {}) as Record<string, unknown>;
}
