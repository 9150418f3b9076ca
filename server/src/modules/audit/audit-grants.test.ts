import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '../../../test/setup/test-database.ts';
import { createFakeClock } from '../../lib/clock.ts';
import { generateSigningKeys } from '../../lib/tokens/signing-keys.ts';
import { createTokenService } from '../../lib/tokens/token-service.ts';
import { createAuditService, type TAuditService } from './audit.service.ts';

/**
 * security.md line 19: the application's database role (custodia_app, migration 0008) cannot UPDATE,
 * DELETE or TRUNCATE the audit trail. These run on the pool the server uses (APP_DB_ROLE) and expect
 * the grant to refuse (42501), also when the owner has switched the triggers off, so the two
 * protections are independent of each other.
 */
let database: TTestDatabase;
let audit: TAuditService;
const clock = createFakeClock();

beforeAll(async () => {
  database = await createTestDatabase();
  const tokens = createTokenService({ keys: await generateSigningKeys(), issuer: 'https://portal.example', clock });
  audit = createAuditService({ db: database.app.db, tokens, now: () => clock.now() });
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await database.pool.query(`begin;
    alter table audit_events disable trigger all; alter table audit_checkpoints disable trigger all;
    truncate audit_events, audit_checkpoints;
    alter table audit_events enable trigger all; alter table audit_checkpoints enable trigger all;
    commit`);
  for (let i = 0; i < 3; i += 1) {
    await audit.append(database.app.db, { action: 'auth.sign-out', outcome: 'success', actorKind: 'customer', actorId: randomUUID() });
  }
  await audit.writeCheckpoint();
});

async function asApp(statement: string): Promise<{ code?: string; message: string }> {
  return database.app.pool.query(statement).then(
    () => ({ message: 'succeeded' }),
    (error: { code?: string; message: string }) => ({ code: error.code, message: error.message }),
  );
}

const STATEMENTS = [
  'update audit_events set action = $$auth.sign-in.failed$$',
  'delete from audit_events where seq = 3',
  'truncate audit_events',
  'update audit_checkpoints set created_at = now()',
  'delete from audit_checkpoints',
  'truncate audit_checkpoints',
];

describe('the application role on the audit tables', () => {
  it('works as custodia_app, not as the owner', async () => {
    const { rows } = await database.app.pool.query<{ role: string; owner: string }>(
      'select current_user as role, session_user as owner',
    );
    expect(rows[0]?.role).toBe('custodia_app');
    expect(rows[0]?.owner).not.toBe('custodia_app');
  });

  it.each(STATEMENTS)('when the app runs "%s", then the grants refuse it', async (statement) => {
    expect(await asApp(statement)).toMatchObject({ code: '42501', message: expect.stringMatching(/permission denied/) });
    expect(await audit.verify()).toMatchObject({ ok: true, lastSeq: 3, checkpoints: 1 });
  });

  it.each(STATEMENTS)('when the owner switched the triggers off, then "%s" is still refused to the app', async (statement) => {
    await database.pool.query('alter table audit_events disable trigger all; alter table audit_checkpoints disable trigger all');
    try {
      expect(await asApp(statement)).toMatchObject({ code: '42501' });
    } finally {
      await database.pool.query('alter table audit_events enable trigger all; alter table audit_checkpoints enable trigger all');
    }
    expect(await audit.verify()).toMatchObject({ ok: true, lastSeq: 3 });
  });

  it('when the app tries to switch the triggers off itself, then only the owner may', async () => {
    expect(await asApp('alter table audit_events disable trigger all')).toMatchObject({
      message: expect.stringMatching(/must be owner/),
    });
  });

  it('when the app appends and reads, then that works: append-only, not read-only', async () => {
    await audit.append(database.app.db, { action: 'auth.sign-out', outcome: 'success', actorKind: 'system' });
    const { rows } = await database.app.pool.query<{ n: string }>('select count(*) as n from audit_events');
    expect(Number(rows[0]?.n)).toBe(4);
  });

  it('when a later migration adds a table, then the app gets read and write on it by default', async () => {
    await database.pool.query('create table later_table (id int primary key)');
    expect(await asApp('insert into later_table values (1)')).toEqual({ message: 'succeeded' });
    expect(await asApp('delete from later_table')).toEqual({ message: 'succeeded' });
    expect(await asApp('truncate later_table')).toMatchObject({ code: '42501' });
    // Also in a schema created later (a job queue's, say).
    await database.pool.query('create schema later_schema; create table later_schema.jobs (id int primary key)');
    expect(await asApp('insert into later_schema.jobs values (1)')).toEqual({ message: 'succeeded' });
  });
});
