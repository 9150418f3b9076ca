import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { emailChallenges, recoveryCodes, sessions, totpCredentials } from '../../db/schema/auth.ts';
import { passwordCredentials } from '../../db/schema/credentials.ts';
import { corrections, rectificationRequests } from '../../db/schema/personal-data.ts';
import { clearThrottle } from '../auth/sign-in-throttle.ts';

/**
 * What the portal keeps about an account besides its inventory categories, gone with the account:
 * sessions (device and network prefix), the password hash and second factors, pending codes, the
 * sign-in throttle row (a keyed hash of the address), rectification requests (free-text notes) and
 * the correction history. Runs in the own-tables step's transaction, so it happens with the rest.
 */
export async function closeAccountAccess(tx: DbOrTx, input: { customerId: string; signInEmailHash: string }): Promise<void> {
  const { customerId } = input;
  await tx.delete(sessions).where(and(eq(sessions.principalKind, 'customer'), eq(sessions.principalId, customerId)));
  await tx.delete(passwordCredentials).where(and(eq(passwordCredentials.principalKind, 'customer'), eq(passwordCredentials.principalId, customerId)));
  await tx.delete(totpCredentials).where(and(eq(totpCredentials.principalKind, 'customer'), eq(totpCredentials.principalId, customerId)));
  await tx.delete(recoveryCodes).where(and(eq(recoveryCodes.principalKind, 'customer'), eq(recoveryCodes.principalId, customerId)));
  await tx.delete(emailChallenges).where(and(eq(emailChallenges.principalKind, 'customer'), eq(emailChallenges.principalId, customerId)));
  await clearThrottle(tx, input.signInEmailHash);
  await tx.delete(rectificationRequests).where(eq(rectificationRequests.customerId, customerId));
  await tx.delete(corrections).where(eq(corrections.customerId, customerId));
}
