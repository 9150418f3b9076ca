// A fresh database per test file, cloned from the migrated template the global setup prepared.
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import type pg from 'pg';
import { dropDatabaseIfExists, withClient, withDatabaseName } from '../../src/db/admin-sql.ts';
import { APP_DB_ROLE, createDatabase, type Db } from '../../src/db/client.ts';
import { TEMPLATE_DATABASE } from './provided-context.ts';

export type TTestDatabase = {
  name: string;
  connectionString: string;
  /** As the owner (migrations, tampering with the log in tests): triggers bind it, grants do not. */
  db: Db;
  pool: pg.Pool;
  /** As the application's role, like the server's pool (APP_DB_ROLE): what the app may and may not do. */
  app: { db: Db; pool: pg.Pool };
  /** Closes the pool and drops the database; idempotent. */
  close: () => Promise<void>;
};

/**
 * Creates `custodia_test_<run>_w<worker>_<random>` from the migrated template (or, with `empty`, a database
 * without any table, for migration tests). Call once per file (beforeAll) and close it in afterAll.
 */
export async function createTestDatabase(
  options: { empty?: boolean; max?: number } = {},
): Promise<TTestDatabase> {
  const adminUrl = inject('testDatabaseAdminUrl');
  if (!adminUrl)
    throw new Error('createTestDatabase needs the global setup of server/vitest.config.ts');
  const worker = process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? '0';
  const name = `${inject('testDatabasePrefix')}w${worker}_${randomBytes(4).toString('hex')}`;
  const template = options.empty ? 'template0' : TEMPLATE_DATABASE;
  await withClient(adminUrl, async (admin) => {
    await admin.query(
      `create database ${admin.escapeIdentifier(name)} template ${admin.escapeIdentifier(template)}`,
    );
  });
  const connectionString = withDatabaseName(adminUrl, name);
  const {
    db,
    pool,
    close: closePool,
  } = createDatabase(connectionString, { max: options.max ?? 5 });
  // Nothing connects until the first query, so files that never use it pay nothing.
  const app = createDatabase(connectionString, { max: options.max ?? 5, role: APP_DB_ROLE });
  let closing: Promise<void> | undefined;
  return {
    name,
    connectionString,
    db,
    pool,
    app: { db: app.db, pool: app.pool },
    close: () =>
      (closing ??= (async () => {
        await closePool();
        await app.close();
        await dropDatabaseIfExists(adminUrl, name);
      })()),
  };
}
