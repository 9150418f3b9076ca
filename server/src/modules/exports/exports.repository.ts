import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { dataExports } from '../../db/schema/exports.ts';

export type TExportRow = typeof dataExports.$inferSelect;
export type TNewExport = typeof dataExports.$inferInsert;

const ACTIVE = ['queued', 'running'] as const;

export async function findExportByKey(db: DbOrTx, customerId: string, idempotencyKey: string): Promise<TExportRow | undefined> {
  const [row] = await db
    .select()
    .from(dataExports)
    .where(and(eq(dataExports.customerId, customerId), eq(dataExports.idempotencyKey, idempotencyKey)));
  return row;
}

export async function findActiveExport(db: DbOrTx, customerId: string): Promise<TExportRow | undefined> {
  const [row] = await db
    .select()
    .from(dataExports)
    .where(and(eq(dataExports.customerId, customerId), inArray(dataExports.status, [...ACTIVE])));
  return row;
}

/** The customer's export, or undefined when it is not theirs (callers answer 404 either way). */
export async function findCustomerExport(db: DbOrTx, customerId: string, id: string): Promise<TExportRow | undefined> {
  const [row] = await db.select().from(dataExports).where(and(eq(dataExports.id, id), eq(dataExports.customerId, customerId)));
  return row;
}

export async function findExport(db: DbOrTx, id: string): Promise<TExportRow | undefined> {
  const [row] = await db.select().from(dataExports).where(eq(dataExports.id, id));
  return row;
}

export async function listCustomerExports(db: DbOrTx, customerId: string, limit = 20): Promise<TExportRow[]> {
  return db
    .select()
    .from(dataExports)
    .where(eq(dataExports.customerId, customerId))
    .orderBy(desc(dataExports.createdAt), desc(dataExports.id))
    .limit(limit);
}

export async function insertExport(db: DbOrTx, values: TNewExport): Promise<TExportRow> {
  const [row] = await db.insert(dataExports).values(values).returning();
  if (!row) throw new Error('export not inserted');
  return row;
}

/**
 * Hands export `id` to one attempt of its build job (`fence`) and gives it its file key (kept from
 * an earlier attempt, so any attempt's file opens with it). Undefined when there is nothing to build
 * any more: ready, failed, cancelled or gone (a job that runs again after success does nothing).
 */
export async function claimExport(db: DbOrTx, input: { id: string; fence: string; now: Date; keySealed: string }): Promise<TExportRow | undefined> {
  const [row] = await db
    .update(dataExports)
    .set({
      status: 'running',
      attempts: sql`${dataExports.attempts} + 1`,
      lockedBy: input.fence,
      keySealed: sql`coalesce(${dataExports.keySealed}, ${input.keySealed})`,
      startedAt: sql`coalesce(${dataExports.startedAt}, ${input.now.toISOString()}::timestamptz)`,
      categoriesDone: 0,
      recordsWritten: 0,
      failure: null,
    })
    .where(and(eq(dataExports.id, input.id), inArray(dataExports.status, [...ACTIVE])))
    .returning();
  return row;
}

const heldBy = (id: string, fence: string) => and(eq(dataExports.id, id), eq(dataExports.lockedBy, fence), eq(dataExports.status, 'running'));

/** Saves progress; false when this attempt no longer holds the export (a newer one took over, or it was cancelled). */
export async function recordProgress(db: DbOrTx, input: { id: string; fence: string; categoriesDone: number; recordsWritten: number }): Promise<boolean> {
  const updated = await db
    .update(dataExports)
    .set({ categoriesDone: input.categoriesDone, recordsWritten: input.recordsWritten })
    .where(heldBy(input.id, input.fence))
    .returning({ id: dataExports.id });
  return updated.length === 1;
}

export async function markExportReady(
  db: DbOrTx,
  input: {
    id: string;
    fence: string;
    fileName: string;
    fileSize: number;
    fileSha256: string;
    categoriesDone: number;
    recordsWritten: number;
    completedAt: Date;
    expiresAt: Date;
  },
): Promise<TExportRow | undefined> {
  const { id, fence, ...values } = input;
  const [row] = await db
    .update(dataExports)
    .set({ ...values, status: 'ready', lockedBy: null, failure: null })
    .where(heldBy(id, fence))
    .returning();
  return row;
}

/** Back to the queue after a failed attempt that will be retried (the customer sees it waiting). */
export async function requeueExport(db: DbOrTx, input: { id: string; fence: string; failure: string }): Promise<boolean> {
  const updated = await db
    .update(dataExports)
    .set({ status: 'queued', lockedBy: null, failure: input.failure })
    .where(heldBy(input.id, input.fence))
    .returning({ id: dataExports.id });
  return updated.length === 1;
}

/** Fails an export for good (attempts used up); whichever attempt holds it. Undefined when it already ended. */
export async function failExport(db: DbOrTx, input: { id: string; failure: string; at: Date }): Promise<TExportRow | undefined> {
  const [row] = await db
    .update(dataExports)
    .set({ status: 'failed', failure: input.failure, lockedBy: null, keySealed: null, completedAt: input.at })
    .where(and(eq(dataExports.id, input.id), inArray(dataExports.status, [...ACTIVE])))
    .returning();
  return row;
}

/** Stops the customer's exports that are not built yet (erasure freezes the account first). */
export async function cancelActiveExports(db: DbOrTx, customerId: string, at: Date): Promise<TExportRow[]> {
  return db
    .update(dataExports)
    .set({ status: 'cancelled', failure: 'cancelled', lockedBy: null, keySealed: null, completedAt: at })
    .where(and(eq(dataExports.customerId, customerId), inArray(dataExports.status, [...ACTIVE])))
    .returning();
}

/** Ready exports past their expiry, oldest first. */
export async function expiredExports(db: DbOrTx, now: Date, limit = 100): Promise<TExportRow[]> {
  return db
    .select()
    .from(dataExports)
    .where(and(eq(dataExports.status, 'ready'), lt(dataExports.expiresAt, now)))
    .orderBy(asc(dataExports.expiresAt))
    .limit(limit);
}

/** The file is gone: its key goes too, so a copy of the file that survived somewhere cannot be read. */
export async function markExportPurged(db: DbOrTx, id: string, at: Date): Promise<boolean> {
  const updated = await db
    .update(dataExports)
    .set({ status: 'expired', purgedAt: at, fileName: null, keySealed: null })
    .where(and(eq(dataExports.id, id), eq(dataExports.status, 'ready')))
    .returning({ id: dataExports.id });
  return updated.length === 1;
}

/**
 * Erasure: ready files of the customer become unreadable at once (their keys go: crypto-shredding);
 * the files themselves are removed after the commit, or by the purge job if that fails.
 */
export async function shredReadyExports(db: DbOrTx, customerId: string, at: Date): Promise<TExportRow[]> {
  return db
    .update(dataExports)
    .set({ status: 'expired', purgedAt: at, fileName: null, keySealed: null })
    .where(and(eq(dataExports.customerId, customerId), eq(dataExports.status, 'ready')))
    .returning();
}
