import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { customers } from './customers.ts';
import { staffMembers } from './staff.ts';

/**
 * Staff acting as a customer, read-only and time-boxed (security.md line 18). The free-text reason
 * lives here, not in the audit trail (line 22): it is erased with the customer, while the audit
 * event keeps a keyed hash of it so the reason shown later can be checked.
 */
export const impersonationSessions = pgTable(
  'impersonation_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staffMembers.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    /** The staff member's session that carries it (sessions.impersonation_id points back). */
    sessionId: uuid('session_id').notNull(),
    /** customer-request | account-problem | privacy-request | technical-issue | other */
    reasonCategory: text('reason_category').notNull(),
    reason: text('reason').notNull(),
    ticketReference: text('ticket_reference').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }).notNull(),
    /** Fixed at the start (at most the profile's limit); never moved: impersonation is not extendable. */
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true, precision: 3 }),
    /** stopped | expired | signed-out | grant-revoked | customer-unavailable | staff-disabled */
    endReason: text('end_reason'),
  },
  (t) => [
    index('impersonation_sessions_customer_idx').on(t.customerId, t.startedAt.desc()),
    // Never nested: one open impersonation per staff member, whatever the application does.
    uniqueIndex('impersonation_sessions_one_open_per_staff')
      .on(t.staffId)
      .where(sql`${t.endedAt} is null`),
    check('impersonation_sessions_reason_length', sql`char_length(${t.reason}) >= 10`),
    check('impersonation_sessions_window', sql`${t.expiresAt} > ${t.startedAt} and ${t.expiresAt} <= ${t.startedAt} + interval '30 minutes'`),
    check('impersonation_sessions_ended', sql`(${t.endedAt} is null) = (${t.endReason} is null)`),
  ],
);

/** A customer's permission for support to open their account, for at most 7 days. */
export const supportAccessGrants = pgTable(
  'support_access_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    grantedAt: timestamp('granted_at', { withTimezone: true, precision: 3 }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index('support_access_grants_customer_idx').on(t.customerId, t.expiresAt.desc()),
    check('support_access_grants_window', sql`${t.expiresAt} > ${t.grantedAt} and ${t.expiresAt} <= ${t.grantedAt} + interval '7 days'`),
  ],
);
