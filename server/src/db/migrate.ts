// Applies the versioned SQL migrations in server/drizzle/ (written by `pnpm db:generate`).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { installJobSchema } from '../jobs/install-job-schema.ts';
import { SERVER_DIR } from '../lib/repo-paths.ts';
import type { Db } from './client.ts';

/** server/drizzle, found the same way from src/ (tsx, vitest) and from the bundled dist/index.js. */
export const MIGRATIONS_DIR = join(SERVER_DIR, 'drizzle');

/**
 * Session-level advisory lock key (any constant; locks are per database). Two servers starting at once
 * on the same database would otherwise both try to create the same tables.
 */
const MIGRATION_LOCK_KEY = '7351902448061113';

/**
 * Brings the database up to the latest migration and the job queue's tables (pg-boss) up to the
 * installed pg-boss version; a no-op when both are current. Runs on one connection
 * holding the advisory lock, so concurrent callers wait and then find nothing left to do.
 */
export async function runMigrations(
  db: Db,
  options: { migrationsFolder?: string } = {},
): Promise<void> {
  const migrationsFolder = options.migrationsFolder ?? MIGRATIONS_DIR;
  if (!existsSync(join(migrationsFolder, 'meta', '_journal.json'))) {
    throw new Error(
      `no migrations in ${migrationsFolder} (meta/_journal.json is missing); ship server/drizzle with the server`,
    );
  }
  const client = await db.$client.connect();
  let failure: Error | undefined;
  try {
    await client.query('select pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
    try {
      await migrate(drizzle({ client }), { migrationsFolder });
      await installJobSchema(client);
    } finally {
      await client
        .query('select pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY])
        .catch((error: Error) => {
          failure = error;
        });
    }
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    // drizzle wraps the server's error ("Failed query: …") and keeps it as the cause.
    const cause = failure.cause instanceof Error ? ` (${failure.cause.message})` : '';
    throw new Error(`database migration failed: ${failure.message}${cause}`, { cause: error });
  } finally {
    // A connection that failed (or may still hold the lock) is closed rather than returned to the pool.
    client.release(failure);
  }
}
