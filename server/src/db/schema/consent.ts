import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  pgTable,
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
