import { and, asc, desc, eq, inArray, isNull, lte, notInArray, sql } from 'drizzle-orm';
import { FINAL_REQUEST_STATUSES, type TRequestStatus } from '@portal/shared/schemas/requests.schema';
import type { DbOrTx } from '../../db/client.ts';
import { customers } from '../../db/schema/customers.ts';
import { dataExports } from '../../db/schema/exports.ts';
import { erasureRequests } from '../../db/schema/erasure.ts';
import { privacyRequests, requestDocuments, requestEvents, requestHolds, requestMessages } from '../../db/schema/requests.ts';
import { staffMembers } from '../../db/schema/staff.ts';

export type TRequestRow = typeof privacyRequests.$inferSelect;
export type TEventRow = typeof requestEvents.$inferSelect;
export type TMessageRow = typeof requestMessages.$inferSelect;
export type THoldRow = typeof requestHolds.$inferSelect;
export type TDocumentRow = Omit<typeof requestDocuments.$inferSelect, 'sealed'>;

/** A request with what every view needs beside it: the customer's number and country. */
export type TRequestWithCustomer = { request: TRequestRow; customerNumber: string | null; country: string | null };

const withCustomer = {
  request: privacyRequests,
  customerNumber: customers.customerNumber,
  country: customers.country,
};

export async function insertRequest(db: DbOrTx, values: Omit<typeof privacyRequests.$inferInsert, 'reference'>): Promise<TRequestRow> {
  const [row] = await db
    .insert(privacyRequests)
    .values({ ...values, reference: sql`next_request_reference(${values.receivedAt})` })
    .returning();
  if (!row) throw new Error('request insert returned no row');
  return row;
}

export async function findRequest(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<TRequestWithCustomer | undefined> {
  const query = db.select(withCustomer).from(privacyRequests).leftJoin(customers, eq(customers.id, privacyRequests.customerId)).where(eq(privacyRequests.id, id));
  const [row] = options.forUpdate ? await query.for('update', { of: privacyRequests }) : await query;
  return row;
}

export async function listCustomerRequests(db: DbOrTx, customerId: string): Promise<TRequestWithCustomer[]> {
  return db
    .select(withCustomer)
    .from(privacyRequests)
    .leftJoin(customers, eq(customers.id, privacyRequests.customerId))
    .where(eq(privacyRequests.customerId, customerId))
    .orderBy(desc(privacyRequests.receivedAt), desc(privacyRequests.reference));
}

export async function findOpenFiledRequest(db: DbOrTx, customerId: string, type: TRequestStatus | string): Promise<TRequestRow | undefined> {
  const [row] = await db
    .select()
    .from(privacyRequests)
    .where(
      and(
        eq(privacyRequests.customerId, customerId),
        eq(privacyRequests.type, type as TRequestRow['type']),
        eq(privacyRequests.origin, 'portal'),
        notInArray(privacyRequests.status, [...FINAL_REQUEST_STATUSES]),
      ),
    )
    .limit(1);
  return row;
}

/** The queue: open (or closed) requests, oldest first; deadlines are filtered by the service. */
export async function listQueue(
  db: DbOrTx,
  filter: { statuses?: readonly TRequestStatus[]; excludeStatuses?: readonly TRequestStatus[]; type?: TRequestRow['type']; assignedTo?: string | null },
  limit = 500,
): Promise<(TRequestWithCustomer & { assignedName: string | null; assignedFamily: string | null })[]> {
  const conditions = [];
  if (filter.statuses) conditions.push(inArray(privacyRequests.status, [...filter.statuses]));
  if (filter.excludeStatuses) conditions.push(notInArray(privacyRequests.status, [...filter.excludeStatuses]));
  if (filter.type) conditions.push(eq(privacyRequests.type, filter.type));
  if (filter.assignedTo === null) conditions.push(isNull(privacyRequests.assignedTo));
  else if (filter.assignedTo) conditions.push(eq(privacyRequests.assignedTo, filter.assignedTo));
  return db
    .select({ ...withCustomer, assignedName: staffMembers.firstName, assignedFamily: staffMembers.familyName })
    .from(privacyRequests)
    .leftJoin(customers, eq(customers.id, privacyRequests.customerId))
    .leftJoin(staffMembers, eq(staffMembers.id, privacyRequests.assignedTo))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(privacyRequests.receivedAt))
    .limit(limit);
}

export async function updateRequest(db: DbOrTx, id: string, values: Partial<typeof privacyRequests.$inferInsert>): Promise<void> {
  await db.update(privacyRequests).set(values).where(eq(privacyRequests.id, id));
}

export async function appendEvent(db: DbOrTx, values: typeof requestEvents.$inferInsert): Promise<void> {
  await db.insert(requestEvents).values(values);
}

export async function listEvents(db: DbOrTx, requestId: string): Promise<TEventRow[]> {
  return db.select().from(requestEvents).where(eq(requestEvents.requestId, requestId)).orderBy(asc(requestEvents.id));
}

export async function insertMessage(db: DbOrTx, values: typeof requestMessages.$inferInsert): Promise<TMessageRow> {
  const [row] = await db.insert(requestMessages).values(values).returning();
  if (!row) throw new Error('message insert returned no row');
  return row;
}

export async function listMessages(db: DbOrTx, requestId: string): Promise<TMessageRow[]> {
  return db.select().from(requestMessages).where(eq(requestMessages.requestId, requestId)).orderBy(asc(requestMessages.at), asc(requestMessages.id));
}

export async function insertHold(db: DbOrTx, values: typeof requestHolds.$inferInsert): Promise<THoldRow> {
  const [row] = await db.insert(requestHolds).values(values).returning();
  if (!row) throw new Error('hold insert returned no row');
  return row;
}

export async function findHold(db: DbOrTx, requestId: string, holdId: string): Promise<THoldRow | undefined> {
  const [row] = await db
    .select()
    .from(requestHolds)
    .where(and(eq(requestHolds.requestId, requestId), eq(requestHolds.id, holdId)))
    .for('update');
  return row;
}

export async function decideHold(db: DbOrTx, holdId: string, values: { decidedBy: string; decidedAt: Date; decision: 'approved' | 'declined' }): Promise<void> {
  await db.update(requestHolds).set(values).where(eq(requestHolds.id, holdId));
}

export async function listHolds(db: DbOrTx, requestId: string): Promise<THoldRow[]> {
  return db.select().from(requestHolds).where(eq(requestHolds.requestId, requestId)).orderBy(asc(requestHolds.proposedAt));
}

export async function staffNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: staffMembers.id, first: staffMembers.firstName, family: staffMembers.familyName })
    .from(staffMembers)
    .where(inArray(staffMembers.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, `${r.first} ${r.family}`]));
}

export async function listDocuments(db: DbOrTx, requestId: string): Promise<TDocumentRow[]> {
  return db
    .select({
      id: requestDocuments.id,
      requestId: requestDocuments.requestId,
      fileName: requestDocuments.fileName,
      contentType: requestDocuments.contentType,
      size: requestDocuments.size,
      uploadedAt: requestDocuments.uploadedAt,
      deleteBy: requestDocuments.deleteBy,
      deletedAt: requestDocuments.deletedAt,
    })
    .from(requestDocuments)
    .where(and(eq(requestDocuments.requestId, requestId), isNull(requestDocuments.deletedAt)))
    .orderBy(asc(requestDocuments.uploadedAt));
}

export async function insertDocument(db: DbOrTx, values: typeof requestDocuments.$inferInsert): Promise<void> {
  await db.insert(requestDocuments).values(values);
}

export async function readDocument(db: DbOrTx, requestId: string, id: string): Promise<(TDocumentRow & { sealed: Buffer | null }) | undefined> {
  const [row] = await db
    .select()
    .from(requestDocuments)
    .where(and(eq(requestDocuments.requestId, requestId), eq(requestDocuments.id, id), isNull(requestDocuments.deletedAt)));
  return row;
}

/** Wipes the file itself; the row stays so the timeline can say it existed and when it went. */
export async function deleteDocuments(db: DbOrTx, where: { requestId: string } | { dueBefore: Date }, at: Date): Promise<string[]> {
  const condition =
    'requestId' in where ? eq(requestDocuments.requestId, where.requestId) : lte(requestDocuments.deleteBy, where.dueBefore);
  const rows = await db
    .update(requestDocuments)
    .set({ sealed: null, deletedAt: at })
    .where(and(condition, isNull(requestDocuments.deletedAt)))
    .returning({ id: requestDocuments.id, requestId: requestDocuments.requestId });
  return rows.map((r) => r.requestId);
}

/** The export and certificate a feature-made request produced, if any (downloads on the request). */
export async function featureResults(db: DbOrTx, request: TRequestRow): Promise<{ exportReady: boolean; certificate: boolean }> {
  if (request.origin === 'export' && request.originId) {
    const [row] = await db.select({ status: dataExports.status }).from(dataExports).where(eq(dataExports.id, request.originId));
    return { exportReady: row?.status === 'ready', certificate: false };
  }
  if (request.origin === 'erasure' && request.originId) {
    const [row] = await db.select({ certificate: erasureRequests.certificate }).from(erasureRequests).where(eq(erasureRequests.id, request.originId));
    return { exportReady: false, certificate: Boolean(row?.certificate) };
  }
  return { exportReady: false, certificate: false };
}
