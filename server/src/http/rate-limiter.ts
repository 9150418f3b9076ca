import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { rateLimitBuckets } from '../db/schema/auth.ts';
import { AppError } from '../lib/app-error.ts';
import type { TClock } from '../lib/clock.ts';
import type { TServerSecret } from '../lib/server-secret.ts';

export type TRateLimit = { limit: number; windowSeconds: number };

export type TRateLimiter = {
  /** Counts one hit on `key`; throws `rate_limited` with the seconds to wait once over the limit. */
  hit: (key: string, rule: TRateLimit) => Promise<void>;
};

/**
 * Fixed windows in PostgreSQL, so the limit holds across every server instance; one upsert per hit.
 * Keys are stored as keyed hashes: callers key by IP address, and a table of who-came-from-where
 * is personal data the limiter has no need to be able to read back.
 */
export function createRateLimiter(deps: { db: Db; clock: TClock; secret: TServerSecret }): TRateLimiter {
  let lastSweep = 0;
  return {
    async hit(plainKey, rule) {
      const key = deps.secret.hmac('rate-limit-key', plainKey);
      const now = deps.clock.now().getTime();
      const windowMs = rule.windowSeconds * 1000;
      const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
      const [row] = await deps.db
        .insert(rateLimitBuckets)
        .values({ key, windowStart, hits: 1 })
        .onConflictDoUpdate({
          target: [rateLimitBuckets.key, rateLimitBuckets.windowStart],
          set: { hits: sql`${rateLimitBuckets.hits} + 1` },
        })
        .returning({ hits: rateLimitBuckets.hits });
      if (now - lastSweep > 10 * 60_000) {
        lastSweep = now;
        await deps.db.delete(rateLimitBuckets).where(sql`${rateLimitBuckets.windowStart} < ${new Date(now - 86_400_000)}`);
      }
      if ((row?.hits ?? 0) > rule.limit) {
        const retryAfterSeconds = Math.ceil((windowStart.getTime() + windowMs - now) / 1000);
        throw new AppError('rate_limited', 'Too many attempts. Please wait a moment and try again.', {
          retryAfterSeconds,
        });
      }
    },
  };
}
