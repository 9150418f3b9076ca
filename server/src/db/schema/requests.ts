import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, customType, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { TRequestType } from '@portal/shared/domain/request-types';
import type { TRequestOrigin, TRequestStatus } from '@portal/shared/schemas/requests.schema';
import { customers } from './customers.ts';
import { staffMembers } from './staff.ts';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** What a public requester told us, kept sealed (AES-GCM with the server secret) in `requester_sealed`. */
export type TRequesterDetails = {
  email: string;
  dataPoints: Record<string, string>;
  matchedDataPoints: number | null;
  agent: { name: string; email: string; permission: string } | null;
  declaration: { signedName: string } | null;
};

/**
 * One request per right exercised (issue 9), whatever made it. Exports, erasures, corrections and
 * privacy-choice opt-outs are mirrored here by triggers (migration `0011_requests`) in the same
 * transaction as their own row, so no code path can forget one; requests the customer files, the
 * public pages take and staff record are written by the requests module. Deadlines are not stored:
 * they are computed from `received_at`, the type, the residence and the extension notice by the
 * shared deadline engine on every read, so a corrected profile rule corrects every open request.
 */
export const privacyRequests = pgTable(
  'privacy_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull(),
    /** Null for a public request no account matched, or once the account shell is removed. */
    customerId: uuid('customer_id').references(() => customers.id, { onDelete: 'set null' }),
    type: text('type').$type<TRequestType>().notNull(),
    status: text('status').$type<TRequestStatus>().notNull(),
    origin: text('origin').$type<TRequestOrigin>().notNull(),
    /** The feature's own row (data_exports, erasure_requests, …) for feature-made requests. */
    originId: uuid('origin_id'),
    details: text('details'),
    language: text('language').notNull(),
    processorsInvolved: boolean('processors_involved').notNull().default(false),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    identityVerifiedAt: timestamp('identity_verified_at', { withTimezone: true }),
    identityMethod: text('identity_method'),
    assignedTo: uuid('assigned_to').references(() => staffMembers.id, { onDelete: 'set null' }),
    extensionNoticeAt: timestamp('extension_notice_at', { withTimezone: true }),
    extensionReason: text('extension_reason'),
    outcomeReason: text('outcome_reason'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    requesterSealed: text('requester_sealed'),
  },
  (t) => [
    uniqueIndex('privacy_requests_reference').on(t.reference),
    uniqueIndex('privacy_requests_origin').on(t.origin, t.originId),
    index('privacy_requests_customer_idx').on(t.customerId, t.receivedAt),
    index('privacy_requests_open_idx').on(t.status, t.receivedAt),
    check(
      'privacy_requests_status_known',
      sql`${t.status} in ('received', 'identity-pending', 'in-progress', 'on-hold', 'extended', 'completed', 'partially-completed', 'rejected', 'cancelled')`,
    ),
    check('privacy_requests_origin_known', sql`${t.origin} in ('export', 'erasure', 'rectification', 'restriction', 'privacy-choice', 'portal', 'public', 'staff')`),
  ],
);

/** The timeline: append-only (triggers and grants in 0011), one row per transition or action. */
export const requestEvents = pgTable(
  'request_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => privacyRequests.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    kind: text('kind').notNull(),
    status: text('status').$type<TRequestStatus>(),
    actorKind: text('actor_kind', { enum: ['customer', 'staff', 'system'] }).notNull(),
    actorId: uuid('actor_id'),
    note: text('note'),
  },
  (t) => [index('request_events_request_idx').on(t.requestId, t.id)],
);

export const requestMessages = pgTable(
  'request_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => privacyRequests.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    fromKind: text('from_kind', { enum: ['customer', 'staff', 'system'] }).notNull(),
    staffId: uuid('staff_id').references(() => staffMembers.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
  },
  (t) => [index('request_messages_request_idx').on(t.requestId, t.at)],
);

/** A legal hold placed or lifted only when a second privacy officer confirms (two-person rule). */
export const requestHolds = pgTable(
  'request_holds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => privacyRequests.id, { onDelete: 'cascade' }),
    action: text('action', { enum: ['place', 'lift'] }).notNull(),
    reason: text('reason').notNull(),
    proposedBy: uuid('proposed_by')
      .notNull()
      .references(() => staffMembers.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull(),
    decidedBy: uuid('decided_by').references(() => staffMembers.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decision: text('decision', { enum: ['pending', 'approved', 'declined'] }).notNull().default('pending'),
  },
  (t) => [
    uniqueIndex('request_holds_one_pending').on(t.requestId).where(sql`decision = 'pending'`),
    check('request_holds_second_person', sql`${t.decidedBy} is null or ${t.decidedBy} <> ${t.proposedBy}`),
  ],
);

/** A public request waiting for the emailed code; the request is created when it is confirmed. */
export const publicRequestVerifications = pgTable('public_request_verifications', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** The whole submission, sealed: it names a person who has not yet proved who they are. */
  submissionSealed: text('submission_sealed').notNull(),
  codeHash: text('code_hash').notNull(),
  attempts: integer('attempts').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  requestId: uuid('request_id').references(() => privacyRequests.id, { onDelete: 'cascade' }),
});

/** The last-resort ID document: encrypted at rest, deleted when verified or closed, at most 30 days. */
export const requestDocuments = pgTable(
  'request_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => privacyRequests.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    /** AES-256-GCM: iv (12) ‖ tag (16) ‖ ciphertext, with a key derived from the server secret. */
    sealed: bytea('sealed'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
    deleteBy: timestamp('delete_by', { withTimezone: true }).notNull(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('request_documents_due_idx').on(t.deleteBy).where(sql`deleted_at is null`)],
);
