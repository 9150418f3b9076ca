// A server killed (SIGKILL) in the middle of a migration leaves the database as it was before that
// migration, and the next start finishes the job (issue 10, "Crash safety").
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '../../test/setup/test-database.ts';
import { launchPortalProcess, startPortalProcess, waitFor, type TPortalProcess } from '../../test/fixtures/portal-process.ts';
import { MIGRATIONS_DIR, runMigrations } from './migrate.ts';

let database: TTestDatabase;
let dataDir: string;
const processes: TPortalProcess[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ empty: true });
  dataDir = await mkdtemp(join(tmpdir(), 'custodia-migrate-'));
});
afterAll(async () => {
  for (const p of processes) await p.kill();
  await database?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const query = async <T>(text: string) => (await database.pool.query(text)).rows as T[];

/** The migrations up to and including `lastTag`, as their own folder (an older release of the server). */
async function migrationsUpTo(lastTag: string): Promise<string> {
  const folder = join(dataDir, 'older-migrations');
  await cp(MIGRATIONS_DIR, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag === lastTag);
  if (last < 0) throw new Error(`no migration ${lastTag}`);
  await writeFile(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, last + 1) }));
  return folder;
}

it('when the server is killed while a migration runs, then nothing of it remains, and the next start completes it', { timeout: 120_000 }, async () => {
  // Arrange: a database at migration 0005, as an older release left it. The test holds a lock on
  // `customers`, which migration 0006 needs for its foreign key: the migration stops halfway there.
  await runMigrations(database.db, { migrationsFolder: await migrationsUpTo('0005_personal_data') });
  const applied = async () => (await query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations'))[0]?.n;
  expect(await applied()).toBe(6);
  const blocker = await database.pool.connect();
  await blocker.query('begin');
  await blocker.query('lock table customers in access exclusive mode');

  // Act: a new server starts, migrates, blocks inside 0006; kill it there.
  const env = { DATABASE_URL: database.connectionString, DATA_DIR: dataDir };
  const starting = await launchPortalProcess('server', env);
  await waitFor('the migration to wait for the lock', async () => {
    const waiting = await query<{ n: number }>(
      "select count(*)::int as n from pg_stat_activity where application_name like 'custodia-server%' and wait_event_type = 'Lock'",
    );
    return (waiting[0]?.n ?? 0) > 0;
  }, 60_000);
  await starting.kill('SIGKILL');
  await expect(starting.ready).rejects.toThrow('exited');
  await blocker.query('rollback');
  blocker.release();

  // Assert: the killed migration left nothing: no table, no record of it.
  await waitFor('the killed server’s connections to close', async () => {
    const rows = await query<{ n: number }>("select count(*)::int as n from pg_stat_activity where application_name like 'custodia-server%'");
    return rows[0]?.n === 0;
  }, 10_000);
  expect(await applied()).toBe(6);
  expect(await query("select 1 from information_schema.tables where table_name = 'data_exports'")).toEqual([]);

  // The next start completes the migrations and the server is ready.
  const server = await startPortalProcess('server', env);
  processes.push(server);
  expect(await applied()).toBeGreaterThan(6);
  expect(await query("select 1 from information_schema.tables where table_name = 'data_exports'")).toHaveLength(1);
  expect((await fetch(`${server.url}/api/ready`)).status).toBe(200);
});
