import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { TStaffRole } from '@portal/shared/domain/permissions';
import type { DbOrTx } from '../../db/client.ts';
import { totpCredentials } from '../../db/schema/auth.ts';
import { passwordCredentials } from '../../db/schema/credentials.ts';
import { customers } from '../../db/schema/customers.ts';
import { staffMembers } from '../../db/schema/staff.ts';
import type { TPrincipalRef } from './session/session.service.ts';

/** Who a session belongs to, as much as authorization and the SPA header need. */
export type TPrincipal =
  | {
      kind: 'customer';
      id: string;
      status: string;
      email: string;
      emailVerified: boolean;
      givenName: string;
      familyName: string;
      language: string;
    }
  | { kind: 'staff'; id: string; status: string; email: string; firstName: string; familyName: string; role: TStaffRole };

export async function findPrincipalByEmail(db: DbOrTx, email: string): Promise<TPrincipal | undefined> {
  const normalised = email.trim().toLowerCase();
  const [customer] = await db.select().from(customers).where(eq(sql`lower(${customers.email})`, normalised));
  if (customer) return customerPrincipal(customer);
  const [staff] = await db.select().from(staffMembers).where(eq(sql`lower(${staffMembers.email})`, normalised));
  return staff ? staffPrincipal(staff) : undefined;
}

export async function loadPrincipal(db: DbOrTx, ref: TPrincipalRef): Promise<TPrincipal | undefined> {
  if (ref.kind === 'customer') {
    const [row] = await db.select().from(customers).where(eq(customers.id, ref.id));
    return row ? customerPrincipal(row) : undefined;
  }
  const [row] = await db.select().from(staffMembers).where(eq(staffMembers.id, ref.id));
  return row ? staffPrincipal(row) : undefined;
}

export async function findPasswordHash(db: DbOrTx, ref: TPrincipalRef): Promise<string | undefined> {
  const [row] = await db
    .select({ hash: passwordCredentials.passwordHash })
    .from(passwordCredentials)
    .where(and(eq(passwordCredentials.principalKind, ref.kind), eq(passwordCredentials.principalId, ref.id)));
  return row?.hash;
}

export async function savePasswordHash(db: DbOrTx, ref: TPrincipalRef, passwordHash: string, at: Date): Promise<void> {
  await db
    .insert(passwordCredentials)
    .values({ principalKind: ref.kind, principalId: ref.id, passwordHash, updatedAt: at })
    .onConflictDoUpdate({
      target: [passwordCredentials.principalKind, passwordCredentials.principalId],
      set: { passwordHash, updatedAt: at },
    });
}

export async function hasConfirmedTotp(db: DbOrTx, ref: TPrincipalRef): Promise<boolean> {
  const [row] = await db
    .select({ confirmedAt: totpCredentials.confirmedAt })
    .from(totpCredentials)
    .where(
      and(
        eq(totpCredentials.principalKind, ref.kind),
        eq(totpCredentials.principalId, ref.id),
        isNotNull(totpCredentials.confirmedAt),
      ),
    );
  return row !== undefined;
}

function customerPrincipal(row: typeof customers.$inferSelect): TPrincipal {
  return {
    kind: 'customer',
    id: row.id,
    status: row.status,
    email: row.email,
    emailVerified: row.emailVerifiedAt !== null,
    givenName: row.givenName,
    familyName: row.familyName,
    language: row.language,
  };
}

function staffPrincipal(row: typeof staffMembers.$inferSelect): TPrincipal {
  return {
    kind: 'staff',
    id: row.id,
    status: row.status,
    email: row.email,
    firstName: row.firstName,
    familyName: row.familyName,
    role: row.role as TStaffRole,
  };
}

/** Accounts that may hold a session at all: frozen (erasure under way) and erased ones may not. */
export function principalMaySignIn(principal: TPrincipal): boolean {
  return principal.kind === 'customer'
    ? principal.status === 'active' || principal.status === 'restricted'
    : principal.status === 'active';
}
