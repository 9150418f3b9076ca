import type { PgTable } from 'drizzle-orm/pg-core';
import type { TSeedTx } from './seed-db.ts';

/**
 * Inserts rows in multi-row statements of `size` rows: one round trip per batch, and far below
 * PostgreSQL's limit of 65 535 bind parameters per statement.
 */
export async function insertInBatches<T extends PgTable>(
  tx: TSeedTx,
  table: T,
  rows: readonly T['$inferInsert'][],
  size = 2000,
): Promise<void> {
  for (let at = 0; at < rows.length; at += size) {
    await tx.insert(table).values(rows.slice(at, at + size) as T['$inferInsert'][]);
  }
}
