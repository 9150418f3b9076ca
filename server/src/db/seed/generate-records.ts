import type { TCategory, TProfile } from '@portal/shared/profiles/profile.schema';
import type { customerRecords } from '../schema/customers.ts';
import type { TPerson } from './create-person.ts';
import { generateFieldValue } from './generate-field-value.ts';
import type { TCatalogue } from './operator-catalogue.ts';
import type { TRng } from './prng.ts';
import type { TIssuedNumber, TRecordContext } from './record-context.ts';
import { DAY_MS, wakingMomentBetween } from './seed-clock.ts';

export type TRecordRow = typeof customerRecords.$inferInsert;

/** The customer's span with the operator: records happen between these two moments. */
export type TLifetime = { from: Date; to: Date };

const MAX_LIFETIME_DAYS = 6 * 365;
// Lists people keep short: saved addresses and cards.
const SHORT_LISTS = /address|payment-ref|payment-method|payment-detail|card|saved/;
// Lists most customers never appear in: identity checks happen only with privacy requests.
const RARE_LISTS = /identity|verification|check|complaint|dispute/;

/**
 * How many records a customer has in a category: one for `single`, 1–3 saved addresses or cards,
 * 2–15 for ordinary lists (orders, invoices, tickets), 20–200 for paginated activity; customers of
 * longer standing have more.
 */
export function recordCount(
  rng: TRng,
  category: TCategory,
  lifetime: TLifetime,
  rich: boolean,
): number {
  if (category.cardinality === 'single') return 1;
  const [min, max] = category.paginated
    ? [20, 200]
    : RARE_LISTS.test(category.id)
      ? [0, 1]
      : SHORT_LISTS.test(category.id)
        ? [1, 3]
        : [2, 15];
  const share = Math.min(
    1,
    (lifetime.to.getTime() - lifetime.from.getTime()) / (MAX_LIFETIME_DAYS * DAY_MS),
  );
  const top = rich ? max : min + Math.round((max - min) * (0.25 + 0.75 * share));
  return rng.int(rich ? Math.round((min + max) / 2) : min, top);
}

/** Fills one record's data: every field of the category except secrets, which live in password_credentials. */
export function recordData(ctx: TRecordContext): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of ctx.category.fields) {
    if (field.type === 'secret') continue;
    const value = generateFieldValue(ctx, field);
    if (value !== undefined) data[field.key] = value;
  }
  return data;
}

export type TRecordsInput = {
  rng: TRng;
  profile: TProfile;
  catalogue: TCatalogue;
  person: TPerson;
  customerId: string;
  customerIndex: number;
  categories: readonly TCategory[];
  lifetime: TLifetime;
  now: Date;
  offsetHours: number;
  rich: boolean;
  hasPassword: boolean;
  issued: Map<string, TIssuedNumber[]>;
};

/** Every records-stored category's rows for one customer, oldest first within a category. */
export function generateRecords(input: TRecordsInput): TRecordRow[] {
  const { rng, lifetime } = input;
  const rows: TRecordRow[] = [];
  for (const category of input.categories) {
    const count = recordCount(rng, category, lifetime, input.rich);
    const moments =
      category.cardinality === 'single'
        ? [new Date(lifetime.from.getTime() + rng.int(0, 3_600_000))]
        : Array.from({ length: count }, () =>
            wakingMomentBetween(rng, lifetime.from, lifetime.to, input.offsetHours),
          ).sort((a, b) => a.getTime() - b.getTime());
    moments.forEach((occurredAt, recordIndex) => {
      const data = recordData({
        ...input,
        category,
        occurredAt,
        until: lifetime.to,
        recordIndex,
        memo: new Map(),
      });
      rows.push({
        id: rng.uuid(),
        customerId: input.customerId,
        category: category.id,
        occurredAt,
        data,
        createdAt: occurredAt,
        updatedAt: occurredAt,
      });
    });
  }
  return rows;
}
