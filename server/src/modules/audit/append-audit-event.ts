import { desc, is, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { withTransaction, type DbOrTx, type Tx } from '../../db/client.ts';
import { auditEvents } from '../../db/schema/index.ts';
import { GENESIS_HASH, hashAuditEvent, type TAuditEventContent } from './audit-hash.ts';

/**
 * Serialises appends across every connection and instance. The same literal is in the migration's
 * insert trigger ("audit" in ASCII); change both together.
 */
export const AUDIT_APPEND_LOCK_KEY = 0x6175646974;

export type TAppendedAuditEvent = { seq: number; hash: string; occurredAt: Date };

/**
 * The one way rows enter the audit log (security.md line 19): under a transaction-scoped advisory
 * lock, read the head, give the next gapless seq, chain the hash, insert. Given the caller's
 * transaction, the row commits or rolls back with the change it records; the lock is then held until
 * that transaction ends, so append late in it and keep it short.
 *
 * Use READ COMMITTED (the default): in REPEATABLE READ or SERIALIZABLE the snapshot can predate the
 * lock, and a concurrent append then surfaces as a unique violation the caller has to retry.
 */
export async function appendAuditEvent(
  db: DbOrTx,
  event: TAuditEventContent,
): Promise<TAppendedAuditEvent> {
  // In the caller's transaction as is: a savepoint per event would only add round trips.
  const inTransaction = (fn: (tx: Tx) => Promise<TAppendedAuditEvent>) =>
    is(db, PgTransaction) ? fn(db as Tx) : withTransaction(db, fn);
  return inTransaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_APPEND_LOCK_KEY}::bigint)`);
    const [head] = await tx
      .select({ seq: auditEvents.seq, hash: auditEvents.hash })
      .from(auditEvents)
      .orderBy(desc(auditEvents.seq))
      .limit(1);
    const seq = (head?.seq ?? 0) + 1;
    const prevHash = head?.hash ?? GENESIS_HASH;
    const hash = hashAuditEvent(prevHash, seq, event);
    await tx.insert(auditEvents).values({ ...event, seq, prevHash, hash });
    return { seq, hash, occurredAt: event.occurredAt };
  });
}
