import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dropDatabaseIfExists, withClient, withDatabaseName } from './admin-sql.ts';

/**
 * The test suite and `db:reset` drop databases as a role that is not a superuser (Debian's PostgreSQL
 * in CI, a managed server in production). DROP … WITH (FORCE) refuses there when a session it may not
 * signal is in the database: an autovacuum worker on PostgreSQL 15, or another role's session.
 */
const adminUrl = inject('testDatabaseAdminUrl');
const suffix = randomBytes(4).toString('hex');
const dropper = `custodia_dropper_${suffix}`;
const visitor = `custodia_visitor_${suffix}`;
const password = randomBytes(12).toString('hex');

function asRole(role: string, database: string): string {
  const url = new URL(withDatabaseName(adminUrl, database));
  url.username = role;
  url.password = password;
  return url.toString();
}

async function databaseExists(name: string): Promise<boolean> {
  return withClient(adminUrl, async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    return found.rowCount === 1;
  });
}

beforeAll(async () => {
  await withClient(adminUrl, async (client) => {
    await client.query(`create role ${dropper} login createdb password '${password}'`);
    await client.query(`create role ${visitor} login password '${password}'`);
  });
});
afterAll(async () => {
  await withClient(adminUrl, async (client) => {
    await client.query(`drop role if exists ${visitor}`);
    await client.query(`drop role if exists ${dropper}`);
  });
});

describe('dropDatabaseIfExists', () => {
  it('when a session of a role it may not signal is leaving, then it waits for it and drops the database', async () => {
    const name = `${inject('testDatabasePrefix')}drop_${suffix}`;
    await withClient(asRole(dropper, 'postgres'), (client) =>
      client.query(`create database ${name}`),
    );
    const visiting = new pg.Client({ connectionString: asRole(visitor, name) });
    await visiting.connect();
    await visiting.query('select 1');

    const leaving = new Promise<void>((resolve) => setTimeout(resolve, 500)).then(() =>
      visiting.end(),
    );
    await dropDatabaseIfExists(asRole(dropper, 'postgres'), name);
    await leaving;

    expect(await databaseExists(name)).toBe(false);
  });

  it('when the database does not exist, then it does nothing', async () => {
    const name = `${inject('testDatabasePrefix')}absent_${suffix}`;
    await expect(dropDatabaseIfExists(asRole(dropper, 'postgres'), name)).resolves.toBeUndefined();
  });
});
