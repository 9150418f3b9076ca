import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Password hashes (argon2id) of customers and staff; never leaves the server. */
export const passwordCredentials = pgTable(
  'password_credentials',
  {
    /** customer | staff */
    principalKind: text('principal_kind').notNull(),
    principalId: uuid('principal_id').notNull(),
    passwordHash: text('password_hash').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.principalKind, t.principalId] })],
);
