// Builds custodia_test_template once per migration set. Runs in the global setup only (one process),
// and under an advisory lock in the admin database, so concurrent test runs on one server do not collide.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { withClient, withDatabaseName } from '../../src/db/admin-sql.ts';
import { createDatabase } from '../../src/db/client.ts';
import { MIGRATIONS_DIR, runMigrations } from '../../src/db/migrate.ts';
import { TEMPLATE_DATABASE } from './provided-context.ts';

const PG_BOSS_VERSION = (createRequire(import.meta.url)('pg-boss/package.json') as { version: string }).version;
const TEMPLATE_LOCK_KEY = '7351902448061114';
const BUILD_DATABASE = `${TEMPLATE_DATABASE}_build`;

/** Identifies the migrations the template holds (kept as the template's comment). */
function migrationsFingerprint(): string {
  const hashes = readMigrationFiles({ migrationsFolder: MIGRATIONS_DIR }).map(
    (m) => `${m.folderMillis}:${m.hash}`,
  );
  // pg-boss installs its own tables in the migrations: a new pg-boss version needs a new template.
  hashes.push(`pg-boss:${PG_BOSS_VERSION}`);
  return `migrations:${createHash('sha256').update(hashes.join('\n')).digest('hex').slice(0, 32)}`;
}

/** Makes sure the template exists and holds the current migrations; reuses it when it does. */
export async function prepareTemplateDatabase(adminUrl: string): Promise<'reused' | 'built'> {
  const fingerprint = migrationsFingerprint();
  return withClient(adminUrl, async (admin) => {
    const q = (name: string) => admin.escapeIdentifier(name);
    await admin.query('select pg_advisory_lock($1::bigint)', [TEMPLATE_LOCK_KEY]);
    try {
      const { rows } = await admin.query<{ comment: string | null }>(
        "select shobj_description(oid, 'pg_database') as comment from pg_database where datname = $1",
        [TEMPLATE_DATABASE],
      );
      if (rows[0]?.comment === fingerprint) return 'reused';

      // Build under another name and rename at the end: the template is never seen half-migrated.
      await admin.query(`drop database if exists ${q(BUILD_DATABASE)} with (force)`);
      await admin.query(`create database ${q(BUILD_DATABASE)} template template0`);
      const build = createDatabase(withDatabaseName(adminUrl, BUILD_DATABASE), { max: 1 });
      try {
        await runMigrations(build.db);
      } finally {
        await build.close();
      }
      if (rows[0]) {
        await admin.query(`alter database ${q(TEMPLATE_DATABASE)} is_template false`);
        await admin.query(`drop database ${q(TEMPLATE_DATABASE)} with (force)`);
      }
      await admin.query(`alter database ${q(BUILD_DATABASE)} rename to ${q(TEMPLATE_DATABASE)}`);
      await admin.query(`alter database ${q(TEMPLATE_DATABASE)} is_template true`);
      await admin.query(
        `comment on database ${q(TEMPLATE_DATABASE)} is ${admin.escapeLiteral(fingerprint)}`,
      );
      return 'built';
    } finally {
      await admin
        .query('select pg_advisory_unlock($1::bigint)', [TEMPLATE_LOCK_KEY])
        .catch(() => undefined);
    }
  });
}

/** Drops the test databases whose names start with `prefix` (left by files that did not close theirs). */
export async function dropTestDatabases(adminUrl: string, prefix: string): Promise<void> {
  await withClient(adminUrl, async (admin) => {
    const { rows } = await admin.query<{ name: string }>(
      'select datname as name from pg_database where starts_with(datname, $1)',
      [prefix],
    );
    for (const { name } of rows)
      await admin.query(`drop database if exists ${admin.escapeIdentifier(name)} with (force)`);
  });
}
