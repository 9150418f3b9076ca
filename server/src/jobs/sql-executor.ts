import { sql, type SQL } from 'drizzle-orm';
import type pg from 'pg';
import type PgBoss from 'pg-boss';
import type { DbOrTx } from '../db/client.ts';

/** pg-boss runs its SQL through this; on the pool it shares the application's connections. */
export function poolExecutor(pool: pg.Pool): PgBoss.Db {
  return { executeSql: async (text, values) => pool.query(text, values) };
}

/**
 * pg-boss's SQL inside one of our drizzle transactions, so a job is queued in the same commit as
 * the row it works on: a crash can never leave a queued export without its job, or a job without
 * its export. pg-boss hands over `$1`-style text; drizzle takes SQL chunks, so each placeholder
 * becomes a bound parameter again.
 */
export function transactionExecutor(tx: DbOrTx): PgBoss.Db {
  return {
    executeSql: async (text, values: unknown[] = []) => {
      const chunks: SQL[] = [];
      let last = 0;
      for (const match of text.matchAll(/\$(\d+)/g)) {
        const index = Number(match[1]) - 1;
        if (index < 0 || index >= values.length) throw new Error(`pg-boss SQL names $${match[1]} without a value`);
        // drizzle renders an undefined value as nothing at all; pg-boss means NULL by it.
        chunks.push(sql.raw(text.slice(last, match.index)), sql`${values[index] ?? null}`);
        last = match.index + match[0].length;
      }
      chunks.push(sql.raw(text.slice(last)));
      const result = await tx.execute(sql.join(chunks));
      return { rows: result.rows };
    },
  };
}
