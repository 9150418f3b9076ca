import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { signInThrottle } from '../../db/schema/auth.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';

/** The throttle's key for an email: keyed, so unknown addresses are throttled alike and the table names nobody. */
export function throttleKeyOf(secret: TServerSecret, email: string): string {
  return secret.hmac('sign-in-email', email.trim().toLowerCase());
}

/** security.md line 9. */
export const FREE_FAILURES = 5;
export const LOCK_AFTER_FAILURES = 100;
const MAX_DELAY_MS = 15 * 60_000;

/** After the fifth failure each further attempt waits twice as long: 1 s, 2 s, 4 s, … up to 15 minutes. */
export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(1000 * 2 ** (failures - FREE_FAILURES), MAX_DELAY_MS);
}

export type TThrottleState = { failures: number; lastFailureAt: Date | null; lockedAt: Date | null };

export async function readThrottle(db: DbOrTx, emailHash: string): Promise<TThrottleState> {
  const [row] = await db.select().from(signInThrottle).where(eq(signInThrottle.emailHash, emailHash));
  return row ?? { failures: 0, lastFailureAt: null, lockedAt: null };
}

/** Refuses the attempt before any password is checked when the account is locked or cooling down. */
export function assertMayAttempt(state: TThrottleState, now: Date): void {
  if (state.lockedAt) {
    throw new AppError('locked', 'This account is locked after too many failed sign-ins. Reset your password to unlock it.');
  }
  if (!state.lastFailureAt) return;
  const waitMs = state.lastFailureAt.getTime() + delayAfter(state.failures) - now.getTime();
  if (waitMs > 0) {
    throw new AppError('rate_limited', 'Too many failed sign-ins. Please wait before trying again.', {
      retryAfterSeconds: Math.ceil(waitMs / 1000),
    });
  }
}

/** Counts a failure; returns true when this failure locked the account. */
export async function recordFailure(db: DbOrTx, emailHash: string, now: Date): Promise<boolean> {
  const [row] = await db
    .insert(signInThrottle)
    .values({ emailHash, failures: 1, lastFailureAt: now })
    .onConflictDoUpdate({
      target: signInThrottle.emailHash,
      set: {
        failures: sql`${signInThrottle.failures} + 1`,
        lastFailureAt: now,
        lockedAt: sql`case when ${signInThrottle.failures} + 1 >= ${LOCK_AFTER_FAILURES} then coalesce(${signInThrottle.lockedAt}, ${now}::timestamptz) else ${signInThrottle.lockedAt} end`,
      },
    })
    .returning({ failures: signInThrottle.failures });
  return row?.failures === LOCK_AFTER_FAILURES;
}

/** A successful sign-in or password reset clears failures and the lock. */
export async function clearThrottle(db: DbOrTx, emailHash: string): Promise<void> {
  await db.delete(signInThrottle).where(eq(signInThrottle.emailHash, emailHash));
}
