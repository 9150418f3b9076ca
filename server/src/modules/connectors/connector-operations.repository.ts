import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { connectorOperations } from '../../db/schema/personal-data.ts';
import type { TChangingOperation, TReceipt, TReceiptDetails } from './connector.ts';

export type TOperationRow = typeof connectorOperations.$inferSelect;

/** A call still `in-progress` after this long was interrupted (a restart): it may be taken over. */
const STALE_MS = 5 * 60_000;

export type TClaim = { claimed: true; id: string } | { claimed: false; row: TOperationRow };

/**
 * Takes the idempotency key for one changing call. The first caller gets `claimed` and must
 * `completeOperation`; later callers get the stored row (and its receipt). A failed or interrupted
 * call is taken over again, so retrying a failed operation with its key sends it once more.
 */
export async function claimOperation(
  db: DbOrTx,
  input: { system: string; operation: TChangingOperation; idempotencyKey: string; customerId: string; at: Date },
): Promise<TClaim> {
  const [inserted] = await db
    .insert(connectorOperations)
    .values({ ...input, status: 'in-progress', createdAt: input.at, updatedAt: input.at })
    .onConflictDoNothing()
    .returning({ id: connectorOperations.id });
  if (inserted) return { claimed: true, id: inserted.id };
  const byKey = and(eq(connectorOperations.system, input.system), eq(connectorOperations.idempotencyKey, input.idempotencyKey));
  const [retaken] = await db
    .update(connectorOperations)
    .set({ status: 'in-progress', updatedAt: input.at })
    .where(
      and(
        byKey,
        eq(connectorOperations.operation, input.operation),
        or(
          eq(connectorOperations.status, 'failed'),
          and(eq(connectorOperations.status, 'in-progress'), lt(connectorOperations.updatedAt, new Date(input.at.getTime() - STALE_MS))),
        ),
      ),
    )
    .returning({ id: connectorOperations.id });
  if (retaken) return { claimed: true, id: retaken.id };
  const [row] = await db.select().from(connectorOperations).where(byKey);
  if (!row) throw new Error('connector operation vanished while claiming it');
  return { claimed: false, row };
}

/** Stores the receipt of a claimed call. */
export async function completeOperation(db: DbOrTx, id: string, receipt: TReceipt, attempts: number, at: Date): Promise<void> {
  await db
    .update(connectorOperations)
    .set({
      status: receipt.status,
      reference: receipt.reference,
      receipt,
      attempts: sql`${connectorOperations.attempts} + ${attempts}`,
      updatedAt: at,
      completedAt: receipt.status === 'accepted' ? null : at,
    })
    .where(eq(connectorOperations.id, id));
}

export async function findOperation(db: DbOrTx, system: string, idempotencyKey: string): Promise<TOperationRow | undefined> {
  const [row] = await db
    .select()
    .from(connectorOperations)
    .where(and(eq(connectorOperations.system, system), eq(connectorOperations.idempotencyKey, idempotencyKey)));
  return row;
}

/** The receipt a stored call answers with on replay; an unfinished one reads as accepted. */
export function storedReceipt(row: TOperationRow): TReceipt {
  if (row.receipt && row.status !== 'in-progress') return { ...(row.receipt as TReceipt), status: row.status };
  return {
    system: row.system,
    operation: row.operation,
    status: 'accepted',
    reference: row.reference,
    at: row.updatedAt.toISOString(),
    details: { reason: 'in-progress' },
  };
}

/**
 * A system's callback finishing an accepted operation. Final states do not change again, so a
 * repeated callback is harmless; the row as it now stands is returned.
 */
export async function settleOperation(
  db: DbOrTx,
  input: { id: string; status: 'done' | 'failed'; details: TReceiptDetails; at: Date },
): Promise<TOperationRow | undefined> {
  const [current] = await db.select().from(connectorOperations).where(eq(connectorOperations.id, input.id)).for('update');
  if (!current || current.status === 'done' || current.status === 'failed') return current;
  const receipt: TReceipt = {
    ...((current.receipt as TReceipt | null) ?? {
      system: current.system,
      operation: current.operation,
      reference: current.reference,
      details: {},
    }),
    status: input.status,
    at: input.at.toISOString(),
    details: { ...((current.receipt as TReceipt | null)?.details ?? {}), ...input.details },
  };
  const [updated] = await db
    .update(connectorOperations)
    .set({ status: input.status, receipt, updatedAt: input.at, completedAt: input.at })
    .where(eq(connectorOperations.id, input.id))
    .returning();
  return updated;
}

/**
 * Marks a call under `idempotencyKey` that is still `in-progress` as interrupted, so the next claim
 * takes it over at once instead of after STALE_MS. Only for a caller that knows the attempt which
 * started the call is dead (a job attempt pg-boss expired); sending again is safe because the
 * system acts once per key. True when there was such a call.
 */
export async function markInterrupted(db: DbOrTx, input: { system: string; idempotencyKey: string; at: Date }): Promise<boolean> {
  const rows = await db
    .update(connectorOperations)
    .set({ status: 'failed', updatedAt: input.at })
    .where(and(eq(connectorOperations.system, input.system), eq(connectorOperations.idempotencyKey, input.idempotencyKey), eq(connectorOperations.status, 'in-progress')))
    .returning({ id: connectorOperations.id });
  return rows.length > 0;
}
