import { index, pgTable, text, timestamp, uuid, boolean, bigserial } from 'drizzle-orm/pg-core';
import { customers } from './customers.ts';

/**
 * Append-only consent ledger (GDPR Art. 7(1)): every grant and withdrawal; current state is its fold.
 */
export const consentLedger = pgTable(
  'consent_ledger',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    channel: text('channel').notNull(),
    granted: boolean('granted').notNull(),
    noticeVersion: text('notice_version').notNull(),
    /** portal | one-click-unsubscribe | sms-stop | gpc | staff-on-request | sign-up */
    method: text('method').notNull(),
    ipHash: text('ip_hash'),
    userAgentFamily: text('user_agent_family'),
    /** customer:<id> | staff:<id> | system */
    actor: text('actor').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consent_ledger_customer_idx').on(t.customerId, t.purpose, t.channel, t.seq)],
);
