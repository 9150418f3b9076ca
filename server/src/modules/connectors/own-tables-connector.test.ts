import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLocalDate } from '@portal/shared/deadlines/time-zone';
import { addRetentionPeriod } from '@portal/shared/inventory/retention';
import { loadProfile } from '@portal/shared/profiles/registry';
import { createTestDatabase, type TTestDatabase } from '../../../test/setup/test-database.ts';
import { customerRecords, customers } from '../../db/schema/customers.ts';
import { connectorOperations } from '../../db/schema/personal-data.ts';
import { withTransaction } from '../../db/client.ts';
import { createFakeClock } from '../../lib/clock.ts';
import { seedCustomer } from '../personal-data/personal-data-test-helpers.ts';
import { InvalidCursorError, type TConnector, type TConnectorSubject } from './connector.ts';
import { createOwnTablesConnector } from './own-tables-connector.ts';

const profile = loadProfile('cocomo');
const clock = createFakeClock(new Date('2026-11-02T09:00:00Z'));
let database: TTestDatabase;
let connector: TConnector;
let seeded: Awaited<ReturnType<typeof seedCustomer>>;
let subject: TConnectorSubject;

beforeAll(async () => {
  database = await createTestDatabase();
  connector = createOwnTablesConnector({ db: database.db, clock, profile, system: 'own-tables' });
  seeded = await seedCustomer(database.db, profile);
  subject = { customerId: seeded.id, customerNumber: String(seeded.row.customerNumber), email: seeded.email };
});
afterAll(async () => {
  await database?.close();
});

const accountVersion = async () =>
  (await database.db.select({ v: customers.version }).from(customers).where(eq(customers.id, seeded.id)))[0]?.v;

describe('access', () => {
  it('when the account is read, then columns and attributes come back as the inventory fields, with the version', async () => {
    const result = await connector.access(subject, ['account'], { count: true });

    expect(result.receipt).toMatchObject({ system: 'own-tables', operation: 'access', status: 'done' });
    const [account] = result.categories;
    expect(account?.total).toBe(1);
    expect(account?.records[0]).toMatchObject({ id: seeded.id, version: 1 });
    expect(account?.records[0]?.values).toMatchObject({
      customerNumber: seeded.row.customerNumber,
      email: seeded.email,
      givenName: seeded.row.givenName,
      gender: expect.any(String),
    });
  });

  it('when a record holds a withheld field (staff notes), then it never leaves the connector', async () => {
    const [ticket] = await database.db
      .insert(customerRecords)
      .values({ customerId: seeded.id, category: 'support-tickets', occurredAt: new Date('2026-01-05T10:00:00Z'), data: { subject: 'Invoice', internalNotes: 'staff only: grumpy' } })
      .returning();
    const result = await connector.access(subject, ['support-tickets'], { limit: 100 });
    const record = result.categories[0]?.records.find((r) => r.id === ticket?.id);
    expect(record?.values).toEqual({ subject: 'Invoice' });
    expect(JSON.stringify(result)).not.toContain('grumpy');
  });

  it('when a long list is paged with the cursor, then every record comes exactly once, newest first, even with equal and microsecond times', async () => {
    // Arrange: 45 activity rows with ties and sub-millisecond times, as PostgreSQL itself writes them
    const other = await seedCustomer(database.db, profile);
    await database.db.execute(sql`delete from customer_records where customer_id = ${other.id} and category = 'activity'`);
    await database.db.execute(sql`
      insert into customer_records (customer_id, category, occurred_at, data)
      select ${other.id}::uuid, 'activity', timestamptz '2026-05-01 10:00:00.123456+00' - make_interval(secs => (g / 3) * 0.0007), jsonb_build_object('event', 'sign-in', 'n', g)
      from generate_series(1, 45) as g`);
    const otherSubject = { customerId: other.id, customerNumber: 'x', email: other.email };

    // Act
    const seen: string[] = [];
    const times: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await connector.access(otherSubject, ['activity'], { limit: 10, cursor });
      const list = page.categories[0];
      for (const record of list?.records ?? []) {
        seen.push(record.id);
        times.push(record.occurredAt ?? '');
      }
      cursor = list?.nextCursor ?? null;
      pages += 1;
    } while (cursor && pages < 10);

    // Assert
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(45);
    expect([...times].sort().reverse()).toEqual(times);
    const counted = await connector.access(otherSubject, ['activity'], { limit: 1, count: true });
    expect(counted.categories[0]?.total).toBe(45);
  });

  it('when a page far down a long list is read, then the index scan starts at the cursor instead of the newest record', async () => {
    // Arrange: 30 000 activity rows a second apart, and the cursor after the first 20 000
    const other = await seedCustomer(database.db, profile);
    await database.db.execute(sql`delete from customer_records where customer_id = ${other.id} and category = 'activity'`);
    await database.db.execute(sql`
      insert into customer_records (customer_id, category, occurred_at, data)
      select ${other.id}::uuid, 'activity', timestamptz '2026-05-01 10:00:00+00' - make_interval(secs => g), jsonb_build_object('event', 'sign-in')
      from generate_series(1, 30000) as g`);
    // Statistics as autovacuum would leave them on a large table (else the planner sorts a guessed single row).
    await database.db.execute(sql`analyze customer_records`);
    const otherSubject = { customerId: other.id, customerNumber: 'x', email: other.email };
    const cursor = (await connector.access(otherSubject, ['activity'], { limit: 20_000 })).categories[0]?.nextCursor ?? null;
    expect(cursor).not.toBeNull();

    // Act: the next page on the index (as on a large table), counting this transaction's index reads
    const read = await withTransaction(database.db, async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
      // The backend's counters may still hold earlier, unflushed reads of the pooled connection: a difference.
      const fetched = async () =>
        Number((await tx.execute<{ n: string }>(sql`select idx_tup_fetch::text as n from pg_stat_xact_user_tables where relname = 'customer_records'`)).rows[0]?.n);
      const before = await fetched();
      const inTx = createOwnTablesConnector({ db: tx, clock, profile, system: 'own-tables' });
      const page = await inTx.access(otherSubject, ['activity'], { limit: 10, cursor });
      expect(page.categories[0]?.records).toHaveLength(10);
      return (await fetched()) - before;
    });

    // Assert: about one page of rows fetched through the index, not the 20 000 above the cursor (nor the 10 000 below it)
    expect(read).toBeLessThan(50);
  });

  it('when a cursor is forged or belongs to another list, then it is refused', async () => {
    const page = await connector.access(subject, ['activity'], { limit: 1 });
    const cursor = page.categories[0]?.nextCursor;
    expect(cursor).toBeTruthy();
    await expect(connector.access(subject, ['orders'], { limit: 1, cursor })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(connector.access(subject, ['activity'], { limit: 1, cursor: 'bm90IGEgY3Vyc29y' })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('when the consent ledger is read, then each choice is a record of the consents category', async () => {
    const result = await connector.access(subject, ['consents'], { limit: 50, count: true });
    const list = result.categories[0];
    expect(list?.total).toBeGreaterThan(0);
    expect(list?.records[0]?.values).toMatchObject({ purpose: expect.any(String), channel: 'email', decision: expect.stringMatching(/given|withdrawn/) });
  });
});

describe('rectify', () => {
  it('when a column and an attribute are corrected at the current version, then both change and the version goes up once', async () => {
    const version = await accountVersion();
    const receipt = await connector.rectify(
      subject,
      [
        { category: 'account', recordId: seeded.id, field: 'givenName', value: 'Anne', expectedVersion: version ?? 1 },
      ],
      `k-${randomUUID()}`,
    );
    expect(receipt).toMatchObject({ status: 'done', operation: 'rectify', details: { changes: 1, version: (version ?? 1) + 1 } });
    const second = await connector.rectify(
      subject,
      [{ category: 'account', recordId: seeded.id, field: 'companyName', value: 'Anne Webdesign', expectedVersion: (version ?? 1) + 1 }],
      `k-${randomUUID()}`,
    );
    expect(second.status).toBe('done');
    const [row] = await database.db.select().from(customers).where(eq(customers.id, seeded.id));
    expect(row).toMatchObject({ givenName: 'Anne', version: (version ?? 1) + 2 });
    expect(row?.attributes.companyName).toBe('Anne Webdesign');
  });

  it('when the same idempotency key is sent again, then the first receipt comes back and nothing changes twice', async () => {
    const version = (await accountVersion()) ?? 1;
    const key = `k-${randomUUID()}`;
    const change = { category: 'account', recordId: seeded.id, field: 'familyName', value: 'Jansen', expectedVersion: version };

    const first = await connector.rectify(subject, [change], key);
    const replay = await connector.rectify(subject, [change], key);

    expect(first.status).toBe('done');
    expect(replay).toEqual(first);
    expect(await accountVersion()).toBe(version + 1);
    const ops = await database.db.select().from(connectorOperations).where(eq(connectorOperations.idempotencyKey, key));
    expect(ops).toHaveLength(1);
  });

  it('when the version is stale, then it fails with the current version and changes nothing; the same key may be retried', async () => {
    const version = (await accountVersion()) ?? 1;
    const key = `k-${randomUUID()}`;
    const stale = await connector.rectify(subject, [{ category: 'account', recordId: seeded.id, field: 'givenName', value: 'Old', expectedVersion: version - 1 }], key);
    expect(stale).toMatchObject({ status: 'failed', details: { reason: 'version-conflict', currentVersion: version } });
    expect(await accountVersion()).toBe(version);

    const retried = await connector.rectify(subject, [{ category: 'account', recordId: seeded.id, field: 'givenName', value: 'New', expectedVersion: version }], key);
    expect(retried.status).toBe('done');
  });

  it('when a record of a list is corrected, then its data and version change; another customer’s record is not found', async () => {
    const address = seeded.records.find((r) => r.category === 'addresses');
    const receipt = await connector.rectify(subject, [{ category: 'addresses', recordId: String(address?.id), field: 'city', value: 'Utrecht', expectedVersion: 1 }], `k-${randomUUID()}`);
    expect(receipt).toMatchObject({ status: 'done', details: { version: 2 } });
    const [row] = await database.db.select().from(customerRecords).where(eq(customerRecords.id, String(address?.id)));
    expect(row?.data.city).toBe('Utrecht');

    const stranger = await seedCustomer(database.db, profile);
    const theirs = stranger.records.find((r) => r.category === 'addresses');
    const refused = await connector.rectify(subject, [{ category: 'addresses', recordId: String(theirs?.id), field: 'city', value: 'Elsewhere', expectedVersion: 1 }], `k-${randomUUID()}`);
    expect(refused).toMatchObject({ status: 'failed', details: { reason: 'not-found' } });
  });

  it('when the consent ledger or an unknown field is the target, then it is not supported', async () => {
    const receipt = await connector.rectify(subject, [{ category: 'consents', recordId: 'ledger-1', field: 'purpose', value: 'x', expectedVersion: 1 }], `k-${randomUUID()}`);
    expect(receipt.details.reason).toBe('not-supported');
  });
});

describe('erase and restrict', () => {
  it('when categories are erased, then their records go, records under a legal hold stay, optional account fields are cleared; replays repeat the receipt', async () => {
    const customer = await seedCustomer(database.db, profile);
    const who = { customerId: customer.id, customerNumber: 'x', email: customer.email };
    const key = `erase-${randomUUID()}`;
    const orders = customer.records.filter((r) => r.category === 'orders').length;

    const receipt = await connector.erase(who, { scope: 'categories', categories: ['orders', 'invoices', 'consents', 'account'] }, key);

    expect(receipt).toMatchObject({ status: 'done', operation: 'erase', details: { deletedRecords: orders, kept: 'invoices,consents' } });
    const left = await database.db.execute<{ category: string; n: number }>(
      sql`select category, count(*)::int as n from customer_records where customer_id = ${customer.id} and category in ('orders', 'invoices') group by category`,
    );
    expect(left.rows.map((r) => r.category)).toEqual(['invoices']);
    const [row] = await database.db.select().from(customers).where(eq(customers.id, customer.id));
    expect(row?.phone).toBeNull();
    expect(row?.attributes).toEqual({});
    expect(row?.email).toBe(customer.email);
    expect(await connector.erase(who, { scope: 'categories', categories: ['orders'] }, key)).toEqual(receipt);
    // Per category, kept records stay usable: nothing was moved to the restricted state.
    expect(await restrictedCount(customer.id)).toBe(0);
  });

  it('when the whole account is erased, then held invoices are restricted with their 7-year purge day, visits are anonymised, the rest goes and the row names nobody', async () => {
    const customer = await seedCustomer(database.db, profile);
    const who = { customerId: customer.id, customerNumber: 'x', email: customer.email };
    const invoices = customer.records.filter((r) => r.category === 'invoices');
    const visits = customer.records.filter((r) => r.category === 'website-visits').length;
    const tickets = customer.records.filter((r) => r.category === 'support-tickets').length;
    const plan = { scope: 'account' as const, categories: profile.categories.filter((c) => c.system === 'own-tables').map((c) => c.id) };

    const receipt = await connector.erase(who, plan, `erase-${randomUUID()}`);

    expect(receipt.status).toBe('done');
    expect(receipt.details).toMatchObject({ restrictedRecords: invoices.length, anonymisedRecords: visits + tickets, 'kept.invoices.hold': 'fiscal-retention' });
    // AWR art. 52: seven years from each invoice's date, in Amsterdam.
    const newest = invoices.map((r) => new Date(r.occurredAt as Date)).sort((a, b) => b.getTime() - a.getTime())[0];
    expect(receipt.details['kept.invoices.purgeUntil']).toBe(addRetentionPeriod(toLocalDate(newest ?? new Date(), 'Europe/Amsterdam'), { amount: 7, unit: 'years' }));
    const left = await database.db.execute<{ category: string; restricted: boolean }>(
      sql`select distinct category, restricted_at is not null as restricted from customer_records where customer_id = ${customer.id}`,
    );
    expect(left.rows).toEqual([{ category: 'invoices', restricted: true }]);
    const [row] = await database.db.select().from(customers).where(eq(customers.id, customer.id));
    expect(row).toMatchObject({ status: 'erased', givenName: '', familyName: '', phone: null, attributes: {}, email: `erased-${customer.id}@erased.invalid` });
    expect(row?.closedAt).toEqual(clock.now());
    const anonymous = await database.db.execute<{ data: Record<string, unknown> }>(sql`select data from anonymous_records where category = 'website-visits'`);
    expect(anonymous.rows.length).toBeGreaterThanOrEqual(visits);
    expect(Object.keys(anonymous.rows[0]?.data ?? {}).every((k) => ['page', 'timeOnPageSeconds'].includes(k))).toBe(true);
    // Restricted records are left out of every feature.
    const read = await connector.access(who, ['invoices'], { count: true });
    expect(read.categories[0]).toMatchObject({ records: [], total: 0 });
  });

  it('when processing is restricted, then the account is marked restricted once', async () => {
    const customer = await seedCustomer(database.db, profile);
    const who = { customerId: customer.id, customerNumber: 'x', email: customer.email };
    const key = `restrict-${randomUUID()}`;
    const receipt = await connector.restrict(who, key);
    expect(receipt).toMatchObject({ status: 'done', details: { previousStatus: 'active' } });
    expect(await connector.restrict(who, key)).toEqual(receipt);
    const [row] = await database.db.select({ status: customers.status }).from(customers).where(eq(customers.id, customer.id));
    expect(row?.status).toBe('restricted');

    const lifted = await connector.liftRestriction(who, `lift-${randomUUID()}`);
    expect(lifted).toMatchObject({ status: 'done', details: { previousStatus: 'restricted' } });
    const [after] = await database.db.select({ status: customers.status }).from(customers).where(eq(customers.id, customer.id));
    expect(after?.status).toBe('active');
  });
});

async function restrictedCount(customerId: string): Promise<number> {
  const result = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from customer_records where customer_id = ${customerId} and restricted_at is not null`);
  return result.rows[0]?.n ?? 0;
}
