import argon2 from 'argon2';

/** security.md line 7: OWASP's argon2id floor (m = 19 MiB, t = 2, p = 1). */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export type TPasswordHasher = {
  hash: (password: string) => Promise<string>;
  verify: (hash: string, password: string) => Promise<boolean>;
  needsRehash: (hash: string) => boolean;
};

/**
 * Each hash takes ~19 MiB and tens of milliseconds on the libuv pool; unbounded, a burst of sign-ins
 * would exhaust memory and starve every other request, so at most `concurrency` run at once.
 */
export function createPasswordHasher(options: { concurrency?: number } = {}): TPasswordHasher {
  const limit = options.concurrency ?? 4;
  let running = 0;
  const waiting: Array<() => void> = [];
  const acquire = (): Promise<void> => {
    if (running < limit) {
      running += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => waiting.push(resolve));
  };
  // A finished hash hands its slot straight to the next waiter, so the limit holds under any interleaving.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  const bounded = async <T>(work: () => Promise<T>): Promise<T> => {
    await acquire();
    try {
      return await work();
    } finally {
      release();
    }
  };
  return {
    hash: (password) => bounded(() => argon2.hash(password, ARGON2_OPTIONS)),
    verify: (hash, password) =>
      bounded(async () => {
        try {
          return await argon2.verify(hash, password);
        } catch {
          // A malformed stored hash is a failed verification, never a crash.
          return false;
        }
      }),
    needsRehash: (hash) => argon2.needsRehash(hash, ARGON2_OPTIONS),
  };
}
