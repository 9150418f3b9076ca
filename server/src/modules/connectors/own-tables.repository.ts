import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { customers } from '../../db/schema/customers.ts';
import type { TConnectorRecord } from './connector.ts';
import { decodeCursor, encodeCursor } from './record-cursor.ts';
import { toFieldValue } from './field-values.ts';

export type TPage = { records: TConnectorRecord[]; nextCursor: string | null };

// Microseconds: timestamps written by PostgreSQL itself (the large-customer seed) are finer than
// a JavaScript Date, and a keyset cursor must name the exact position.
const AT_MICROS = sql.raw(`to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`);

type TRecordRow = { id: string; at: string; version: number; data: Record<string, unknown> };

/**
 * One page of a records category, newest first (occurred_at desc, id asc, the order of the index
 * customer_records_customer_category_idx), by keyset: the cost of a page does not grow with depth.
 * Restricted records (kept under a legal hold after an erasure) are left out of every feature.
 */
export async function pageRecords(
  db: DbOrTx,
  input: { customerId: string; category: string; limit: number; cursor: string | null },
): Promise<TPage> {
  const after = input.cursor ? decodeCursor(input.cursor, input.category) : null;
  const position =
    after && 'at' in after
      ? // The first bound is implied by the second, but only it starts the index scan at the cursor.
        // With it, and the index's own order below (NULLS LAST, as drizzle made it; occurred_at is
        // never null), a page reads about `limit` rows at any depth; before, every page sorted the
        // whole rest of the list (an export of a million records took 18 minutes; bench/README.md "Export").
        sql`and occurred_at <= ${after.at}::timestamptz and (occurred_at < ${after.at}::timestamptz or (occurred_at = ${after.at}::timestamptz and id > ${after.id}::uuid))`
      : sql``;
  const result = await db.execute<TRecordRow>(sql`
    select id, ${AT_MICROS} as at, version, data
    from customer_records
    where customer_id = ${input.customerId} and category = ${input.category} and restricted_at is null ${position}
    order by occurred_at desc nulls last, id asc
    limit ${input.limit + 1}`);
  const rows = result.rows.slice(0, input.limit);
  const last = rows.at(-1);
  return {
    records: rows.map((row) => ({
      id: row.id,
      occurredAt: new Date(row.at).toISOString(),
      version: row.version,
      values: Object.fromEntries(Object.entries(row.data).map(([k, v]) => [k, toFieldValue(v)])),
    })),
    nextCursor: result.rows.length > input.limit && last ? encodeCursor({ category: input.category, at: last.at, id: last.id }) : null,
  };
}

type TLedgerRow = {
  seq: number;
  purpose: string;
  channel: string | null;
  granted: boolean;
  method: string;
  notice_version: string;
  wording: string | null;
  occurred_at: Date;
};

/** The consent ledger as the inventory's `consents` category: one record per choice, newest first. */
export async function pageConsentLedger(
  db: DbOrTx,
  input: { customerId: string; category: string; limit: number; cursor: string | null },
): Promise<TPage> {
  const after = input.cursor ? decodeCursor(input.cursor, input.category) : null;
  const position = after && 'seq' in after ? sql`and seq < ${after.seq}` : sql``;
  const result = await db.execute<TLedgerRow>(sql`
    select seq::int as seq, purpose, channel, granted, method, notice_version, wording, occurred_at
    from consent_ledger
    where customer_id = ${input.customerId} and kind = 'consent' ${position}
    order by seq desc
    limit ${input.limit + 1}`);
  const rows = result.rows.slice(0, input.limit);
  const last = rows.at(-1);
  return {
    records: rows.map((row) => ({
      id: `ledger-${row.seq}`,
      occurredAt: new Date(row.occurred_at).toISOString(),
      // Ledger entries never change.
      version: 1,
      values: {
        purpose: row.purpose,
        channel: row.channel,
        decision: row.granted ? 'given' : 'withdrawn',
        decidedAt: new Date(row.occurred_at).toISOString(),
        method: row.method,
        noticeVersion: row.notice_version,
        wording: row.wording,
      },
    })),
    nextCursor: result.rows.length > input.limit && last ? encodeCursor({ category: input.category, seq: last.seq }) : null,
  };
}

/** How many records the customer has in each records category (one query for the whole page). */
export async function countRecords(db: DbOrTx, customerId: string, categories: readonly string[]): Promise<Map<string, number>> {
  if (categories.length === 0) return new Map();
  const result = await db.execute<{ category: string; n: number }>(sql`
    select category, count(*)::int as n from customer_records
    where customer_id = ${customerId} and restricted_at is null and category in (${sql.join(categories.map((c) => sql`${c}`), sql`, `)})
    group by category`);
  return new Map(result.rows.map((row) => [row.category, row.n]));
}

export async function countConsentLedger(db: DbOrTx, customerId: string): Promise<number> {
  const result = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from consent_ledger where customer_id = ${customerId} and kind = 'consent'`,
  );
  return result.rows[0]?.n ?? 0;
}

export type TAccountRow = typeof customers.$inferSelect;

export async function findAccount(db: DbOrTx, customerId: string): Promise<TAccountRow | undefined> {
  const [row] = await db.select().from(customers).where(and(eq(customers.id, customerId)));
  return row;
}
