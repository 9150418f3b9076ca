import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';

export type TKeptItems = {
  items: { recordId: string; occurredAt: string | null; purgeOn: string | null }[];
  total: number;
  purgeFrom: string | null;
  purgeUntil: string | null;
};

const LIMIT = 50;

type TRow = { id: string; occurred_at: Date | null; purge_on: string | null; total: number; first: string | null; last: string | null };

function toKept(rows: TRow[]): TKeptItems {
  const head = rows[0];
  return {
    items: rows.map((r) => ({ recordId: r.id, occurredAt: r.occurred_at ? new Date(r.occurred_at).toISOString() : null, purgeOn: r.purge_on })),
    total: head?.total ?? 0,
    purgeFrom: head?.first ?? null,
    purgeUntil: head?.last ?? null,
  };
}

/**
 * The records of a kept category with the day each would be purged if the account were erased now
 * (`until`, built by retention-sql over `r` and `c`), soonest first, at most 50 with the count of all.
 */
export async function keptRecords(db: DbOrTx, customerId: string, category: string, until: SQL): Promise<TKeptItems> {
  const result = await db.execute<TRow>(sql`
    with kept as (
      select r.id::text as id, r.occurred_at, coalesce(r.purge_on, ${until})::text as purge_on
      from customer_records r join customers c on c.id = r.customer_id
      where r.customer_id = ${customerId} and r.category = ${category}
    )
    select id, occurred_at, purge_on, count(*) over ()::int as total, min(purge_on) over () as first, max(purge_on) over () as last
    from kept order by purge_on asc nulls last, occurred_at asc limit ${LIMIT}`);
  return toKept(result.rows);
}

/** The consent ledger's entries (kept as proof), the same way; `until` is built over `l` and `c`. */
export async function keptLedgerEntries(db: DbOrTx, customerId: string, until: SQL): Promise<TKeptItems> {
  const result = await db.execute<TRow>(sql`
    with kept as (
      select 'ledger-' || l.seq as id, l.occurred_at, (${until})::text as purge_on
      from consent_ledger l join customers c on c.id = l.customer_id
      where l.customer_id = ${customerId} and l.kind = 'consent'
    )
    select id, occurred_at, purge_on, count(*) over ()::int as total, min(purge_on) over () as first, max(purge_on) over () as last
    from kept order by purge_on asc nulls last, occurred_at asc limit ${LIMIT}`);
  return toKept(result.rows);
}
