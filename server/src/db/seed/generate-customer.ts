import {
  ACCOUNT_COLUMN_KEYS,
  type TCategory,
  type TProfile,
} from '@portal/shared/profiles/profile.schema';
import type { customers } from '../schema/customers.ts';
import { createPerson, type TPerson, type TPersonOptions } from './create-person.ts';
import { generateConsents, type TConsentRow } from './generate-consents.ts';
import {
  generateRecords,
  recordData,
  type TLifetime,
  type TRecordRow,
} from './generate-records.ts';
import type { TCatalogue } from './operator-catalogue.ts';
import type { TIssuedNumber } from './record-context.ts';
import { createRng } from './prng.ts';
import { customerNumberFor } from './seed-categories.ts';
import { DAY_MS } from './seed-clock.ts';

export type TCustomerRow = typeof customers.$inferInsert;
export type TGeneratedCustomer = {
  row: TCustomerRow;
  person: TPerson;
  records: TRecordRow[];
  consents: TConsentRow[];
};

export type TCustomerPlan = {
  index: number;
  /** Demo accounts: a fixed email and name, a long history with every kind of record. */
  demo?: { email: string; name?: TPersonOptions['name']; country: string; showcase: boolean };
};

export type TSeedScope = {
  profile: TProfile;
  catalogue: TCatalogue;
  account: readonly TCategory[];
  records: readonly TCategory[];
  now: Date;
  offsetHours: number;
  /** Lower-cased emails already given out, so every generated address is unique. */
  usedEmails: Set<string>;
};

const ACCOUNT_COLUMNS = new Set<string>(ACCOUNT_COLUMN_KEYS);

function uniqueEmail(scope: TSeedScope, email: string, salt: number): string {
  let candidate = email;
  for (let n = 2; scope.usedEmails.has(candidate.toLowerCase()); n++) {
    const [local, domain] = email.split('@');
    candidate = `${local}${(salt + n) % 100}${n > 99 ? n : ''}@${domain}`;
  }
  scope.usedEmails.add(candidate.toLowerCase());
  return candidate;
}

/**
 * One customer, reproducible from the profile id and its index: account row (well-known columns,
 * other account-stored fields in `attributes`), records of every own-tables category, consents.
 */
export function generateCustomer(scope: TSeedScope, plan: TCustomerPlan): TGeneratedCustomer {
  const { profile, now } = scope;
  const rng = createRng(`${profile.id}:customer:${plan.index}`);
  const id = rng.uuid();
  const generated = createPerson(rng, profile, {
    femaleShare: scope.catalogue.femaleShare,
    now,
    ...(plan.demo
      ? {
          ...(plan.demo.name ? { name: plan.demo.name } : {}),
          email: plan.demo.email,
          country: plan.demo.country,
        }
      : {}),
  });
  const person = { ...generated, email: uniqueEmail(scope, generated.email, plan.index) };

  const lifetimeDays = plan.demo ? (plan.demo.showcase ? 3 * 365 : 400) : rng.int(20, 6 * 365);
  const from = new Date(now.getTime() - lifetimeDays * DAY_MS - rng.int(0, DAY_MS));
  // About one in six customers ended their contract: retention rules count from that moment.
  const ended = !plan.demo && lifetimeDays > 90 && rng.chance(0.17);
  const to = ended
    ? new Date(from.getTime() + rng.int(60, lifetimeDays - 7) * DAY_MS)
    : new Date(now.getTime() - rng.int(0, 3 * DAY_MS));
  const lifetime: TLifetime = { from, to };

  const issued = new Map<string, TIssuedNumber[]>();
  // Well-known fields are columns (filled from `person` below); the others go to `attributes`.
  const accountKeys = new Set(scope.account.flatMap((c) => c.fields.map((f) => f.key)));
  const attributes: Record<string, unknown> = {};
  for (const category of scope.account) {
    const values = recordData({
      ...scope,
      rng,
      person,
      category,
      occurredAt: from,
      until: to,
      hasPassword: plan.demo !== undefined,
      customerIndex: plan.index,
      recordIndex: 0,
      memo: new Map(),
      issued,
    });
    for (const [key, value] of Object.entries(values)) {
      if (!ACCOUNT_COLUMNS.has(key)) attributes[key] = value;
    }
  }

  const row: TCustomerRow = {
    id,
    customerNumber: customerNumberFor(profile, plan.index),
    email: person.email,
    emailVerifiedAt:
      plan.demo || rng.chance(0.92) ? new Date(from.getTime() + rng.int(60_000, 3_600_000)) : null,
    // Nullable columns stay empty when the operator does not hold them.
    phone: accountKeys.has('phone') ? person.phone : null,
    givenName: person.givenName,
    familyName: person.familyName,
    birthDate: accountKeys.has('birthDate') ? person.birthDate : null,
    language: person.language,
    country: person.country,
    status: 'active',
    attributes,
    createdAt: from,
    updatedAt: from,
    lastActivityAt: to,
    contractEndedAt: ended ? to : null,
    version: 1,
  };
  const records = generateRecords({
    ...scope,
    rng,
    person,
    customerId: id,
    customerIndex: plan.index,
    categories: scope.records,
    lifetime,
    rich: plan.demo !== undefined,
    hasPassword: plan.demo !== undefined,
    issued,
  });
  const consents = generateConsents({
    rng,
    profile,
    person,
    customerId: id,
    lifetime,
    offsetHours: scope.offsetHours,
    showcase: plan.demo?.showcase ?? false,
  });
  return { row, person, records, consents };
}
