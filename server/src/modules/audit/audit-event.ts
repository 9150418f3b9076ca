import { z } from 'zod';
import { parseAuditDetails } from '@portal/shared/domain/audit-events';
import type { auditEvents } from '../../db/schema/index.ts';
import type { TAuditEventContent } from './audit-hash.ts';

// Postgres prints uuids in lower case; hashing what the caller typed would break on read-back.
const ZUuid = z.uuid().transform((id) => id.toLowerCase());
const ZCode = z.string().regex(/^[a-z0-9][a-z0-9._:-]{0,63}$/);
// Short, no control characters: room for ids and codes, not for free text about a person.
const ZShortText = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\p{Cc}]*$/u);
const ZDetailScalar = z.union([ZShortText, z.number(), z.boolean(), z.null()]);

/** Ids and codes only, never free text about a person (security.md line 22). */
export const ZAuditDetailsSchema = z.record(
  z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/),
  z.union([ZDetailScalar, z.array(ZDetailScalar).max(100)]),
);
export type TAuditDetails = z.input<typeof ZAuditDetailsSchema>;

/** What a caller appends; the chain columns and the time are filled in by the append. */
export const ZAuditEventInputSchema = z
  .object({
    /** `<area>.<thing>.<what happened>`, e.g. `auth.sign-in.succeeded`. */
    action: z
      .string()
      .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/)
      .max(100),
    outcome: z.enum(['success', 'failure', 'denied']),
    actorKind: z.enum(['customer', 'staff', 'system', 'anonymous']),
    actorId: ZUuid.nullish(),
    subjectCustomerId: ZUuid.nullish(),
    impersonationId: ZUuid.nullish(),
    sessionIdHash: ZShortText.nullish(),
    requestId: ZShortText.nullish(),
    targetType: ZCode.nullish(),
    targetId: ZShortText.nullish(),
    ipHash: ZShortText.nullish(),
    details: ZAuditDetailsSchema.default({}),
    /** Defaults to the service clock. */
    occurredAt: z.date().optional(),
  })
  .refine((e) => (e.actorKind === 'customer' || e.actorKind === 'staff') === (e.actorId != null), {
    message: 'actorId is required for customers and staff, and absent otherwise',
    path: ['actorId'],
  });
export type TAuditEventInput = z.input<typeof ZAuditEventInputSchema>;

export type TAuditEventRow = typeof auditEvents.$inferSelect;

/** Validates and normalises an event into exactly what is stored and hashed. */
export function toAuditEventContent(input: TAuditEventInput, now: () => Date): TAuditEventContent {
  // Typed events (shared/domain/audit-events.ts) must match their own schema; others still only ids and codes.
  const e = ZAuditEventInputSchema.parse({ ...input, details: parseAuditDetails(input.action, input.details ?? {}) });
  // Whole milliseconds: the column keeps milliseconds, and the hash covers the ISO string.
  const occurredAt = new Date(Math.floor((e.occurredAt ?? now()).getTime()));
  if (Number.isNaN(occurredAt.getTime())) throw new Error('audit event time is not a valid date');
  return {
    occurredAt,
    action: e.action,
    outcome: e.outcome,
    actorKind: e.actorKind,
    actorId: e.actorId ?? null,
    subjectCustomerId: e.subjectCustomerId ?? null,
    impersonationId: e.impersonationId ?? null,
    sessionIdHash: e.sessionIdHash ?? null,
    requestId: e.requestId ?? null,
    targetType: e.targetType ?? null,
    targetId: e.targetId ?? null,
    ipHash: e.ipHash ?? null,
    details: e.details,
  };
}
