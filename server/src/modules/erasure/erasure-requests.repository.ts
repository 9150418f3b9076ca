import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { erasureRequests } from '../../db/schema/erasure.ts';

export type TErasureRequestRow = typeof erasureRequests.$inferSelect;
export type TNewErasureRequest = typeof erasureRequests.$inferInsert;

/** Waiting out the grace period, or under way: the customer has at most one (a unique index says so too). */
export const OPEN_STATUSES = ['scheduled', 'running', 'needs-attention'] as const;

export async function insertErasureRequest(db: DbOrTx, values: TNewErasureRequest): Promise<TErasureRequestRow> {
  const [row] = await db.insert(erasureRequests).values(values).returning();
  if (!row) throw new Error('erasure request not inserted');
  return row;
}

export async function findErasureRequest(db: DbOrTx, id: string): Promise<TErasureRequestRow | undefined> {
  const [row] = await db.select().from(erasureRequests).where(eq(erasureRequests.id, id));
  return row;
}

/** The row, locked until the transaction ends: step completions and the finalizer serialise on it. */
export async function lockErasureRequest(db: DbOrTx, id: string): Promise<TErasureRequestRow | undefined> {
  const [row] = await db.select().from(erasureRequests).where(eq(erasureRequests.id, id)).for('update');
  return row;
}

export async function findRequestByKey(db: DbOrTx, customerId: string, idempotencyKey: string): Promise<TErasureRequestRow | undefined> {
  const [row] = await db.select().from(erasureRequests).where(and(eq(erasureRequests.customerId, customerId), eq(erasureRequests.idempotencyKey, idempotencyKey)));
  return row;
}

export async function findOpenRequest(db: DbOrTx, customerId: string): Promise<TErasureRequestRow | undefined> {
  const [row] = await db
    .select()
    .from(erasureRequests)
    .where(and(eq(erasureRequests.customerId, customerId), inArray(erasureRequests.status, [...OPEN_STATUSES])));
  return row;
}

/** The customer's request, or undefined when it is not theirs (callers answer 404 either way). */
export async function findCustomerRequest(db: DbOrTx, customerId: string, id: string): Promise<TErasureRequestRow | undefined> {
  const [row] = await db.select().from(erasureRequests).where(and(eq(erasureRequests.id, id), eq(erasureRequests.customerId, customerId)));
  return row;
}

export async function listCustomerRequests(db: DbOrTx, customerId: string, limit = 20): Promise<TErasureRequestRow[]> {
  return db
    .select()
    .from(erasureRequests)
    .where(eq(erasureRequests.customerId, customerId))
    .orderBy(desc(erasureRequests.createdAt), desc(erasureRequests.id))
    .limit(limit);
}

/** Cancels a request still in its grace period; undefined once the saga began (or it ended). */
export async function cancelScheduled(db: DbOrTx, id: string, at: Date): Promise<TErasureRequestRow | undefined> {
  const [row] = await db
    .update(erasureRequests)
    .set({ status: 'cancelled', cancelledAt: at })
    .where(and(eq(erasureRequests.id, id), eq(erasureRequests.status, 'scheduled')))
    .returning();
  return row;
}

/** Staff start it now, on the customer's written request; undefined unless it is still scheduled. */
export async function startEarly(db: DbOrTx, input: { id: string; staffId: string; reference: string; at: Date }): Promise<TErasureRequestRow | undefined> {
  const [row] = await db
    .update(erasureRequests)
    .set({ scheduledFor: input.at, startedEarlyBy: input.staffId, earlyReference: input.reference })
    .where(and(eq(erasureRequests.id, input.id), eq(erasureRequests.status, 'scheduled')))
    .returning();
  return row;
}

/** The saga takes the request: exactly one start job gets it (the status check is the lock). */
export async function markStarted(db: DbOrTx, input: { id: string; at: Date; subjectSealed: string }): Promise<TErasureRequestRow | undefined> {
  const [row] = await db
    .update(erasureRequests)
    .set({ status: 'running', startedAt: input.at, subjectSealed: input.subjectSealed })
    .where(and(eq(erasureRequests.id, input.id), eq(erasureRequests.status, 'scheduled')))
    .returning();
  return row;
}

export async function setRequestStatus(db: DbOrTx, id: string, status: 'running' | 'needs-attention'): Promise<void> {
  await db
    .update(erasureRequests)
    .set({ status })
    .where(and(eq(erasureRequests.id, id), inArray(erasureRequests.status, ['running', 'needs-attention'])));
}

export async function markCompleted(db: DbOrTx, input: { id: string; at: Date; certificate: string }): Promise<TErasureRequestRow | undefined> {
  const [row] = await db
    .update(erasureRequests)
    .set({ status: 'completed', completedAt: input.at, certificate: input.certificate })
    .where(and(eq(erasureRequests.id, input.id), inArray(erasureRequests.status, ['running', 'needs-attention'])))
    .returning();
  return row;
}

/** The last email went out: the sealed address goes too, nothing of the person stays on the request. */
export async function markNotified(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db.update(erasureRequests).set({ notifiedAt: at, subjectSealed: null }).where(eq(erasureRequests.id, id));
}
