import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { emailChallenges, recoveryCodes, totpCredentials } from '../../db/schema/auth.ts';
import type { TPrincipalRef } from './session/session.service.ts';

const ofPrincipal = (ref: TPrincipalRef) =>
  and(eq(totpCredentials.principalKind, ref.kind), eq(totpCredentials.principalId, ref.id));

export async function findTotp(db: DbOrTx, ref: TPrincipalRef) {
  const [row] = await db.select().from(totpCredentials).where(ofPrincipal(ref));
  return row;
}

export async function saveUnconfirmedTotp(db: DbOrTx, ref: TPrincipalRef, sealedSecret: string, at: Date): Promise<void> {
  await db
    .insert(totpCredentials)
    .values({ principalKind: ref.kind, principalId: ref.id, secret: sealedSecret, createdAt: at })
    .onConflictDoUpdate({
      target: [totpCredentials.principalKind, totpCredentials.principalId],
      set: { secret: sealedSecret, createdAt: at, confirmedAt: null, lastUsedStep: null },
    });
}

/** Records the step as used unless it (or a later one) already was; false means a replayed code. */
export async function claimTotpStep(db: DbOrTx, ref: TPrincipalRef, step: number, confirmAt?: Date): Promise<boolean> {
  const rows = await db
    .update(totpCredentials)
    .set({ lastUsedStep: step, ...(confirmAt ? { confirmedAt: confirmAt } : {}) })
    .where(
      and(
        ofPrincipal(ref),
        sql`(${totpCredentials.lastUsedStep} is null or ${totpCredentials.lastUsedStep} < ${step})`,
      ),
    )
    .returning({ step: totpCredentials.lastUsedStep });
  return rows.length > 0;
}

export async function deleteTotp(db: DbOrTx, ref: TPrincipalRef): Promise<void> {
  await db.delete(totpCredentials).where(ofPrincipal(ref));
  await db
    .delete(recoveryCodes)
    .where(and(eq(recoveryCodes.principalKind, ref.kind), eq(recoveryCodes.principalId, ref.id)));
}

export async function replaceRecoveryCodes(db: DbOrTx, ref: TPrincipalRef, hashes: string[]): Promise<void> {
  await db
    .delete(recoveryCodes)
    .where(and(eq(recoveryCodes.principalKind, ref.kind), eq(recoveryCodes.principalId, ref.id)));
  await db.insert(recoveryCodes).values(hashes.map((codeHash) => ({ principalKind: ref.kind, principalId: ref.id, codeHash })));
}

export async function useRecoveryCode(db: DbOrTx, ref: TPrincipalRef, codeHash: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt: at })
    .where(
      and(
        eq(recoveryCodes.principalKind, ref.kind),
        eq(recoveryCodes.principalId, ref.id),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return rows.length > 0;
}

export async function countUnusedRecoveryCodes(db: DbOrTx, ref: TPrincipalRef): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.principalKind, ref.kind), eq(recoveryCodes.principalId, ref.id), isNull(recoveryCodes.usedAt)));
  return row?.n ?? 0;
}

export async function insertEmailChallenge(
  db: DbOrTx,
  input: { ref: TPrincipalRef; purpose: string; codeHash: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  // A new code replaces any earlier one for the same purpose: only the latest email works.
  await db
    .update(emailChallenges)
    .set({ consumedAt: input.createdAt })
    .where(
      and(
        eq(emailChallenges.principalKind, input.ref.kind),
        eq(emailChallenges.principalId, input.ref.id),
        eq(emailChallenges.purpose, input.purpose),
        isNull(emailChallenges.consumedAt),
      ),
    );
  await db.insert(emailChallenges).values({
    purpose: input.purpose,
    principalKind: input.ref.kind,
    principalId: input.ref.id,
    codeHash: input.codeHash,
    createdAt: input.createdAt,
    expiresAt: input.expiresAt,
  });
}

export async function findOpenEmailChallenge(db: DbOrTx, ref: TPrincipalRef, purpose: string, now: Date) {
  const [row] = await db
    .select()
    .from(emailChallenges)
    .where(
      and(
        eq(emailChallenges.principalKind, ref.kind),
        eq(emailChallenges.principalId, ref.id),
        eq(emailChallenges.purpose, purpose),
        isNull(emailChallenges.consumedAt),
        gt(emailChallenges.expiresAt, now),
      ),
    )
    .orderBy(desc(emailChallenges.createdAt))
    .limit(1);
  return row;
}

export async function countEmailChallengeAttempt(db: DbOrTx, id: string, consume: boolean, at: Date): Promise<void> {
  await db
    .update(emailChallenges)
    .set({ attempts: sql`${emailChallenges.attempts} + 1`, ...(consume ? { consumedAt: at } : {}) })
    .where(eq(emailChallenges.id, id));
}
