import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The tamper-evident audit trail (security.md lines 19–22). Rows are only ever added by
 * modules/audit/audit.repository.ts: `seq` is gapless (given out under an advisory lock, not by a
 * sequence, whose aborted transactions leave holes) and `hash` chains each row to the one before.
 * Triggers (migration audit_append_only) refuse UPDATE, DELETE and TRUNCATE.
 *
 * No foreign keys on purpose: rows outlive the customers and staff they name, and carry ids only,
 * so erasing a person never has to rewrite the chain.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    /** Millisecond precision, so the ISO string that was hashed is exactly what reads back. */
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    /** `<area>.<thing>.<what happened>`, e.g. `auth.sign-in.succeeded`. */
    action: text('action').notNull(),
    outcome: text('outcome', { enum: ['success', 'failure', 'denied'] }).notNull(),
    actorKind: text('actor_kind', { enum: ['customer', 'staff', 'system', 'anonymous'] }).notNull(),
    actorId: uuid('actor_id'),
    /** Whose data the event concerns. */
    subjectCustomerId: uuid('subject_customer_id'),
    impersonationId: uuid('impersonation_id'),
    sessionIdHash: text('session_id_hash'),
    requestId: text('request_id'),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ipHash: text('ip_hash'),
    /** Ids and codes only, never free text about a person. */
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_events_subject_idx').on(t.subjectCustomerId, t.seq.desc()),
    index('audit_events_actor_idx').on(t.actorId, t.seq.desc()),
    index('audit_events_action_idx').on(t.action, t.seq),
    check('audit_events_seq_positive', sql`${t.seq} > 0`),
    check('audit_events_outcome_known', sql`${t.outcome} in ('success', 'failure', 'denied')`),
    check(
      'audit_events_actor_kind_known',
      sql`${t.actorKind} in ('customer', 'staff', 'system', 'anonymous')`,
    ),
    check(
      'audit_events_actor_id_matches_kind',
      sql`(${t.actorKind} in ('customer', 'staff')) = (${t.actorId} is not null)`,
    ),
    check('audit_events_details_object', sql`jsonb_typeof(${t.details}) = 'object'`),
    check(
      'audit_events_hashes_hex',
      sql`${t.prevHash} ~ '^[0-9a-f]{64}$' and ${t.hash} ~ '^[0-9a-f]{64}$'`,
    ),
  ],
);

/** Signed statements "the log had `seq` events and its head was `hash`"; append-only like the log. */
export const auditCheckpoints = pgTable(
  'audit_checkpoints',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    hash: text('hash').notNull(),
    /** Compact JWS of kind `audit-checkpoint` (lib/tokens) over `{ seq, hash }`. */
    jws: text('jws').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [check('audit_checkpoints_hash_hex', sql`${t.hash} ~ '^[0-9a-f]{64}$'`)],
);
