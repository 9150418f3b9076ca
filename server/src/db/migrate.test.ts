import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '../../test/setup/test-database.ts';
import { createDatabase } from './client.ts';
import { MIGRATIONS_DIR, runMigrations } from './migrate.ts';
import * as schema from './schema/index.ts';

const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
  entries: unknown[];
};
const schemaTables = Object.values(schema)
  .filter((value) => is(value, PgTable))
  .map((table) => getTableName(table))
  .sort();

const databases: TTestDatabase[] = [];
afterAll(async () => {
  for (const database of databases) await database.close();
});

async function emptyDatabase(): Promise<TTestDatabase> {
  const database = await createTestDatabase({ empty: true });
  databases.push(database);
  return database;
}

async function publicTables(database: TTestDatabase): Promise<string[]> {
  const { rows } = await database.pool.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = 'public' order by 1",
  );
  return rows.map((r) => r.name);
}

async function appliedCount(database: TTestDatabase): Promise<number> {
  const { rows } = await database.pool.query<{ n: number }>(
    'select count(*)::int as n from drizzle.__drizzle_migrations',
  );
  return rows[0]?.n ?? -1;
}

describe('runMigrations', () => {
  it('when the database is empty, then it creates every table of the drizzle schema and records each migration', async () => {
    const database = await emptyDatabase();
    expect(await publicTables(database)).toEqual([]);

    await runMigrations(database.db);

    expect(await publicTables(database)).toEqual(schemaTables);
    expect(await appliedCount(database)).toBe(journal.entries.length);
  });

  it('when run again, then it changes nothing', async () => {
    const database = await emptyDatabase();
    await runMigrations(database.db);

    await runMigrations(database.db);

    expect(await appliedCount(database)).toBe(journal.entries.length);
    expect(await publicTables(database)).toEqual(schemaTables);
  });

  it('when two servers migrate the same fresh database at once, then both succeed and it is migrated once', async () => {
    const database = await emptyDatabase();
    const other = createDatabase(database.connectionString, { max: 2 });
    try {
      await Promise.all([
        runMigrations(database.db),
        runMigrations(other.db),
        runMigrations(database.db),
      ]);
    } finally {
      await other.close();
    }

    expect(await appliedCount(database)).toBe(journal.entries.length);
    expect(await publicTables(database)).toEqual(schemaTables);
  });

  it('when the migrations folder is missing, then it fails with a message naming it', async () => {
    const database = await emptyDatabase();

    await expect(
      runMigrations(database.db, { migrationsFolder: '/nonexistent/drizzle' }),
    ).rejects.toThrow(/no migrations in \/nonexistent\/drizzle/);
  });

  it('when a test database is cloned from the template, then it is already migrated', async () => {
    const database = await createTestDatabase();
    databases.push(database);

    expect(await publicTables(database)).toEqual(schemaTables);
    expect(await appliedCount(database)).toBe(journal.entries.length);
  });
});
