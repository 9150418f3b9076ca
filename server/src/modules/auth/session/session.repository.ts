import { and, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { sessions } from '../../../db/schema/auth.ts';
import type { TPrincipalKind } from './session-timeouts.ts';

export type TSessionRow = typeof sessions.$inferSelect;
export type TNewSession = typeof sessions.$inferInsert;

export async function insertSession(db: DbOrTx, session: TNewSession): Promise<TSessionRow> {
  const [row] = await db.insert(sessions).values(session).returning();
  if (!row) throw new Error('session insert returned no row');
  return row;
}

export async function findLiveSessionByTokenHash(db: DbOrTx, tokenHash: string): Promise<TSessionRow | undefined> {
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt)));
  return row;
}

export async function updateSession(
  db: DbOrTx,
  id: string,
  changes: Partial<Pick<TSessionRow, 'tokenHash' | 'lastSeenAt' | 'authenticatedAt' | 'secondFactorPending' | 'impersonationId'>>,
): Promise<void> {
  await db.update(sessions).set(changes).where(eq(sessions.id, id));
}

export async function revokeSession(db: DbOrTx, id: string, reason: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: at, revokedReason: reason })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

/** Revokes every live session of a principal except `keepId`; returns the ids revoked. */
export async function revokePrincipalSessions(
  db: DbOrTx,
  principal: { kind: TPrincipalKind; id: string },
  reason: string,
  at: Date,
  keepId?: string,
): Promise<string[]> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: at, revokedReason: reason })
    .where(
      and(
        eq(sessions.principalKind, principal.kind),
        eq(sessions.principalId, principal.id),
        isNull(sessions.revokedAt),
        keepId ? ne(sessions.id, keepId) : sql`true`,
      ),
    )
    .returning({ id: sessions.id });
  return rows.map((r) => r.id);
}

export async function listLiveSessions(
  db: DbOrTx,
  principal: { kind: TPrincipalKind; id: string },
): Promise<TSessionRow[]> {
  return db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.principalKind, principal.kind),
        eq(sessions.principalId, principal.id),
        isNull(sessions.revokedAt),
        eq(sessions.secondFactorPending, false),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt));
}
