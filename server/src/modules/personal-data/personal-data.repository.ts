import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { customerRecords, customers } from '../../db/schema/customers.ts';
import { correctionPropagations, corrections, rectificationRequests } from '../../db/schema/personal-data.ts';

export type TSubjectRow = Pick<
  typeof customers.$inferSelect,
  'id' | 'email' | 'customerNumber' | 'language' | 'createdAt' | 'lastActivityAt' | 'contractEndedAt' | 'status'
>;
export type TCorrectionRow = typeof corrections.$inferSelect;
export type TPropagationRow = typeof correctionPropagations.$inferSelect;
export type TRectificationRequestRow = typeof rectificationRequests.$inferSelect;

/** What the my-data pages need of the customer row (identifiers for the connectors, retention anchors). */
export async function findSubject(db: DbOrTx, customerId: string): Promise<TSubjectRow | undefined> {
  const [row] = await db
    .select({
      id: customers.id,
      email: customers.email,
      customerNumber: customers.customerNumber,
      language: customers.language,
      createdAt: customers.createdAt,
      lastActivityAt: customers.lastActivityAt,
      contractEndedAt: customers.contractEndedAt,
      status: customers.status,
    })
    .from(customers)
    .where(eq(customers.id, customerId));
  return row;
}

/** A record of the customer's own, or undefined (another customer's id reads as missing). */
export async function findOwnRecord(db: DbOrTx, customerId: string, category: string, recordId: string) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(recordId)) return undefined;
  const [row] = await db
    .select({ id: customerRecords.id, version: customerRecords.version, data: customerRecords.data })
    .from(customerRecords)
    .where(and(eq(customerRecords.id, recordId), eq(customerRecords.customerId, customerId), eq(customerRecords.category, category)));
  return row;
}

export async function insertCorrection(
  db: DbOrTx,
  correction: typeof corrections.$inferInsert & { id: string },
  propagations: Omit<typeof correctionPropagations.$inferInsert, 'correctionId'>[],
): Promise<{ correction: TCorrectionRow; propagations: TPropagationRow[] }> {
  const [row] = await db.insert(corrections).values(correction).returning();
  if (!row) throw new Error('correction not stored');
  const stored = propagations.length
    ? await db
        .insert(correctionPropagations)
        .values(propagations.map((p) => ({ ...p, correctionId: row.id })))
        .returning()
    : [];
  return { correction: row, propagations: stored };
}

/** Corrections newest first, by keyset on (created_at, id). */
export async function pageCorrections(
  db: DbOrTx,
  input: { customerId: string; limit: number; after: { at: Date; id: string } | null },
): Promise<{ rows: TCorrectionRow[]; propagations: Map<string, TPropagationRow[]>; more: boolean }> {
  const position = input.after
    ? or(lt(corrections.createdAt, input.after.at), and(eq(corrections.createdAt, input.after.at), lt(corrections.id, input.after.id)))
    : undefined;
  const rows = await db
    .select()
    .from(corrections)
    .where(and(eq(corrections.customerId, input.customerId), position))
    .orderBy(desc(corrections.createdAt), desc(corrections.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const propagations = new Map<string, TPropagationRow[]>();
  if (page.length) {
    const targets = await db
      .select()
      .from(correctionPropagations)
      .where(inArray(correctionPropagations.correctionId, page.map((r) => r.id)))
      .orderBy(correctionPropagations.targetKind, correctionPropagations.targetId);
    for (const target of targets) propagations.set(target.correctionId, [...(propagations.get(target.correctionId) ?? []), target]);
  }
  return { rows: page, propagations, more: rows.length > input.limit };
}

/** A connector operation finished (its callback came): the corrections waiting on it follow. */
export async function settlePropagations(db: DbOrTx, operationId: string, status: 'done' | 'failed', at: Date): Promise<void> {
  await db
    .update(correctionPropagations)
    .set({ status, updatedAt: at })
    .where(and(eq(correctionPropagations.operationId, operationId), inArray(correctionPropagations.status, ['accepted', 'failed'])));
}

export async function insertRectificationRequest(db: DbOrTx, row: typeof rectificationRequests.$inferInsert): Promise<TRectificationRequestRow> {
  const [stored] = await db.insert(rectificationRequests).values(row).returning();
  if (!stored) throw new Error('rectification request not stored');
  return stored;
}

/** Requests not yet resolved (the disputed ones restrict their field). */
export async function openRectificationRequests(db: DbOrTx, customerId: string): Promise<TRectificationRequestRow[]> {
  return db
    .select()
    .from(rectificationRequests)
    .where(and(eq(rectificationRequests.customerId, customerId), eq(rectificationRequests.status, 'received')))
    .orderBy(desc(rectificationRequests.createdAt))
    .limit(200);
}

/** Whether an open request disputes this field: its processing is restricted until it is resolved. */
export async function isFieldDisputed(db: DbOrTx, customerId: string, category: string, field: string): Promise<boolean> {
  const result = await db.execute<{ n: number }>(sql`
    select count(*)::int as n from rectification_requests
    where customer_id = ${customerId} and category = ${category} and field = ${field} and disputed and status = 'received'`);
  return (result.rows[0]?.n ?? 0) > 0;
}
