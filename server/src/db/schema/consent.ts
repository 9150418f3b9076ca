import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { TConsentChannel } from '@portal/shared/domain/consent-channels';
import {
  CONSENT_METHODS,
  type TConsentMethod,
  type TLedgerEntryKind,
} from '@portal/shared/domain/consent-methods';
import { customers } from './customers.ts';

const METHOD_LIST = sql.raw(CONSENT_METHODS.map((m) => `'${m}'`).join(', '));

/**
 * Append-only consent ledger (GDPR Art. 7(1)): every grant and withdrawal of a consent (purpose ×
 * channel) and every US privacy choice; the current state is its fold (last entry wins).
 *
 * Append-only is enforced by triggers in migration 0002_consent_ledger (UPDATE and TRUNCATE always
 * rejected; DELETE only as the cascade of deleting the customer row). Erasure anonymises the
 * customer row and keeps this proof for the profile's retention period (the inventory marks the
 * category not erasable); only a hard delete of the customer row (demo resets) takes it along.
 * See server/src/modules/consent/README.md.
 */
export const consentLedger = pgTable(
  'consent_ledger',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    /** `consent`: purpose × channel, absent = not granted. `privacy-choice`: an opt-out, absent = allowed. `cookie`: a cookie category, absent = not allowed. */
    kind: text('kind').$type<TLedgerEntryKind>().notNull().default('consent'),
    /** A consent purpose id of the profile, a privacy choice (`sale-or-sharing`, …) or a cookie category (`analytics`, …). */
    purpose: text('purpose').notNull(),
    /** The channel of a consent; null for privacy choices. */
    channel: text('channel').$type<TConsentChannel>(),
    /** Whether the customer allows it after this entry (a withdrawal or opt-out is `false`). */
    granted: boolean('granted').notNull(),
    noticeVersion: text('notice_version').notNull(),
    /** The explanation the customer was shown with the toggle, in their language; null when none was. */
    wording: text('wording'),
    method: text('method').$type<TConsentMethod>().notNull(),
    /** HMAC of the client IP with the server secret (never the raw address); null without a request. */
    ipHash: text('ip_hash'),
    userAgentFamily: text('user_agent_family'),
    /** Whether the request carried a Global Privacy Control signal (an opt-in against it was confirmed). */
    gpcSignal: boolean('gpc_signal').notNull().default(false),
    /** customer:<id> | staff:<id> | system */
    actor: text('actor').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('consent_ledger_customer_idx').on(t.customerId, t.kind, t.purpose, t.channel, t.seq),
    index('consent_ledger_customer_seq_idx').on(t.customerId, t.seq),
    check(
      'consent_ledger_kind_channel_check',
      sql`(${t.kind} = 'consent' and ${t.channel} is not null) or (${t.kind} in ('privacy-choice', 'cookie') and ${t.channel} is null)`,
    ),
    check('consent_ledger_method_check', sql`${t.method} in (${METHOD_LIST})`),
    check(
      'consent_ledger_actor_check',
      sql`${t.actor} ~ '^(customer|staff):[0-9a-f-]{36}$|^system$'`,
    ),
  ],
);

export const CONSENT_DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type TConsentDeliveryStatus = (typeof CONSENT_DELIVERY_STATUSES)[number];

/**
 * Each consent change pushed to each recipient system that uses it (through its connector), with
 * its status: `pending` until the system confirms, `failed` once the retries are spent. Written in
 * the same transaction as the ledger row; the `consent.deliver` job does the push.
 */
export const consentDeliveries = pgTable(
  'consent_deliveries',
  {
    ledgerSeq: bigint('ledger_seq', { mode: 'number' })
      .notNull()
      .references(() => consentLedger.seq, { onDelete: 'cascade' }),
    system: text('system').notNull(),
    status: text('status').$type<TConsentDeliveryStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** A code (`unreachable`, `rejected`, `not-found`), never the system's message. */
    lastError: text('last_error'),
    /** The system's reference for the change, from its receipt. */
    reference: text('reference'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.ledgerSeq, t.system] }),
    check('consent_deliveries_status_check', sql`${t.status} in ('pending', 'delivered', 'failed')`),
  ],
);
