import type { TField } from '@portal/shared/profiles/profile.schema';
import { isoDate } from './create-person.ts';
import { moneyFor } from './money.ts';
import {
  categoryHasProducts,
  once,
  recordAddress,
  recordProduct,
  type TRecordContext,
} from './record-context.ts';
import {
  COMPLETION_STATUS,
  DAY,
  fitsMethod,
  pickEnum,
  recordStatus,
  spanMs,
  UNDER_WAY,
} from './record-choices.ts';
import { TEXT_FIELD_RULES } from './text-field-rules.ts';

/** A moment relative to the record: due and expiry dates may lie ahead, completions only in the past. */
function momentFor(ctx: TRecordContext, key: string): Date | null {
  const k = key.toLowerCase();
  const at = ctx.occurredAt.getTime();
  // Seeded customers other than the demo accounts have no password yet (they would claim the account).
  if (/password/.test(k) && !ctx.hasPassword) return null;
  // A booking starts some days after it was made; a call or a contract starts when it is recorded.
  const start = () =>
    once(ctx, 'start', () =>
      categoryHasProducts(ctx) && ctx.category.fields.some((f) => /^end/i.test(f.key))
        ? new Date(at + ctx.rng.int(0, 10) * DAY + ctx.rng.int(0, 4) * 3_600_000)
        : ctx.occurredAt,
    );
  if (/^start|begin|checkin/.test(k)) return start();
  if (/^end|checkout/.test(k)) {
    const end = start().getTime() + spanMs(ctx);
    const status = recordStatus(ctx);
    // A contract still running ends at its next renewal after today.
    if (
      status !== null &&
      UNDER_WAY.test(status) &&
      end < ctx.now.getTime() &&
      spanMs(ctx) >= 365 * DAY
    ) {
      return new Date(end + Math.ceil((ctx.now.getTime() - end) / (365 * DAY)) * 365 * DAY);
    }
    return new Date(end);
  }
  if (
    /deliver|ship|resolv|clos|paid|complet|answer|return|refund|cancel|finish|ended|left|updated|deleted/.test(
      k,
    )
  ) {
    const status = recordStatus(ctx);
    if (status !== null && UNDER_WAY.test(status)) return null;
    // A cancellation date only on cancelled records, a refund date only on refunded ones …
    const needs = COMPLETION_STATUS.find(([key]) => key.test(k))?.[1];
    if (status !== null && needs && !needs.test(status)) return null;
    const later = new Date(at + ctx.rng.int(1, 7 * 24) * 3_600_000);
    return later <= ctx.now ? later : null;
  }
  if (/gpc/.test(k)) return ctx.rng.chance(0.15) ? ctx.occurredAt : null;
  if (/edited|modified/.test(k))
    return ctx.rng.chance(0.1) ? new Date(at + ctx.rng.int(1, 30) * 60_000) : null;
  if (/^last|latest|recent/.test(k)) {
    // A profile's "last earned" spans the customer's time with us; an order's "last update" its first weeks.
    const horizon =
      ctx.category.cardinality === 'single'
        ? ctx.until.getTime()
        : Math.min(ctx.until.getTime(), at + 21 * DAY);
    return new Date(at + ctx.rng.next() * Math.max(0, horizon - at));
  }
  if (/due/.test(k)) return new Date(at + 14 * DAY);
  if (/renew/.test(k)) {
    const status = recordStatus(ctx);
    if (status !== null && !UNDER_WAY.test(status) && !/trial/.test(status)) return null;
    // The next anniversary after today.
    const years = Math.max(1, Math.ceil((ctx.now.getTime() - at) / (365 * DAY)));
    return new Date(at + years * 365 * DAY);
  }
  if (/expir|valid|until/.test(k)) return new Date(at + 365 * DAY);
  return ctx.occurredAt;
}

function numberFor(ctx: TRecordContext, key: string): number {
  const k = key.toLowerCase();
  const { rng } = ctx;
  if (/quantity|qty/.test(k)) return recordProduct(ctx).quantity;
  if (/duration|minutes/.test(k)) return rng.int(5, 180);
  if (/timeonpage|dwell/.test(k)) return rng.int(5, 600);
  if (/seconds/.test(k)) return rng.int(30, 7200);
  if (/rating|score|stars/.test(k))
    return rng.weighted([
      [5, 5],
      [4, 3],
      [3, 1],
      [2, 0.5],
      [1, 0.5],
    ] as const);
  if (/seat|guest|people|persons|participants|attendees/.test(k)) return rng.int(1, 12);
  if (/points|balance|credit/.test(k)) return rng.chance(0.2) ? 0 : rng.int(1, 40) * 50;
  if (/age/.test(k)) return ctx.now.getUTCFullYear() - Number(ctx.person.birthDate.slice(0, 4));
  return rng.int(1, 100);
}

function booleanFor(ctx: TRecordContext, key: string): boolean {
  const k = key.toLowerCase();
  if (/fail|fraud|disput|block|suspicious|flag|bounce/.test(k)) return ctx.rng.chance(0.05);
  if (/donotsell|optout|limit|gpc/.test(k)) return ctx.rng.chance(0.15);
  if (/success|verified|active|subscribed|delivered|paid|complete/.test(k))
    return ctx.rng.chance(0.92);
  if (/default|primary|main/.test(k)) return ctx.recordIndex === 0;
  return ctx.rng.chance(0.5);
}

function textFor(ctx: TRecordContext, field: TField): unknown {
  const own = ctx.catalogue.fieldValues?.[field.key];
  // A plural key ("skinConcerns", "permissions") may list two values.
  if (own) return ctx.rng.sample(own, field.key.endsWith('s') ? ctx.rng.int(1, 2) : 1).join(', ');
  const k = field.key.toLowerCase();
  const rule = TEXT_FIELD_RULES.find(([pattern]) => pattern.test(k));
  if (rule) return rule[1](ctx, field);
  if (field.type === 'long-text') return ctx.rng.sample(ctx.catalogue.notes, 2).join(' ');
  return ctx.rng.pick(ctx.catalogue.notes);
}

/**
 * A plausible value for one inventory field, by type first (money, dates, enums …) and for text
 * by the field key (TEXT_FIELD_RULES). Secrets are never generated: the caller skips them.
 */
export function generateFieldValue(ctx: TRecordContext, field: TField): unknown {
  if (field.type === 'secret') return undefined;
  if (!fitsMethod(ctx, field.key)) return null;
  switch (field.type) {
    case 'enum':
      return pickEnum(ctx, field);
    case 'money':
      return moneyFor(ctx, field.key);
    case 'date': {
      if (/birth|dob/i.test(field.key)) return ctx.person.birthDate;
      const moment = momentFor(ctx, field.key);
      return moment ? isoDate(moment) : null;
    }
    case 'datetime':
      return momentFor(ctx, field.key)?.toISOString() ?? null;
    case 'number':
      return numberFor(ctx, field.key);
    case 'boolean':
      return booleanFor(ctx, field.key);
    case 'email':
      return ctx.person.email;
    case 'phone':
      return ctx.person.phone;
    case 'country':
      return /national/i.test(field.key) ? ctx.person.country : recordAddress(ctx).country;
    case 'ip-address': {
      const ip = once(ctx, 'ip', () => ctx.rng.pick(ctx.person.ips));
      // Analytics that store IP addresses with the last part removed (Google Analytics' IP anonymisation).
      return /anonymi|last part removed|truncated/i.test(field.label.en)
        ? ip.replace(/\.\d+$/, '.0')
        : ip;
    }
    case 'text':
    case 'long-text':
    case 'reference':
      return textFor(ctx, field);
  }
}
