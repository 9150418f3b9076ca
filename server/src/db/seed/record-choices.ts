import type { TField } from '@portal/shared/profiles/profile.schema';
import { categoryHasProducts, once, recordProduct, type TRecordContext } from './record-context.ts';

/**
 * Choices that several fields of one record depend on: its status (an open ticket has no
 * closing date), its payment method (a card payment has no IBAN) and how long it lasts.
 */
export const DAY = 86_400_000;

// Status values of something still under way: no completion date yet, and rare in old records.
export const UNDER_WAY =
  /^(open|new|pending|waiting|processing|in-progress|placed|received|awaiting|draft|queued|scheduled|active|subscribed|unpaid|sent|confirmed|preparing|shipping)/i;

/** Completion dates that only a matching status has: a refund date only on refunded records. */
export const COMPLETION_STATUS: readonly (readonly [RegExp, RegExp])[] = [
  [/cancel/, /cancel/],
  [/refund/, /refund/],
  [/return/, /return/],
  [/deliver/, /deliver|return|complet/],
  [/ship/, /ship|deliver|return|complet/],
  [/paid/, /paid|refund|complet|deliver/],
  [/resolv|clos/, /resolv|clos/],
];

const UNHAPPY = /cancel|no-show|return|refund|fail|reject|declin|bounce|lost|dispute/i;

// How common some well-known enum values are; others weigh 1 (sign-ins dwarf password resets).
const ENUM_WEIGHTS: Record<string, number> = {
  'sign-in': 60,
  'sign-out': 15,
  'sign-in-failed': 6,
  'sign-in-code-sent': 5,
  'session-revoked': 2,
  'password-changed': 1,
  'password-reset': 1,
  'second-factor-enabled': 0.5,
  'email-changed': 0.3,
  'export-downloaded': 0.3,
  'second-factor-disabled': 0.1,
  'erasure-requested': 0,
  'erasure-cancelled': 0,
  none: 6,
  subscribed: 4,
  bounced: 0.3,
};

const METHOD_KEY = /paymentmethod|paymenttype|^method$/i;

/** The record's payment or verification method, chosen once so the other fields can follow it. */
function recordMethod(ctx: TRecordContext): string | null {
  const field = ctx.category.fields.find((f) => f.type === 'enum' && METHOD_KEY.test(f.key));
  return field ? once(ctx, 'method', () => pickEnumValue(ctx, field)) : null;
}

const METHOD_GUARDS: readonly (readonly [RegExp, RegExp])[] = [
  [/^card|cardbrand|cardlast/, /card/],
  [/iban|mandate|accountholder/, /debit|incasso|sepa/],
  [/copy/, /copy|document/],
];

/**
 * Fields that only exist for some methods: card details for card payments, IBAN and mandate for
 * direct debit, the ID copy's deletion date for ID-copy checks. False means the field stays empty.
 */
export function fitsMethod(ctx: TRecordContext, key: string): boolean {
  const k = key.toLowerCase();
  const guard = METHOD_GUARDS.find(([field]) => field.test(k));
  if (!guard) return true;
  const method = recordMethod(ctx);
  return method === null || guard[1].test(method);
}

/** The record's status, chosen once so that e.g. `closedAt` is empty while a ticket is open. */
export function recordStatus(ctx: TRecordContext): string | null {
  const field = ctx.category.fields.find(
    (f) => f.type === 'enum' && /status|state|outcome|result/i.test(f.key),
  );
  return field ? once(ctx, 'status', () => pickEnumValue(ctx, field)) : null;
}

/** An enum value that fits the customer and the record (their gender, a settled status for old records …). */
export function pickEnum(ctx: TRecordContext, field: TField): string | null {
  if (/status|state|outcome|result/i.test(field.key))
    return once(ctx, 'status', () => pickEnumValue(ctx, field));
  if (METHOD_KEY.test(field.key)) return once(ctx, 'method', () => pickEnumValue(ctx, field));
  return pickEnumValue(ctx, field);
}

function pickEnumValue(ctx: TRecordContext, field: TField): string | null {
  const values = field.enumValues ?? [];
  const k = field.key.toLowerCase();
  const { person, rng } = ctx;
  // A booking's space and plan follow from the product it is for.
  if (categoryHasProducts(ctx)) {
    const tagged = values.filter((v) => recordProduct(ctx).tags.includes(v));
    if (tagged.length > 0) return rng.pick(tagged);
  }
  if (/gender|sex/.test(k)) {
    const own = values.find(
      (v) =>
        v.toLowerCase() === person.gender ||
        v.toLowerCase() === (person.gender === 'female' ? 'f' : 'm'),
    );
    if (own && rng.chance(0.95)) return own;
  }
  if (/language|locale/.test(k) && values.includes(person.language)) return person.language;
  // Without a password there is no second sign-in step either.
  if (/secondfactor|twofactor|mfa|2fa/.test(k) && !ctx.hasPassword)
    return values.find((v) => /none|off|disabled/.test(v)) ?? values[0] ?? null;
  if (/country/.test(k) && values.includes(person.country)) return person.country;
  if (/status|state|outcome|result/.test(k)) {
    // Records whose time is over are mostly finished, and mostly finished well; recent ones mostly under way.
    const over = ctx.now.getTime() - ctx.occurredAt.getTime() > Math.max(14 * DAY, spanMs(ctx));
    const settled = values.filter((v) => !UNDER_WAY.test(v));
    const underWay = values.filter((v) => UNDER_WAY.test(v));
    if (over && settled.length > 0 && rng.chance(0.9))
      return rng.weighted(settled.map((v) => [v, UNHAPPY.test(v) ? 1 : 8] as const));
    if (!over && underWay.length > 0 && rng.chance(0.7)) return rng.pick(underWay);
  }
  if (values.some((v) => v in ENUM_WEIGHTS))
    return rng.weighted(values.map((v) => [v, ENUM_WEIGHTS[v] ?? 1] as const));
  // The first value is usually the common case ("success", "web", "standard"): weight it up.
  return rng.chance(0.4) ? (values[0] ?? null) : rng.pick(values);
}

/** How long the thing a record describes lasts: a booking's hours, a week pass, a monthly membership. */
export function spanMs(ctx: TRecordContext): number {
  const tags = categoryHasProducts(ctx) ? recordProduct(ctx).tags.join(' ') : '';
  if (/hour/.test(tags)) return recordProduct(ctx).quantity * 3_600_000;
  if (/week/.test(tags)) return 7 * DAY;
  if (/month/.test(tags)) return 30 * DAY;
  if (/year|annual/.test(tags)) return 365 * DAY;
  return 9 * 3_600_000;
}
