import { and, asc, desc, eq, lt, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { consentLedger } from '../../db/schema/consent.ts';
import { customers } from '../../db/schema/customers.ts';
import type { TLedgerEntry } from './consent-state.ts';

export type TLedgerInsert = typeof consentLedger.$inferInsert;
export type TLedgerRow = typeof consentLedger.$inferSelect;

const entryColumns = {
  seq: consentLedger.seq,
  kind: consentLedger.kind,
  purpose: consentLedger.purpose,
  channel: consentLedger.channel,
  granted: consentLedger.granted,
  method: consentLedger.method,
  noticeVersion: consentLedger.noticeVersion,
  gpcSignal: consentLedger.gpcSignal,
  occurredAt: consentLedger.occurredAt,
};

/**
 * Serialises ledger changes of one customer until the transaction ends, so "already withdrawn?"
 * and "apply GPC once" decide on the state the insert builds on.
 */
export async function lockCustomerLedger(tx: Tx, customerId: string): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`consent-ledger:${customerId}`}, 0))`,
  );
}

/** The latest entry per (kind, purpose, channel): everything the fold needs, one row per target. */
export async function latestEntries(db: DbOrTx, customerId: string): Promise<TLedgerEntry[]> {
  return db
    .selectDistinctOn(
      [consentLedger.kind, consentLedger.purpose, consentLedger.channel],
      entryColumns,
    )
    .from(consentLedger)
    .where(eq(consentLedger.customerId, customerId))
    .orderBy(
      consentLedger.kind,
      consentLedger.purpose,
      consentLedger.channel,
      desc(consentLedger.seq),
    );
}

/** Every entry of the customer in ledger order (receipts hash the whole history). */
export async function allEntries(db: DbOrTx, customerId: string): Promise<TLedgerRow[]> {
  return db
    .select()
    .from(consentLedger)
    .where(eq(consentLedger.customerId, customerId))
    .orderBy(asc(consentLedger.seq));
}

/** Newest first; `beforeSeq` continues after the last entry of the previous page. */
export async function historyPage(
  db: DbOrTx,
  customerId: string,
  page: { beforeSeq: number | null; limit: number },
): Promise<TLedgerRow[]> {
  const where =
    page.beforeSeq === null
      ? eq(consentLedger.customerId, customerId)
      : and(eq(consentLedger.customerId, customerId), lt(consentLedger.seq, page.beforeSeq));
  return db
    .select()
    .from(consentLedger)
    .where(where)
    .orderBy(desc(consentLedger.seq))
    .limit(page.limit);
}

export async function appendEntries(tx: Tx, rows: TLedgerInsert[]): Promise<TLedgerEntry[]> {
  if (rows.length === 0) return [];
  return tx.insert(consentLedger).values(rows).returning(entryColumns);
}

export type TConsentCustomer = {
  id: string;
  customerNumber: string;
  language: string;
  status: string;
};

export async function findCustomer(
  db: DbOrTx,
  customerId: string,
): Promise<TConsentCustomer | undefined> {
  const [row] = await db
    .select({
      id: customers.id,
      customerNumber: customers.customerNumber,
      language: customers.language,
      status: customers.status,
    })
    .from(customers)
    .where(eq(customers.id, customerId));
  return row;
}

/**
 * Customers whose phone number has these digits: stored numbers are formatted ("+1 (559) 555-0142"),
 * compared without spaces and punctuation (index customers_phone_digits_idx). A shared family number
 * finds every account that uses it.
 */
export async function findCustomerIdsByPhone(db: DbOrTx, candidates: string[]): Promise<string[]> {
  if (candidates.length === 0) return [];
  const digits = sql`regexp_replace(${customers.phone}, '[^0-9+]', '', 'g')`;
  const rows = await db
    .select({ id: customers.id })
    .from(customers)
    .where(
      sql`${digits} in (${sql.join(
        candidates.map((c) => sql`${c}`),
        sql`, `,
      )})`,
    );
  return rows.map((r) => r.id);
}
