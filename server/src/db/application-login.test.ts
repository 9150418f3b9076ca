import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '../../test/setup/test-database.ts';
import { launchPortalProcess, startPortalProcess } from '../../test/fixtures/portal-process.ts';
import { assertApplicationLogin } from './application-login.ts';
import { APP_DB_ROLE, createDatabase, type TDatabase } from './client.ts';

/**
 * APP_DATABASE_URL (docs/decisions/0003): the application's queries log in as a role that is only a
 * member of custodia_app, so not even `SET ROLE NONE` gives SQL inside the application the owner's
 * power over the audit trail; start-up refuses a login that holds more.
 */
let database: TTestDatabase;
let login: string;
let loginUrl: string;
let asLogin: TDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  login = `custodia_app_login_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  // Roles belong to the cluster, not the test database: a random name, dropped afterwards.
  await database.pool.query(`create role ${login} login password '${password}' in role ${APP_DB_ROLE}`);
  const url = new URL(database.connectionString);
  url.username = login;
  url.password = password;
  loginUrl = url.toString();
  asLogin = createDatabase(loginUrl, { max: 2, role: APP_DB_ROLE });
});
afterAll(async () => {
  await asLogin?.close();
  await database?.pool.query(`drop role if exists ${login}`);
  await database?.close();
});

const attempt = (pool: TDatabase['pool'], statement: string) =>
  pool.query(statement).then(
    () => 'succeeded',
    (error: { code?: string }) => error.code,
  );

describe('a login of its own for the application', () => {
  it('when SQL drops the role, then it still cannot change, remove or unprotect audit rows', async () => {
    const client = await asLogin.pool.connect();
    try {
      // (RESET ROLE would only return to the startup option's custodia_app; NONE is the login itself.)
      await client.query('set role none');
      const { rows } = await client.query<{ who: string }>('select current_user as who');
      expect(rows[0]?.who).toBe(login);
      const pool = { query: (statement: string) => client.query(statement) } as TDatabase['pool'];
      expect(await attempt(pool, 'update audit_events set action = action')).toBe('42501');
      expect(await attempt(pool, 'delete from audit_events')).toBe('42501');
      expect(await attempt(pool, 'truncate audit_events')).toBe('42501');
      expect(await attempt(pool, 'alter table audit_events disable trigger all')).toBe('42501');
      // The business tables still work, through the membership.
      expect(await attempt(pool, 'select count(*) from customers')).toBe('succeeded');
    } finally {
      client.release(true);
    }
  });

  it('when checked at start, then the member login passes and the owner is refused by what it holds', async () => {
    await expect(assertApplicationLogin(asLogin.pool)).resolves.toBeUndefined();
    await expect(assertApplicationLogin(database.pool)).rejects.toThrow(/APP_DATABASE_URL: the login \w+ .*(superuser|owns tables)/);
  });

  it('when the server starts with APP_DATABASE_URL, then its queries run on that login; with the owner there, it refuses to start', { timeout: 90_000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'custodia-app-login-'));
    try {
      const env = { DATABASE_URL: database.connectionString, DATA_DIR: dataDir, RUN_JOBS: 'false' };
      const server = await startPortalProcess('server', { ...env, APP_DATABASE_URL: loginUrl });
      try {
        expect((await fetch(`${server.url ?? ''}/api/ready`)).status).toBe(200);
        const { rows } = await database.pool.query<{ usename: string }>(
          `select distinct usename from pg_stat_activity where datname = current_database() and application_name = 'custodia-server'`,
        );
        expect(rows.map((r) => r.usename)).toEqual([login]);
      } finally {
        await server.kill('SIGTERM');
      }

      const refused = await launchPortalProcess('server', { ...env, APP_DATABASE_URL: database.connectionString });
      await expect(refused.ready).rejects.toThrow(/exited \(1\)/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
