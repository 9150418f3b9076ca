import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { TErasureScope, TErasureStatus, TErasureStepStatus } from '@portal/shared/schemas/erasure.schema';
import { customers } from './customers.ts';

/**
 * A request to erase the customer's whole account or some categories of it ("Delete my data").
 * It waits out the grace period in `scheduled` (the customer can cancel), then the saga runs:
 * freeze (whole account only), one step per system, the certificate. The row is the truth the
 * customer sees; pg-boss jobs drive it (docs/decisions/0004-erasure-strategy.md).
 *
 * `customer_id` is set null when the anonymised account shell is finally removed by the retention
 * engine: the request, its receipts and its certificate stay as proof, naming nobody.
 */
export const erasureRequests = pgTable(
  'erasure_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id').references(() => customers.id, { onDelete: 'set null' }),
    scope: text('scope').$type<TErasureScope>().notNull(),
    /** The categories to erase; for the whole account, every category of the profile. */
    categories: jsonb('categories').$type<string[]>().notNull(),
    /** Why: the customer asked, an under-age account was found or reported (children's rule), or its retention period ended. */
    reason: text('reason', { enum: ['customer-request', 'under-age', 'retention'] }).notNull().default('customer-request'),
    /** The client's Idempotency-Key (null for requests staff or the retention engine made). */
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash'),
    requestId: text('request_id').notNull(),
    status: text('status').$type<TErasureStatus>().notNull().default('scheduled'),
    language: text('language').notNull(),
    graceDays: integer('grace_days').notNull(),
    /** When the grace period ends and the saga starts. */
    scheduledFor: timestamp('scheduled_for', { withTimezone: true }).notNull(),
    /**
     * Who the systems know the customer as (email, customer number), sealed with the server secret.
     * Taken at the freeze, because the own-tables step anonymises the account before other systems
     * may have been reached; cleared once the last email went out.
     */
    subjectSealed: text('subject_sealed'),
    /** Staff who started it before the grace period ended, and the customer's written request. */
    startedEarlyBy: uuid('started_early_by'),
    earlyReference: text('early_reference'),
    /** The signed certificate (compact JWS) once every step ended. */
    certificate: text('certificate'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** The completion email went out (or there was nobody left to tell). */
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('erasure_requests_idempotency_key').on(t.customerId, t.idempotencyKey),
    // One erasure waiting or running per customer, enforced by the database too (two racing requests).
    uniqueIndex('erasure_requests_one_open').on(t.customerId).where(sql`status in ('scheduled', 'running', 'needs-attention')`),
    index('erasure_requests_customer_idx').on(t.customerId, t.createdAt),
    check('erasure_requests_status_known', sql`${t.status} in ('scheduled', 'cancelled', 'running', 'needs-attention', 'completed')`),
    check('erasure_requests_scope_known', sql`${t.scope} in ('account', 'categories')`),
  ],
);

/**
 * One system's part of an erasure: erase (or anonymise) its categories through its connector and
 * keep its receipt. The idempotency key is fixed per step, so however often the step runs (retries,
 * a crashed worker), the system acts once; `locked_by` fences out an attempt presumed dead.
 */
export const erasureSteps = pgTable(
  'erasure_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => erasureRequests.id, { onDelete: 'cascade' }),
    system: text('system').notNull(),
    categories: jsonb('categories').$type<string[]>().notNull(),
    status: text('status').$type<TErasureStepStatus>().notNull().default('pending'),
    idempotencyKey: text('idempotency_key').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lockedBy: text('locked_by'),
    /** The connector's receipt with what was erased, anonymised and kept (ids, codes, counts, dates). */
    receipt: jsonb('receipt').$type<Record<string, unknown>>(),
    /** The receipt signed (JWS of kind `erasure-receipt`), for the customer and auditors. */
    receiptJws: text('receipt_jws'),
    /** The last failure as a code (`unreachable`, `rejected`, …), never a message with personal data. */
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    deadLetteredAt: timestamp('dead_lettered_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('erasure_steps_request_system_key').on(t.requestId, t.system),
    index('erasure_steps_dead_idx').on(t.status).where(sql`status = 'dead-lettered'`),
    check('erasure_steps_status_known', sql`${t.status} in ('pending', 'running', 'waiting', 'done', 'dead-lettered')`),
  ],
);

/**
 * Values erasure or retention kept without any link to a person (inventory `onErasure: 'anonymise'`):
 * no customer id, the day only, and only the fields the inventory marks for it.
 */
export const anonymousRecords = pgTable(
  'anonymous_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    category: text('category').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('anonymous_records_category_idx').on(t.category, t.occurredOn)],
);
