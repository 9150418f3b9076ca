import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { TExportFormat, TExportStatus } from '@portal/shared/schemas/export.schema';
import { customers } from './customers.ts';

/**
 * A customer's "download my data" export: the request, its progress and its file. A pg-boss job
 * (`export.build`) builds it; the row is the truth the customer sees, and its `locked_by` fences
 * out an older attempt of the job that is still running. See docs/decisions/0002-job-queue.md and
 * docs/export-format.md.
 */
export const dataExports = pgTable(
  'data_exports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    /** The client's Idempotency-Key, unique per customer. */
    idempotencyKey: text('idempotency_key').notNull(),
    /** SHA-256 of the normalised request body: the same key with another body is refused. */
    requestHash: text('request_hash').notNull(),
    /** The HTTP request that asked for it (named in the manifest). */
    requestId: text('request_id').notNull(),
    status: text('status').$type<TExportStatus>().notNull().default('queued'),
    categories: jsonb('categories').$type<string[]>().notNull(),
    dateFrom: date('date_from', { mode: 'string' }),
    dateTo: date('date_to', { mode: 'string' }),
    formats: jsonb('formats').$type<TExportFormat[]>().notNull(),
    language: text('language').notNull(),
    categoriesDone: integer('categories_done').notNull().default(0),
    recordsWritten: bigint('records_written', { mode: 'number' }).notNull().default(0),
    attempts: integer('attempts').notNull().default(0),
    /** The job attempt building it (`<job id>/<retry>`): progress and completion from any other attempt are refused. */
    lockedBy: text('locked_by'),
    /** The file's AES-256-GCM key, sealed with the server secret; erased with the file (crypto-shredding). */
    keySealed: text('key_sealed'),
    fileName: text('file_name'),
    fileSize: bigint('file_size', { mode: 'number' }),
    fileSha256: text('file_sha256'),
    /** A code, never a message with personal data. */
    failure: text('failure'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    purgedAt: timestamp('purged_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('data_exports_idempotency_key').on(t.customerId, t.idempotencyKey),
    // One active export per customer, enforced by the database too (two racing requests).
    uniqueIndex('data_exports_one_active').on(t.customerId).where(sql`status in ('queued', 'running')`),
    index('data_exports_customer_idx').on(t.customerId, t.createdAt),
    index('data_exports_expiry_idx').on(t.status, t.expiresAt),
    check('data_exports_status_known', sql`${t.status} in ('queued', 'running', 'ready', 'failed', 'expired', 'cancelled')`),
  ],
);
