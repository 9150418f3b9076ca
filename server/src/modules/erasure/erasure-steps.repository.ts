import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { erasureRequests, erasureSteps } from '../../db/schema/erasure.ts';

export type TErasureStepRow = typeof erasureSteps.$inferSelect;

/** Steps that have not ended: a job attempt may take them. */
const UNFINISHED = ['pending', 'running', 'waiting'] as const;

export async function insertSteps(db: DbOrTx, rows: (typeof erasureSteps.$inferInsert)[]): Promise<TErasureStepRow[]> {
  if (rows.length === 0) return [];
  return db.insert(erasureSteps).values(rows).returning();
}

export async function stepsOfRequest(db: DbOrTx, requestId: string): Promise<TErasureStepRow[]> {
  return db.select().from(erasureSteps).where(eq(erasureSteps.requestId, requestId)).orderBy(asc(erasureSteps.createdAt), asc(erasureSteps.system));
}

export async function stepsOfRequests(db: DbOrTx, requestIds: readonly string[]): Promise<TErasureStepRow[]> {
  if (requestIds.length === 0) return [];
  return db.select().from(erasureSteps).where(inArray(erasureSteps.requestId, [...requestIds])).orderBy(asc(erasureSteps.createdAt), asc(erasureSteps.system));
}

export async function findStep(db: DbOrTx, id: string): Promise<TErasureStepRow | undefined> {
  const [row] = await db.select().from(erasureSteps).where(eq(erasureSteps.id, id));
  return row;
}

/** The unfinished step that sent this connector call (a callback settling it names the key). */
export async function findStepByOperation(db: DbOrTx, system: string, idempotencyKey: string): Promise<TErasureStepRow | undefined> {
  const [row] = await db
    .select()
    .from(erasureSteps)
    .where(and(eq(erasureSteps.system, system), eq(erasureSteps.idempotencyKey, idempotencyKey), inArray(erasureSteps.status, [...UNFINISHED])));
  return row;
}

/** Hands the step to one job attempt (`fence`); undefined when it already ended (done or dead-lettered). */
export async function claimStep(db: DbOrTx, input: { id: string; fence: string; at: Date }): Promise<TErasureStepRow | undefined> {
  const [row] = await db
    .update(erasureSteps)
    .set({ status: 'running', lockedBy: input.fence, attempts: sql`${erasureSteps.attempts} + 1`, updatedAt: input.at })
    .where(and(eq(erasureSteps.id, input.id), inArray(erasureSteps.status, [...UNFINISHED])))
    .returning();
  return row;
}

/**
 * Ends the step with its receipt. With a fence, only the attempt holding the step may (a newer one
 * took over otherwise); without one (a callback confirmed it), any unfinished step. False otherwise.
 */
export async function completeStep(
  db: DbOrTx,
  input: { id: string; fence: string | null; receipt: Record<string, unknown>; receiptJws: string; at: Date },
): Promise<boolean> {
  const held = input.fence === null ? inArray(erasureSteps.status, [...UNFINISHED]) : and(eq(erasureSteps.status, 'running'), eq(erasureSteps.lockedBy, input.fence));
  const rows = await db
    .update(erasureSteps)
    .set({ status: 'done', receipt: input.receipt, receiptJws: input.receiptJws, lockedBy: null, lastError: null, completedAt: input.at, updatedAt: input.at })
    .where(and(eq(erasureSteps.id, input.id), held))
    .returning({ id: erasureSteps.id });
  return rows.length === 1;
}

/** The attempt ends without the step done: `waiting` for the system's callback, or `pending` for a retry. */
export async function releaseStep(db: DbOrTx, input: { id: string; fence: string; status: 'pending' | 'waiting'; error: string | null; at: Date }): Promise<void> {
  await db
    .update(erasureSteps)
    .set({ status: input.status, lockedBy: null, lastError: input.error, updatedAt: input.at })
    .where(and(eq(erasureSteps.id, input.id), eq(erasureSteps.lockedBy, input.fence), eq(erasureSteps.status, 'running')));
}

/** Out of retries: the step stops, and a privacy officer sees it. Undefined when it had ended meanwhile. */
export async function deadLetterStep(db: DbOrTx, id: string, at: Date): Promise<TErasureStepRow | undefined> {
  const [row] = await db
    .update(erasureSteps)
    .set({ status: 'dead-lettered', lockedBy: null, deadLetteredAt: at, updatedAt: at })
    .where(and(eq(erasureSteps.id, id), inArray(erasureSteps.status, [...UNFINISHED])))
    .returning();
  return row;
}

/** A privacy officer sends a dead-lettered step again (the system was fixed). */
export async function reviveStep(db: DbOrTx, id: string, at: Date): Promise<TErasureStepRow | undefined> {
  const [row] = await db
    .update(erasureSteps)
    .set({ status: 'pending', deadLetteredAt: null, updatedAt: at })
    .where(and(eq(erasureSteps.id, id), eq(erasureSteps.status, 'dead-lettered')))
    .returning();
  return row;
}

export type TDeadLetteredStep = TErasureStepRow & { customerId: string | null };

/** The alert list privacy officers work from: every step that kept failing, newest first. */
export async function deadLetteredSteps(db: DbOrTx, limit = 200): Promise<TDeadLetteredStep[]> {
  const rows = await db
    .select({ step: erasureSteps, customerId: erasureRequests.customerId })
    .from(erasureSteps)
    .innerJoin(erasureRequests, eq(erasureRequests.id, erasureSteps.requestId))
    .where(eq(erasureSteps.status, 'dead-lettered'))
    .orderBy(desc(erasureSteps.deadLetteredAt))
    .limit(limit);
  return rows.map((r) => ({ ...r.step, customerId: r.customerId }));
}
