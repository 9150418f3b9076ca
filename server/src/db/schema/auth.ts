import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Server-side sessions (security.md lines 1–3). Only the SHA-256 of the cookie value is stored, so a
 * leaked table cannot be replayed as cookies.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    /** customer | staff */
    principalKind: text('principal_kind').notNull(),
    principalId: uuid('principal_id').notNull(),
    /** A session waiting for its second factor grants nothing but finishing sign-in. */
    secondFactorPending: boolean('second_factor_pending').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    absoluteExpiresAt: timestamp('absolute_expires_at', { withTimezone: true }).notNull(),
    /** Last sign-in or step-up; step-up guarded actions need it within five minutes. */
    authenticatedAt: timestamp('authenticated_at', { withTimezone: true }).notNull(),
    userAgent: text('user_agent').notNull().default(''),
    ipPrefix: text('ip_prefix'),
    /** Staff impersonating a customer (issue 8); null otherwise. */
    impersonationId: uuid('impersonation_id'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** sign-out | revoked-by-user | rotated | expired | erasure | credential-change | staff-disabled */
    revokedReason: text('revoked_reason'),
  },
  (t) => [
    uniqueIndex('sessions_token_hash_key').on(t.tokenHash),
    index('sessions_principal_idx')
      .on(t.principalKind, t.principalId)
      .where(sql`${t.revokedAt} is null`),
  ],
);

/**
 * Per-account sign-in failures (security.md line 9), keyed by a hash of the normalised email so unknown
 * addresses are throttled exactly like known ones (line 10).
 */
export const signInThrottle = pgTable('sign_in_throttle', {
  emailHash: text('email_hash').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
  lockedAt: timestamp('locked_at', { withTimezone: true }),
});

/** Fixed-window counters shared by every server instance (per-IP and per-purpose limits). */
export const rateLimitBuckets = pgTable(
  'rate_limit_buckets',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

/** Emailed one-time codes (sign-in, claim, verification, step-up); stored as keyed hashes, single use. */
export const emailChallenges = pgTable(
  'email_challenges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** sign-in | claim | verify-email | step-up | password-reset */
    purpose: text('purpose').notNull(),
    principalKind: text('principal_kind').notNull(),
    principalId: uuid('principal_id').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
  },
  (t) => [index('email_challenges_principal_idx').on(t.principalKind, t.principalId, t.purpose)],
);

/** TOTP second factor (RFC 6238). The secret never leaves the server after enrolment. */
export const totpCredentials = pgTable(
  'totp_credentials',
  {
    principalKind: text('principal_kind').notNull(),
    principalId: uuid('principal_id').notNull(),
    secret: text('secret').notNull(),
    /** Null while enrolment awaits its first valid code. */
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    /** The last accepted 30-second step; a code is never accepted twice. */
    lastUsedStep: integer('last_used_step'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.principalKind, t.principalId] })],
);

/** Single-use recovery codes, stored as SHA-256 (they are long random strings, not passwords). */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    principalKind: text('principal_kind').notNull(),
    principalId: uuid('principal_id').notNull(),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('recovery_codes_principal_idx').on(t.principalKind, t.principalId)],
);
