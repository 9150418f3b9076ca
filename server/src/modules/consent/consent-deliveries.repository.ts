import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { consentDeliveries, consentLedger, type TConsentDeliveryStatus } from '../../db/schema/consent.ts';
import { customers } from '../../db/schema/customers.ts';

export type TDeliveryRow = typeof consentDeliveries.$inferSelect;

/** One pending delivery per ledger entry and system; an existing one is left as it is. */
export async function insertDeliveries(db: DbOrTx, rows: { ledgerSeq: number; system: string; at: Date }[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(consentDeliveries)
    .values(rows.map(({ ledgerSeq, system, at }) => ({ ledgerSeq, system, createdAt: at, updatedAt: at })))
    .onConflictDoNothing();
}

/** The delivery with what the system needs to hear: the ledger entry and the customer's identifiers. */
export async function findDelivery(db: DbOrTx, ledgerSeq: number, system: string) {
  const [row] = await db
    .select({
      status: consentDeliveries.status,
      attempts: consentDeliveries.attempts,
      seq: consentLedger.seq,
      purpose: consentLedger.purpose,
      channel: consentLedger.channel,
      granted: consentLedger.granted,
      noticeVersion: consentLedger.noticeVersion,
      occurredAt: consentLedger.occurredAt,
      customerId: customers.id,
      customerNumber: customers.customerNumber,
      email: customers.email,
    })
    .from(consentDeliveries)
    .innerJoin(consentLedger, eq(consentLedger.seq, consentDeliveries.ledgerSeq))
    .innerJoin(customers, eq(customers.id, consentLedger.customerId))
    .where(and(eq(consentDeliveries.ledgerSeq, ledgerSeq), eq(consentDeliveries.system, system)));
  return row;
}

export async function settleDelivery(
  db: DbOrTx,
  key: { ledgerSeq: number; system: string },
  update: { status: TConsentDeliveryStatus; lastError: string | null; reference: string | null; at: Date },
): Promise<void> {
  await db
    .update(consentDeliveries)
    .set({
      status: update.status,
      lastError: update.lastError,
      reference: update.reference,
      attempts: sql`${consentDeliveries.attempts} + 1`,
      updatedAt: update.at,
    })
    .where(and(eq(consentDeliveries.ledgerSeq, key.ledgerSeq), eq(consentDeliveries.system, key.system)));
}

/** Deliveries of these ledger entries, for the history page. */
export async function deliveriesOf(db: DbOrTx, seqs: number[]): Promise<TDeliveryRow[]> {
  if (seqs.length === 0) return [];
  return db.select().from(consentDeliveries).where(inArray(consentDeliveries.ledgerSeq, seqs));
}
