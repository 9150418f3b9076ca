import { eq } from 'drizzle-orm';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '../../test/setup/test-database.ts';
import { createDatabase, withTransaction } from './client.ts';
import { appMeta } from './schema/index.ts';

let database: TTestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function metaKeys(): Promise<string[]> {
  const rows = await database.db.select({ key: appMeta.key }).from(appMeta).orderBy(appMeta.key);
  return rows.map((r) => r.key);
}

describe('withTransaction', () => {
  it('when the callback resolves, then its writes are committed and its result returned', async () => {
    const result = await withTransaction(database.db, async (tx) => {
      await tx.insert(appMeta).values({ key: 'commit', value: { ok: true } });
      return 'done';
    });

    expect(result).toBe('done');
    const [row] = await database.db.select().from(appMeta).where(eq(appMeta.key, 'commit'));
    expect(row?.value).toEqual({ ok: true });
  });

  it('when the callback throws, then its writes are rolled back and the error re-thrown', async () => {
    const boom = new Error('boom');

    const outcome = withTransaction(database.db, async (tx) => {
      await tx.insert(appMeta).values({ key: 'rollback', value: 1 });
      throw boom;
    });

    await expect(outcome).rejects.toBe(boom);
    expect(await metaKeys()).not.toContain('rollback');
  });

  it('when a nested transaction fails, then only its savepoint is rolled back', async () => {
    await withTransaction(database.db, async (tx) => {
      await tx.insert(appMeta).values({ key: 'outer', value: 1 });
      await withTransaction(tx, async (inner) => {
        await inner.insert(appMeta).values({ key: 'inner', value: 2 });
        throw new Error('inner fails');
      }).catch(() => undefined);
    });

    const keys = await metaKeys();
    expect(keys).toContain('outer');
    expect(keys).not.toContain('inner');
  });

  it('when a serializable transaction is asked for, then it runs at that isolation level', async () => {
    const level = await withTransaction(
      database.db,
      async (tx) =>
        (
          await tx.execute<{ level: string }>(
            "select current_setting('transaction_isolation') as level",
          )
        ).rows[0]?.level,
      { isolationLevel: 'serializable' },
    );

    expect(level).toBe('serializable');
  });
});

describe('createDatabase', () => {
  it('when an idle connection is terminated by the server, then onError hears of it and the pool carries on', async () => {
    const errors: Error[] = [];
    const other = createDatabase(database.connectionString, {
      max: 1,
      onError: (error) => errors.push(error),
    });
    try {
      const { rows } = await other.pool.query<{ pid: number }>('select pg_backend_pid() as pid');
      await database.pool.query('select pg_terminate_backend($1)', [rows[0]?.pid]);
      for (let i = 0; i < 100 && errors.length === 0; i += 1) await sleep(20);

      expect(errors[0]?.message).toMatch(/terminat/);
      expect((await other.pool.query<{ ok: number }>('select 1 as ok')).rows).toEqual([{ ok: 1 }]);
    } finally {
      await other.close();
      await other.close();
    }
  });
});
