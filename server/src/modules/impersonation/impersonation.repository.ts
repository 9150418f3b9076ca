import { and, desc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { TImpersonationEndReason } from '@portal/shared/domain/audit-events';
import type { DbOrTx } from '../../db/client.ts';
import { sessions } from '../../db/schema/auth.ts';
import { customers } from '../../db/schema/customers.ts';
import { impersonationSessions, supportAccessGrants } from '../../db/schema/impersonation.ts';
import { staffMembers } from '../../db/schema/staff.ts';

export type TImpersonationRow = typeof impersonationSessions.$inferSelect;
export type TCustomerRow = typeof customers.$inferSelect;

export async function insertImpersonation(
  db: DbOrTx,
  row: typeof impersonationSessions.$inferInsert,
): Promise<TImpersonationRow> {
  const [inserted] = await db.insert(impersonationSessions).values(row).returning();
  if (!inserted) throw new Error('impersonation insert returned no row');
  return inserted;
}

/** An impersonation with the customer it is about (for the banner and the checks on every request). */
export async function findImpersonationWithCustomer(
  db: DbOrTx,
  id: string,
): Promise<{ impersonation: TImpersonationRow; customer: TCustomerRow } | undefined> {
  const [row] = await db
    .select({ impersonation: impersonationSessions, customer: customers })
    .from(impersonationSessions)
    .innerJoin(customers, eq(customers.id, impersonationSessions.customerId))
    .where(eq(impersonationSessions.id, id));
  return row;
}

/** The open impersonation of a staff member (at most one: a unique index), with whether its session is still live. */
export async function findOpenImpersonationOfStaff(
  db: DbOrTx,
  staffId: string,
): Promise<{ impersonation: TImpersonationRow; sessionRevokedAt: Date | null; sessionLastSeenAt: Date | null; sessionAbsoluteExpiresAt: Date | null } | undefined> {
  const [row] = await db
    .select({
      impersonation: impersonationSessions,
      sessionRevokedAt: sessions.revokedAt,
      sessionLastSeenAt: sessions.lastSeenAt,
      sessionAbsoluteExpiresAt: sessions.absoluteExpiresAt,
    })
    .from(impersonationSessions)
    .leftJoin(sessions, eq(sessions.id, impersonationSessions.sessionId))
    .where(and(eq(impersonationSessions.staffId, staffId), isNull(impersonationSessions.endedAt)));
  return row;
}

/** Ends an open impersonation; false when it had already ended (a concurrent request got there first). */
export async function endImpersonation(
  db: DbOrTx,
  id: string,
  at: Date,
  reason: TImpersonationEndReason,
): Promise<boolean> {
  const rows = await db
    .update(impersonationSessions)
    .set({ endedAt: at, endReason: reason })
    .where(and(eq(impersonationSessions.id, id), isNull(impersonationSessions.endedAt)))
    .returning({ id: impersonationSessions.id });
  return rows.length > 0;
}

/** Detaches an impersonation from every session still pointing at it. */
export async function clearSessionImpersonation(db: DbOrTx, impersonationId: string): Promise<void> {
  await db.update(sessions).set({ impersonationId: null }).where(eq(sessions.impersonationId, impersonationId));
}

export async function findCustomer(db: DbOrTx, id: string): Promise<TCustomerRow | undefined> {
  const [row] = await db.select().from(customers).where(eq(customers.id, id));
  return row;
}

/** A staff account that shares the customer's email: the same person, whom staff must not impersonate. */
export async function isStaffEmail(db: DbOrTx, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: staffMembers.id })
    .from(staffMembers)
    .where(eq(sql`lower(${staffMembers.email})`, email.trim().toLowerCase()))
    .limit(1);
  return row !== undefined;
}

export async function findStaffMember(db: DbOrTx, id: string) {
  const [row] = await db.select().from(staffMembers).where(eq(staffMembers.id, id));
  return row;
}

/** Impersonations by id, for the customer's "who touched my data". */
export async function findImpersonations(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ impersonation: impersonationSessions, staff: staffMembers })
    .from(impersonationSessions)
    .innerJoin(staffMembers, eq(staffMembers.id, impersonationSessions.staffId))
    .where(inArray(impersonationSessions.id, [...ids]));
}

// ------------------------------------------------------------------ support access grants

export type TGrantRow = typeof supportAccessGrants.$inferSelect;

/** The grant in force at `now`, if any (the newest when several overlap). */
export async function findActiveGrant(db: DbOrTx, customerId: string, now: Date): Promise<TGrantRow | undefined> {
  const [row] = await db
    .select()
    .from(supportAccessGrants)
    .where(
      and(
        eq(supportAccessGrants.customerId, customerId),
        isNull(supportAccessGrants.revokedAt),
        lte(supportAccessGrants.grantedAt, now),
        gt(supportAccessGrants.expiresAt, now),
      ),
    )
    .orderBy(desc(supportAccessGrants.expiresAt))
    .limit(1);
  return row;
}

export async function insertGrant(db: DbOrTx, row: typeof supportAccessGrants.$inferInsert): Promise<TGrantRow> {
  const [inserted] = await db.insert(supportAccessGrants).values(row).returning();
  if (!inserted) throw new Error('grant insert returned no row');
  return inserted;
}

/** Revokes every grant of the customer still in force; returns how many. */
export async function revokeGrants(db: DbOrTx, customerId: string, now: Date): Promise<number> {
  const rows = await db
    .update(supportAccessGrants)
    .set({ revokedAt: now })
    .where(
      and(
        eq(supportAccessGrants.customerId, customerId),
        isNull(supportAccessGrants.revokedAt),
        gt(supportAccessGrants.expiresAt, now),
      ),
    )
    .returning({ id: supportAccessGrants.id });
  return rows.length;
}

/** The open impersonations of a customer (for ending them when the customer withdraws the grant). */
export async function findOpenImpersonationsOfCustomer(db: DbOrTx, customerId: string): Promise<TImpersonationRow[]> {
  return db
    .select()
    .from(impersonationSessions)
    .where(and(eq(impersonationSessions.customerId, customerId), isNull(impersonationSessions.endedAt)));
}
