import { eq, sql } from 'drizzle-orm';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import { passwordCredentials } from '../schema/credentials.ts';
import { customers } from '../schema/customers.ts';
import { hashDemoPassword } from './demo-accounts.ts';
import { generateCustomer, type TSeedScope } from './generate-customer.ts';
import { recordData } from './generate-records.ts';
import { insertRecords } from './insert-records.ts';
import { catalogueFor } from './operator-catalogue.ts';
import { createRng } from './prng.ts';
import { activityCategory, ownTableCategories } from './seed-categories.ts';
import { DAY_MS, utcOffsetHours, wakingMomentBetween } from './seed-clock.ts';
import type { TSeedDb } from './seed-db.ts';

/** Far above the demo customers' indexes, so the large customer's number never collides. */
const LARGE_CUSTOMER_INDEX = 99_999;
/** Distinct activity rows to cycle through; PostgreSQL repeats them with new ids and times. */
const SAMPLE_SIZE = 1000;
const SPREAD_MS = 6 * 365 * DAY_MS;

export function largeCustomerEmail(profileId: string): string {
  return `large@${profileId}.example`;
}

export type TSeedLargeCustomerOptions = {
  /** Rows in the activity category (the benchmarks use 1 000 000). */
  activityRows: number;
  now?: Date;
  /** Another records category to fill instead of `activity`. */
  category?: string;
  /** Rows per INSERT … SELECT statement (default 100 000). */
  chunkRows?: number;
  onProgress?: (done: number, total: number) => void;
};

export type TSeedLargeCustomerResult = {
  customerId: string;
  email: string;
  category: string;
  rows: number;
  ms: number;
};

/**
 * Creates (or replaces) `large@<profile>.example`, a customer with `activityRows` rows in one
 * paginated category, for pagination, export and erasure at scale. The rows are made by
 * PostgreSQL itself (INSERT … SELECT over generate_series, from a sample of generated rows), in
 * chunks, inside one transaction: a failed run leaves the previous large customer in place.
 * Signs in with the demo password.
 */
export async function seedLargeCustomer(
  db: TSeedDb,
  profile: TProfile,
  options: TSeedLargeCustomerOptions,
): Promise<TSeedLargeCustomerResult> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const category = activityCategory(profile, options.category);
  const email = largeCustomerEmail(profile.id);
  const { account, records } = ownTableCategories(profile);
  const scope: TSeedScope = {
    profile,
    catalogue: catalogueFor(profile.id),
    account,
    // Every other category gets an ordinary demo history; the large one is filled below.
    records: records.filter((c) => c.id !== category.id),
    now,
    offsetHours: utcOffsetHours(profile.locale.timeZone, now),
    usedEmails: new Set(),
  };
  const customer = generateCustomer(scope, {
    index: LARGE_CUSTOMER_INDEX,
    demo: { email, country: profile.locale.country, showcase: false },
  });
  const customerId = customer.row.id as string;
  const lifetime = { from: new Date(now.getTime() - SPREAD_MS), to: now };
  customer.row.createdAt = lifetime.from;
  customer.row.lastActivityAt = now;

  const rng = createRng(`${profile.id}:large-sample`);
  const sample = Array.from({ length: SAMPLE_SIZE }, (_, i) => {
    const occurredAt = wakingMomentBetween(rng, lifetime.from, lifetime.to, scope.offsetHours);
    const data = recordData({
      ...scope,
      category,
      rng,
      person: customer.person,
      occurredAt,
      until: now,
      hasPassword: true,
      customerIndex: LARGE_CUSTOMER_INDEX,
      recordIndex: i,
      memo: new Map(),
      issued: new Map(),
    });
    // Fields that state the record's own time are rewritten per row by PostgreSQL.
    const timeKeys = Object.keys(data).filter((k) => data[k] === occurredAt.toISOString());
    return { data, timeKeys };
  });
  const timeKeys = [...new Set(sample.flatMap((s) => s.timeKeys))];
  const passwordHash = await hashDemoPassword();
  const chunk = options.chunkRows ?? 100_000;
  const total = options.activityRows;

  await db.transaction(async (tx) => {
    const [previous] = await tx
      .select({ id: customers.id })
      .from(customers)
      .where(sql`lower(${customers.email}) = ${email}`);
    if (previous) {
      await tx
        .delete(passwordCredentials)
        .where(
          sql`${passwordCredentials.principalKind} = 'customer' and ${passwordCredentials.principalId} = ${previous.id}`,
        );
      await tx.delete(customers).where(eq(customers.id, previous.id));
    }
    await tx.insert(customers).values(customer.row);
    await tx.insert(passwordCredentials).values({
      principalKind: 'customer',
      principalId: customerId,
      passwordHash,
      updatedAt: lifetime.from,
    });
    await insertRecords(tx, customer.records);

    await tx.execute(
      sql`create temporary table seed_large_sample (i int primary key, data jsonb not null) on commit drop`,
    );
    await tx.execute(sql`insert into seed_large_sample (i, data)
      select (s.ordinality - 1)::int, s.value from jsonb_array_elements(${JSON.stringify(sample.map((s) => s.data))}::jsonb) with ordinality as s`);
    const stamp = timeKeys.length
      ? sql.join(
          timeKeys.map(
            (k) =>
              sql`jsonb_build_object(${k}::text, to_char(t.ts at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`,
          ),
          sql` || `,
        )
      : sql`'{}'::jsonb`;
    for (let from = 0; from < total; from += chunk) {
      const to = Math.min(total, from + chunk) - 1;
      // Row g happens (g × spread / total) before now, newest first; ids are md5 of customer and g.
      await tx.execute(sql`
        insert into customer_records (id, customer_id, category, occurred_at, data, created_at, updated_at)
        select md5(${customerId}::text || ':' || g)::uuid, ${customerId}::uuid, ${category.id}::text, t.ts, s.data || ${stamp}, t.ts, t.ts
        from generate_series(${from}::int, ${to}::int) as g
        cross join lateral (select ${now.toISOString()}::timestamptz - make_interval(secs => (g::double precision * ${SPREAD_MS / 1000 / Math.max(total, 1)})) as ts) as t
        join seed_large_sample as s on s.i = g % ${SAMPLE_SIZE}`);
      options.onProgress?.(to + 1, total);
    }
  });
  return {
    customerId,
    email,
    category: category.id,
    rows: total,
    ms: Math.round(performance.now() - started),
  };
}
