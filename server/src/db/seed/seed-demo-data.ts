import { count, eq, sql } from 'drizzle-orm';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import { consentLedger } from '../schema/consent.ts';
import { passwordCredentials } from '../schema/credentials.ts';
import { customers } from '../schema/customers.ts';
import { appMeta } from '../schema/meta.ts';
import { staffMembers } from '../schema/staff.ts';
import { createPerson } from './create-person.ts';
import { DEMO_CUSTOMER_COUNT, DEMO_CUSTOMER_NAMES, DEMO_STAFF, demoCustomerEmail, hashDemoPassword } from './demo-accounts.ts';
import {
  generateCustomer,
  type TCustomerPlan,
  type TGeneratedCustomer,
  type TSeedScope,
} from './generate-customer.ts';
import { insertInBatches } from './insert-in-batches.ts';
import { insertRecords } from './insert-records.ts';
import { catalogueFor } from './operator-catalogue.ts';
import { createRng } from './prng.ts';
import { ownTableCategories } from './seed-categories.ts';
import { largeCustomerEmail } from './seed-large-customer.ts';
import { DAY_MS, utcOffsetHours } from './seed-clock.ts';
import type { TSeedDb, TSeedTx } from './seed-db.ts';

/** Bump when the generated data changes shape; stored in app_meta for diagnostics. */
export const DEMO_DATA_VERSION = 1;
export const DEMO_DATA_META_KEY = 'demo-data';
// pg_advisory_xact_lock key: two servers starting at once seed only once.
const SEED_LOCK = 0x637573_7464; // "custd"

export type TDemoDataMeta = { profile: string; version: number; seededAt: string };

export type TSeedDemoDataOptions = {
  /** The seed's "today": records spread over the six years before it. */
  now: Date;
  /** Customers in total, the two demo customers included (default 60). */
  customers?: number;
};

export type TSeedDemoDataResult =
  | { seeded: false; meta: TDemoDataMeta }
  | {
      seeded: true;
      meta: TDemoDataMeta;
      counts: { customers: number; records: number; consents: number; staff: number };
      ms: number;
    };

export class DemoDataConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DemoDataConflictError';
  }
}

async function readMeta(tx: TSeedTx): Promise<TDemoDataMeta | undefined> {
  const [row] = await tx
    .select({ value: appMeta.value })
    .from(appMeta)
    .where(eq(appMeta.key, DEMO_DATA_META_KEY));
  return row?.value as TDemoDataMeta | undefined;
}

function customerPlans(profile: TProfile, total: number): TCustomerPlan[] {
  const names = DEMO_CUSTOMER_NAMES[profile.locale.country] ?? DEMO_CUSTOMER_NAMES.US;
  const [first, second] = names ?? [];
  if (!first || !second) throw new Error('no demo customer names');
  return Array.from({ length: total }, (_, index): TCustomerPlan => {
    if (index === 0)
      return {
        index,
        demo: {
          email: `demo@${profile.id}.example`,
          name: first,
          country: profile.locale.country,
          showcase: true,
        },
      };
    if (index === 1)
      return {
        index,
        demo: {
          email: `demo2@${profile.id}.example`,
          name: second,
          country: profile.locale.country,
          showcase: false,
        },
      };
    if (index < DEMO_CUSTOMER_COUNT)
      return { index, demo: { email: demoCustomerEmail(profile.id, index + 1), country: profile.locale.country, showcase: false } };
    return { index };
  });
}

function staffRows(profile: TProfile, now: Date) {
  const rng = createRng(`${profile.id}:staff`);
  return DEMO_STAFF.map(({ local, role }, i) => {
    const person = createPerson(rng, profile, {
      femaleShare: 0.5,
      now,
      country: profile.locale.country,
    });
    return {
      id: rng.uuid(),
      staffNumber: `STAFF-${String(i + 1).padStart(3, '0')}`,
      email: `${local}@${profile.id}.example`,
      firstName: person.givenName,
      familyName: person.familyName,
      role,
      status: 'active',
      createdAt: new Date(now.getTime() - (800 - i * 90) * DAY_MS),
    };
  });
}

/**
 * Loads a profile's demo data once per database, in one transaction: customers with records of
 * every own-tables category, consents, staff and the documented demo accounts. The data is the
 * same on every machine for the same profile and `now` (dates are relative to `now`'s UTC day).
 * A database that already holds this profile's demo data is left alone; one that holds another
 * profile's is refused.
 */
export async function seedDemoData(
  db: TSeedDb,
  profile: TProfile,
  options: TSeedDemoDataOptions,
): Promise<TSeedDemoDataResult> {
  const started = performance.now();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK}::bigint)`);
    const existing = await readMeta(tx);
    if (existing?.profile === profile.id) return { seeded: false, meta: existing };
    if (existing) {
      throw new DemoDataConflictError(
        `this database holds demo data of profile ${existing.profile}; start with PROFILE=${existing.profile}, point DATABASE_URL at another database, or run \`npm run db:reset\``,
      );
    }
    // The large customer (seed:large) may come first; any other customer means real data.
    const [held] = await tx
      .select({ n: count() })
      .from(customers)
      .where(sql`lower(${customers.email}) <> ${largeCustomerEmail(profile.id)}`);
    if ((held?.n ?? 0) > 0) {
      throw new DemoDataConflictError(
        `this database already holds ${held?.n} customers that are not demo data; demo data is only loaded into an empty database (set SEED_DEMO_DATA=false, or point DATABASE_URL at another database)`,
      );
    }

    // Day-aligned, so seeding twice on the same day anywhere gives byte-identical rows.
    const today = new Date(Math.floor(options.now.getTime() / DAY_MS) * DAY_MS);
    const { account, records } = ownTableCategories(profile);
    const scope: TSeedScope = {
      profile,
      catalogue: catalogueFor(profile.id),
      account,
      records,
      now: today,
      offsetHours: utcOffsetHours(profile.locale.timeZone, today),
      usedEmails: new Set(),
    };
    const plans = customerPlans(profile, Math.max(options.customers ?? 60, DEMO_CUSTOMER_COUNT));
    // Demo accounts first, so their addresses are reserved before anyone else's is made.
    const generated: TGeneratedCustomer[] = plans.map((plan) => generateCustomer(scope, plan));
    const staff = staffRows(profile, today);
    const passwordHash = await hashDemoPassword();

    await insertInBatches(
      tx,
      customers,
      generated.map((c) => c.row),
      500,
    );
    await insertRecords(
      tx,
      generated.flatMap((c) => c.records),
    );
    // By time, so the ledger's sequence follows the order in which choices were made.
    const consents = generated
      .flatMap((c) => c.consents)
      .sort((a, b) => (a.occurredAt?.getTime() ?? 0) - (b.occurredAt?.getTime() ?? 0));
    await insertInBatches(tx, consentLedger, consents);
    await insertInBatches(tx, staffMembers, staff);
    await insertInBatches(tx, passwordCredentials, [
      ...generated.slice(0, DEMO_CUSTOMER_COUNT).map((c) => ({
        principalKind: 'customer',
        principalId: c.row.id as string,
        passwordHash,
        updatedAt: c.row.createdAt as Date,
      })),
      ...staff.map((s) => ({
        principalKind: 'staff',
        principalId: s.id,
        passwordHash,
        updatedAt: s.createdAt,
      })),
    ]);
    const meta: TDemoDataMeta = {
      profile: profile.id,
      version: DEMO_DATA_VERSION,
      seededAt: options.now.toISOString(),
    };
    await tx
      .insert(appMeta)
      .values({ key: DEMO_DATA_META_KEY, value: meta, updatedAt: options.now });
    return {
      seeded: true,
      meta,
      counts: {
        customers: generated.length,
        records: generated.reduce((n, c) => n + c.records.length, 0),
        consents: consents.length,
        staff: staff.length,
      },
      ms: Math.round(performance.now() - started),
    };
  });
}
