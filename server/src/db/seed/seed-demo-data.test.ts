import argon2 from 'argon2';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '../../../test/setup/test-database.ts';
import { DEMO_PASSWORD } from './demo-accounts.ts';
import { seedDemoData } from './seed-demo-data.ts';
import { tinyProfile } from './test-fixtures/tiny-profile.ts';

const NOW = new Date('2026-11-22T10:00:00Z');

type TRows = Record<string, unknown>[];
async function rows(database: TTestDatabase, query: string): Promise<TRows> {
  return (await database.pool.query(query)).rows as TRows;
}

/** Everything the seed wrote, in a stable order (the password hash has a random salt, so it is left out). */
async function snapshot(database: TTestDatabase) {
  return {
    customers: await rows(database, 'select * from customers order by id'),
    records: await rows(database, 'select * from customer_records order by id'),
    consents: await rows(database, 'select * from consent_ledger order by seq'),
    staff: await rows(database, 'select * from staff_members order by id'),
    credentials: await rows(
      database,
      'select principal_kind, principal_id, updated_at from password_credentials order by principal_id',
    ),
  };
}

describe('seedDemoData with a small profile', () => {
  const profile = tinyProfile();
  let first: TTestDatabase;
  let second: TTestDatabase;

  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await seedDemoData(first.db, profile, { now: NOW });
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
  });

  it('when seeded into two databases, then both hold identical rows', async () => {
    // Act: later the same day, in another database
    await seedDemoData(second.db, profile, { now: new Date('2026-11-22T18:30:00Z') });
    // Assert
    const [a, b] = await Promise.all([snapshot(first), snapshot(second)]);
    expect(a.customers.length).toBeGreaterThanOrEqual(50);
    expect(b).toEqual(a);
  });

  it('when seeded, then the eleven documented accounts sign in with the demo password (argon2id)', async () => {
    const accounts = await rows(
      first,
      `select c.email, p.password_hash from customers c join password_credentials p on p.principal_kind = 'customer' and p.principal_id = c.id
       union all
       select s.email || ' ' || s.role, p.password_hash from staff_members s join password_credentials p on p.principal_kind = 'staff' and p.principal_id = s.id
       order by 1`,
    );
    expect(accounts.map((a) => a.email)).toEqual([
      'admin@cocomo.example admin',
      'demo2@cocomo.example',
      'demo3@cocomo.example',
      'demo4@cocomo.example',
      'demo5@cocomo.example',
      'demo6@cocomo.example',
      'demo7@cocomo.example',
      'demo8@cocomo.example',
      'demo@cocomo.example',
      'privacy2@cocomo.example privacy-officer',
      'privacy@cocomo.example privacy-officer',
      'support@cocomo.example support-agent',
    ]);
    const hash = String(accounts[0]?.password_hash);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await argon2.verify(hash, DEMO_PASSWORD)).toBe(true);
    expect(await argon2.verify(hash, 'wrong password')).toBe(false);
  });

  it('when seeded, then every own-tables records category has rows and http systems have none', async () => {
    const counts = await rows(
      first,
      'select category, count(*)::int as n, count(distinct customer_id)::int as customers from customer_records group by category order by category',
    );
    expect(counts.map((c) => c.category)).toEqual(['activity', 'orders', 'sign-in-credentials']);
    const byCategory = Object.fromEntries(counts.map((c) => [c.category, c]));
    expect(byCategory['sign-in-credentials']).toMatchObject({ n: 60, customers: 60 });
    // Paginated activity: 20–200 per customer.
    expect(Number(byCategory.activity?.n)).toBeGreaterThanOrEqual(60 * 20);
    const [secrets] = await rows(
      first,
      `select count(*)::int as n from customer_records where data ? 'passwordHash'`,
    );
    expect(secrets?.n).toBe(0);
  });

  it('when seeded, then account fields fill the columns and the rest goes to attributes', async () => {
    const [demo] = await rows(first, `select * from customers where email = 'demo@cocomo.example'`);
    expect(demo).toMatchObject({
      given_name: 'Sanne',
      family_name: 'de Vries',
      country: 'NL',
      customer_number: 'COCOMO-010001',
    });
    expect(demo?.phone).toMatch(/^\+31 6 \d{4} \d{4}$/);
    expect(demo?.birth_date).toBeTruthy();
    expect(Object.keys(demo?.attributes as object).sort()).toEqual(['companyName', 'gender']);
    expect(demo?.attributes).toMatchObject({ gender: 'female' });
  });

  it('when seeded, then Dutch customers have Dutch phone numbers, postal codes and example mailboxes', async () => {
    const customers = await rows(first, 'select email, phone from customers');
    for (const c of customers) {
      expect(c.phone).toMatch(/^\+31 6 \d{4} \d{4}$/);
      expect(c.email).toMatch(/@(example\.nl|example\.com|cocomo\.example)$/);
    }
    const addresses = await rows(
      first,
      `select data->>'shippingAddress' as a from customer_records where category = 'orders' limit 50`,
    );
    for (const { a } of addresses) expect(a).toMatch(/\n\d{4} [A-Z]{2} [A-Z' -]+$/);
    const names = await rows(
      first,
      `select family_name from customers where family_name ~ '^(van|de|ter) '`,
    );
    expect(names.length).toBeGreaterThan(0);
  });

  it('when seeded, then the ledger holds grants at sign-up and later withdrawals in the portal', async () => {
    const consents = await rows(first, 'select * from consent_ledger order by seq');
    const methods = new Set(consents.map((c) => `${String(c.granted)}:${String(c.method)}`));
    expect(methods).toContain('true:sign-up');
    expect(methods).toContain('false:portal');
    for (const c of consents) {
      expect(c.notice_version).toBe('2026-1');
      expect(c.actor).toBe(`customer:${String(c.customer_id)}`);
      // What the box said, kept as proof (GDPR Art. 7(1)).
      expect(c.kind).toBe('consent');
      expect(String(c.wording)).toMatch(/^\S.*: \S/);
    }
    // A withdrawal always follows a grant of the same purpose and channel.
    const [orphan] = await rows(
      first,
      `select count(*)::int as n from consent_ledger w where not w.granted and not exists (
         select 1 from consent_ledger g where g.granted and g.customer_id = w.customer_id and g.purpose = w.purpose and g.channel = w.channel and g.seq < w.seq)`,
    );
    expect(orphan?.n).toBe(0);
  });

  it('when seeded, then records spread over up to six years and some contracts have ended', async () => {
    const [span] = await rows(
      first,
      `select min(occurred_at) as oldest, max(occurred_at) as newest from customer_records`,
    );
    const years = (NOW.getTime() - new Date(String(span?.oldest)).getTime()) / (365 * 86_400_000);
    expect(years).toBeGreaterThan(4);
    expect(years).toBeLessThanOrEqual(6.1);
    expect(new Date(String(span?.newest)).getTime()).toBeLessThanOrEqual(NOW.getTime());
    const [ended] = await rows(
      first,
      'select count(*)::int as n from customers where contract_ended_at is not null',
    );
    expect(ended?.n).toBeGreaterThan(3);
  });

  it('when seeded again with the same profile, then it skips quickly and changes nothing', async () => {
    const before = await snapshot(first);
    const started = performance.now();
    const result = await seedDemoData(first.db, profile, { now: new Date('2027-01-01T00:00:00Z') });
    expect(result.seeded).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
    expect(await snapshot(first)).toEqual(before);
  });

  it('when the database holds another profile’s demo data, then it refuses with what to do', async () => {
    await first.db.execute(
      sql`update app_meta set value = jsonb_set(value, '{profile}', '"vanesa"') where key = 'demo-data'`,
    );
    try {
      await expect(seedDemoData(first.db, profile, { now: NOW })).rejects.toThrow(
        'this database holds demo data of profile vanesa; start with PROFILE=vanesa, point DATABASE_URL at another database, or run `npm run db:reset`',
      );
    } finally {
      await first.db.execute(
        sql`update app_meta set value = jsonb_set(value, '{profile}', '"cocomo"') where key = 'demo-data'`,
      );
    }
  });
});
