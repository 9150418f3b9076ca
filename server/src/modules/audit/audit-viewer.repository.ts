import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { customers } from '../../db/schema/customers.ts';
import { staffMembers } from '../../db/schema/staff.ts';
import type { TAuditEventRow } from './audit-event.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A customer id, or the id behind a customer number; null when neither names anyone. */
export async function resolveCustomerId(db: DbOrTx, lookup: string): Promise<string | null> {
  if (UUID.test(lookup)) return lookup.toLowerCase();
  const [row] = await db
    .select({ id: customers.id })
    .from(customers)
    .where(eq(sql`upper(${customers.customerNumber})`, lookup.toUpperCase()));
  return row?.id ?? null;
}

export async function resolveStaffId(db: DbOrTx, lookup: string): Promise<string | null> {
  if (UUID.test(lookup)) return lookup.toLowerCase();
  const [row] = await db
    .select({ id: staffMembers.id })
    .from(staffMembers)
    .where(eq(sql`upper(${staffMembers.staffNumber})`, lookup.toUpperCase()));
  return row?.id ?? null;
}

export type TStaffLabel = { staffNumber: string; role: string; firstName: string };

export async function staffLabels(db: DbOrTx, ids: readonly string[]): Promise<Map<string, TStaffLabel>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: staffMembers.id, staffNumber: staffMembers.staffNumber, role: staffMembers.role, firstName: staffMembers.firstName })
    .from(staffMembers)
    .where(inArray(staffMembers.id, [...new Set(ids)]));
  return new Map(rows.map(({ id, ...label }) => [id, label]));
}

export async function customerNumbers(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: customers.id, customerNumber: customers.customerNumber })
    .from(customers)
    .where(inArray(customers.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.customerNumber]));
}

/**
 * The events "who touched my data" lists for a customer, newest first: staff acting on their data
 * outside an impersonation, the start of each impersonation (its requests are read with it), and
 * corrections passed on to systems.
 */
export async function findAccessLogEvents(
  db: DbOrTx,
  customerId: string,
  options: { limit: number; beforeSeq?: number | undefined },
): Promise<TAuditEventRow[]> {
  return db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.subjectCustomerId, customerId),
        or(
          and(eq(auditEvents.actorKind, 'staff'), isNull(auditEvents.impersonationId)),
          eq(auditEvents.action, 'impersonation.started'),
          eq(auditEvents.action, 'personal-data.corrected'),
        ),
        options.beforeSeq === undefined ? undefined : lt(auditEvents.seq, options.beforeSeq),
      ),
    )
    .orderBy(desc(auditEvents.seq))
    .limit(options.limit);
}

/** Every event of these impersonations (views, requests, the end), oldest first. */
export async function findImpersonationEvents(db: DbOrTx, impersonationIds: readonly string[]): Promise<TAuditEventRow[]> {
  if (impersonationIds.length === 0) return [];
  return db
    .select()
    .from(auditEvents)
    .where(inArray(auditEvents.impersonationId, [...impersonationIds]))
    .orderBy(auditEvents.seq);
}
