import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { customers } from './customers.ts';

/**
 * Every state-changing call the portal made to a system's connector (rectify, erase, restrict),
 * keyed by the idempotency key it was sent with: a replay returns the stored receipt instead of
 * acting twice, and a system that answered `202 Accepted` completes the row later through its
 * signed callback (docs/connector-protocol.md). Reads (access) are not stored.
 */
export const connectorOperations = pgTable(
  'connector_operations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The profile's system id. */
    system: text('system').notNull(),
    operation: text('operation', { enum: ['rectify', 'erase', 'restrict', 'lift-restriction', 'consent'] }).notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    customerId: uuid('customer_id').references(() => customers.id, { onDelete: 'set null' }),
    /** in-progress while the call runs; then the receipt's status. */
    status: text('status', { enum: ['in-progress', 'done', 'accepted', 'failed'] }).notNull(),
    /** The system's own reference for the operation (what its callback names). */
    reference: text('reference'),
    attempts: integer('attempts').notNull().default(0),
    /** The receipt returned to callers (ids and codes only, never values). */
    receipt: jsonb('receipt').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('connector_operations_key').on(t.system, t.idempotencyKey),
    index('connector_operations_reference_idx').on(t.system, t.reference),
    check('connector_operations_status_known', sql`${t.status} in ('in-progress', 'done', 'accepted', 'failed')`),
  ],
);

/** One correction a customer made in the portal (the change history); values are not copied here. */
export const corrections = pgTable(
  'corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    category: text('category').notNull(),
    field: text('field').notNull(),
    /** The record corrected in a records category; null for the account. */
    recordId: text('record_id'),
    actorKind: text('actor_kind', { enum: ['customer', 'staff'] }).notNull(),
    actorId: uuid('actor_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('corrections_customer_idx').on(t.customerId, t.createdAt.desc(), t.id)],
);

/**
 * Where a correction was passed on (GDPR Art. 19): the system holding the field, through its
 * connector, and each recipient the inventory lists for the field. The customer sees each status.
 */
export const correctionPropagations = pgTable(
  'correction_propagations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    correctionId: uuid('correction_id')
      .notNull()
      .references(() => corrections.id, { onDelete: 'cascade' }),
    targetKind: text('target_kind', { enum: ['system', 'recipient'] }).notNull(),
    targetId: text('target_id').notNull(),
    /** done | accepted (waiting for the system's callback) | failed (retried) | pending (staff pass it on) */
    status: text('status', { enum: ['done', 'accepted', 'failed', 'pending'] }).notNull(),
    operationId: uuid('operation_id').references(() => connectorOperations.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('correction_propagations_target_key').on(t.correctionId, t.targetKind, t.targetId),
    index('correction_propagations_operation_idx').on(t.operationId),
    check('correction_propagations_status_known', sql`${t.status} in ('done', 'accepted', 'failed', 'pending')`),
  ],
);

/**
 * A customer's request to correct a field they cannot edit themselves (an invoice name), with an
 * optional "disputed" flag that restricts processing of the field until staff resolve it (GDPR
 * Art. 18(1)(a)). The unified request model of a later issue takes these over.
 */
export const rectificationRequests = pgTable(
  'rectification_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    category: text('category').notNull(),
    field: text('field').notNull(),
    recordId: text('record_id'),
    proposedValue: text('proposed_value'),
    note: text('note').notNull(),
    disputed: boolean('disputed').notNull().default(false),
    status: text('status', { enum: ['received', 'resolved', 'rejected'] }).notNull().default('received'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [
    index('rectification_requests_customer_idx').on(t.customerId, t.createdAt.desc()),
    check('rectification_requests_status_known', sql`${t.status} in ('received', 'resolved', 'rejected')`),
  ],
);
