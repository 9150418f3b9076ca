import argon2 from 'argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '../../../test/setup/test-database.ts';
import { DEMO_PASSWORD } from './demo-accounts.ts';
import { seedDemoData } from './seed-demo-data.ts';
import { seedLargeCustomer } from './seed-large-customer.ts';
import { tinyProfile } from './test-fixtures/tiny-profile.ts';

const NOW = new Date('2026-11-22T10:00:00Z');

describe('seedLargeCustomer', () => {
  const profile = tinyProfile();
  let database: TTestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  const query = async (text: string, values: unknown[] = []) =>
    (await database.pool.query(text, values)).rows as Record<string, unknown>[];

  it('when asked for 20 000 activity rows, then the large customer has them, spread over six years, in chunks', async () => {
    // Arrange
    const progress: number[] = [];
    // Act
    const result = await seedLargeCustomer(database.db, profile, {
      activityRows: 20_000,
      chunkRows: 7_000,
      now: NOW,
      onProgress: (done) => progress.push(done),
    });
    // Assert
    expect(progress).toEqual([7_000, 14_000, 20_000]);
    expect(result).toMatchObject({
      email: 'large@cocomo.example',
      category: 'activity',
      rows: 20_000,
    });
    const [stats] = await query(
      `select count(*)::int as n, count(distinct id)::int as ids, min(occurred_at) as oldest, max(occurred_at) as newest,
              count(*) filter (where data->>'occurredAt' <> to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::int as stale
       from customer_records where customer_id = $1 and category = 'activity'`,
      [result.customerId],
    );
    expect(stats).toMatchObject({ n: 20_000, ids: 20_000, stale: 0 });
    const years = (NOW.getTime() - new Date(String(stats?.oldest)).getTime()) / (365 * 86_400_000);
    expect(years).toBeGreaterThan(5.9);
    expect(new Date(String(stats?.newest)).getTime()).toBe(NOW.getTime());
    const [sample] = await query(
      `select data from customer_records where customer_id = $1 and category = 'activity' limit 1`,
      [result.customerId],
    );
    expect(Object.keys(sample?.data as object).sort()).toEqual([
      'event',
      'ipAddress',
      'occurredAt',
      'userAgent',
    ]);
    // Other categories get an ordinary history.
    const [orders] = await query(
      `select count(*)::int as n from customer_records where customer_id = $1 and category = 'orders'`,
      [result.customerId],
    );
    expect(orders?.n).toBeGreaterThan(0);
    const [credential] = await query(
      `select password_hash from password_credentials where principal_id = $1`,
      [result.customerId],
    );
    expect(await argon2.verify(String(credential?.password_hash), DEMO_PASSWORD)).toBe(true);
  });

  it('when run again, then it replaces the large customer instead of adding a second', async () => {
    await seedLargeCustomer(database.db, profile, { activityRows: 5_000, now: NOW });
    const [customers] = await query(
      `select count(*)::int as n from customers where email = 'large@cocomo.example'`,
    );
    const [records] = await query(
      `select count(*)::int as n from customer_records where category = 'activity'`,
    );
    const [credentials] = await query(`select count(*)::int as n from password_credentials`);
    expect(customers?.n).toBe(1);
    expect(records?.n).toBe(5_000);
    expect(credentials?.n).toBe(1);
  });

  it('when the demo data is loaded after the large customer, then it does not count as real data', async () => {
    const result = await seedDemoData(database.db, profile, { now: NOW });
    expect(result.seeded).toBe(true);
  });
});
