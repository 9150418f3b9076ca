// Vitest global setup: ONE PostgreSQL for the whole run, and a migrated template database that every test
// file clones (test-database.ts).
//   default:       the embedded PostgreSQL 18 in <repo>/.data/postgres-test (kept between runs: fast)
//   DATABASE_URL:  that server (CI runs Debian's PostgreSQL 15 this way). The URL's database is only used
//                  to run CREATE/DROP DATABASE from, so its role needs CREATEDB:
//                    CREATE ROLE custodia_ci LOGIN PASSWORD '…' CREATEDB CREATEROLE;   -- CREATEROLE: migration 0008 creates custodia_app
//                    CREATE DATABASE custodia_ci OWNER custodia_ci;
//                    DATABASE_URL=postgres://custodia_ci:…@127.0.0.1:5432/custodia_ci pnpm --filter @portal/server test
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { redactConnectionString } from '../../src/db/admin-sql.ts';
import { startEmbeddedPostgres, type TEmbeddedPostgres } from '../../src/db/embedded-postgres.ts';
import { REPO_DIR } from '../../src/lib/repo-paths.ts';
import './provided-context.ts';
import { dropTestDatabases, prepareTemplateDatabase } from './template-database.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  let embedded: TEmbeddedPostgres | undefined;
  let adminUrl: string;
  if (databaseUrl) {
    adminUrl = databaseUrl;
  } else {
    embedded = await startEmbeddedPostgres({
      dataDir: join(REPO_DIR, '.data', 'postgres-test'),
      log: (message) => console.log(`[test database] ${message}`),
      // Throwaway data: durability buys nothing here and costs time on every CREATE DATABASE.
      settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
    });
    adminUrl = embedded.connectionString('postgres');
  }
  try {
    const template = await prepareTemplateDatabase(adminUrl);
    if (template === 'built')
      console.log(`[test database] migrated the template on ${redactConnectionString(adminUrl)}`);
  } catch (error) {
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
  // Date in base 36 plus a random tail: unique per run, short enough for 63-character names.
  const prefix = `custodia_test_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}_`;
  project.provide('testDatabaseAdminUrl', adminUrl);
  project.provide('testDatabasePrefix', prefix);

  return async () => {
    try {
      await dropTestDatabases(adminUrl, prefix);
    } finally {
      await embedded?.stop();
    }
  };
}
