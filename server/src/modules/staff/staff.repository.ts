import { and, asc, eq, isNotNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { TCustomerSearchKind } from '@portal/shared/domain/audit-events';
import type { DbOrTx } from '../../db/client.ts';
import { totpCredentials } from '../../db/schema/auth.ts';
import { customers } from '../../db/schema/customers.ts';
import { staffMembers } from '../../db/schema/staff.ts';

export type TStaffRow = typeof staffMembers.$inferSelect;
export type TCustomerRow = typeof customers.$inferSelect;

/** `%` and `_` typed by staff are literal characters, not wildcards. */
const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Phone numbers are stored formatted; this is the digits-and-plus form migration 0002 indexes. */
const phoneDigits = sql`regexp_replace(${customers.phone}, '[^0-9+]', '', 'g')`;

function matchFor(kind: TCustomerSearchKind, query: string): SQL | undefined {
  const q = query.trim().toLowerCase();
  switch (kind) {
    case 'email':
      return like(sql`lower(${customers.email})`, `${escapeLike(q)}%`);
    case 'customer-number':
      return like(sql`lower(${customers.customerNumber})`, `${escapeLike(q)}%`);
    case 'phone': {
      const digits = q.replace(/[^0-9+]/g, '');
      // National and international forms of one number share their last eight digits.
      const tail = digits.replace(/\D/g, '').slice(-8);
      return or(eq(phoneDigits, digits), like(phoneDigits, `%${escapeLike(tail)}`));
    }
    case 'name': {
      const tokens = q.split(/\s+/).filter(Boolean).slice(0, 5);
      const full = sql`lower(${customers.givenName} || ' ' || ${customers.familyName})`;
      return and(...tokens.map((token) => like(full, `%${escapeLike(token)}%`)));
    }
  }
}

/** Customers matching the query, by number then name; `limit + 1` rows tell the caller there were more. */
export async function searchCustomers(
  db: DbOrTx,
  kind: TCustomerSearchKind,
  query: string,
  limit: number,
): Promise<TCustomerRow[]> {
  return db
    .select()
    .from(customers)
    .where(matchFor(kind, query))
    .orderBy(asc(customers.customerNumber))
    .limit(limit + 1);
}

export async function listStaff(db: DbOrTx): Promise<(TStaffRow & { secondFactorEnrolled: boolean })[]> {
  const rows = await db
    .select({ staff: staffMembers, confirmedAt: totpCredentials.confirmedAt })
    .from(staffMembers)
    .leftJoin(
      totpCredentials,
      and(
        eq(totpCredentials.principalKind, 'staff'),
        eq(totpCredentials.principalId, staffMembers.id),
        isNotNull(totpCredentials.confirmedAt),
      ),
    )
    .orderBy(asc(staffMembers.staffNumber));
  return rows.map((r) => ({ ...r.staff, secondFactorEnrolled: r.confirmedAt !== null }));
}

export async function findStaff(db: DbOrTx, id: string): Promise<TStaffRow | undefined> {
  const [row] = await db.select().from(staffMembers).where(eq(staffMembers.id, id));
  return row;
}

export async function emailInUse(db: DbOrTx, email: string): Promise<'staff' | 'customer' | null> {
  const normalised = email.trim().toLowerCase();
  const [staff] = await db.select({ id: staffMembers.id }).from(staffMembers).where(eq(sql`lower(${staffMembers.email})`, normalised));
  if (staff) return 'staff';
  const [customer] = await db.select({ id: customers.id }).from(customers).where(eq(sql`lower(${customers.email})`, normalised));
  return customer ? 'customer' : null;
}

/** `STAFF-004` after `STAFF-003`; numbers of another form are left alone. */
export async function nextStaffNumber(db: DbOrTx): Promise<string> {
  const [row] = await db
    .select({ max: sql<number | null>`max(substring(${staffMembers.staffNumber} from '^STAFF-([0-9]+)$')::int)` })
    .from(staffMembers);
  return `STAFF-${String((row?.max ?? 0) + 1).padStart(3, '0')}`;
}

export async function insertStaff(db: DbOrTx, row: typeof staffMembers.$inferInsert): Promise<TStaffRow> {
  const [inserted] = await db.insert(staffMembers).values(row).returning();
  if (!inserted) throw new Error('staff insert returned no row');
  return inserted;
}

export async function updateStaff(
  db: DbOrTx,
  id: string,
  changes: Partial<Pick<TStaffRow, 'role' | 'status'>>,
): Promise<TStaffRow | undefined> {
  const [row] = await db.update(staffMembers).set(changes).where(eq(staffMembers.id, id)).returning();
  return row;
}
