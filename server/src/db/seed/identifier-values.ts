import type { TField } from '@portal/shared/profiles/profile.schema';
import { categoryHasProducts, recordProduct, type TRecordContext } from './record-context.ts';

// Numbers and references as the operator's systems and partners write them.

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const DOCUMENT_PREFIXES: Record<string, string> = {
  order: 'ORD',
  invoice: 'INV',
  booking: 'BK',
  ticket: 'TCK',
  transaction: 'TX',
  contract: 'CT',
  subscription: 'SUB',
  shipment: 'SHP',
  receipt: 'RC',
  request: 'REQ',
  case: 'CASE',
  quote: 'QT',
  membership: 'MEM',
  reservation: 'RES',
  return: 'RMA',
  meeting: 'MTG',
  call: 'CALL',
  space: 'SPC',
};

/**
 * "orderNumber" → "ORD-2024-0042007": readable, unique per customer and record. A `reference`
 * field whose key another category already numbered (a payment's orderNumber) points at the
 * customer's latest such number from before the record.
 */
export function documentNumber(ctx: TRecordContext, field: TField): string {
  const earlier = ctx.issued
    .get(field.key)
    ?.filter((n) => n.at <= ctx.occurredAt.getTime() && ctx.category.id !== n.category);
  const referenced = field.type === 'reference' ? earlier?.at(-1) : undefined;
  if (referenced) {
    // A payment for an order is for that order's product and amount.
    if (referenced.product && !ctx.memo.has('product')) ctx.memo.set('product', referenced.product);
    return referenced.value;
  }
  const value = newDocumentNumber(ctx, field.key);
  const list = ctx.issued.get(field.key) ?? [];
  list.push({
    value,
    at: ctx.occurredAt.getTime(),
    category: ctx.category.id,
    product: categoryHasProducts(ctx) ? recordProduct(ctx) : undefined,
  });
  ctx.issued.set(field.key, list);
  return value;
}

function newDocumentNumber(ctx: TRecordContext, key: string): string {
  const words = key
    .replace(/(Number|Id|Code|Ref|Reference|No)$/, '')
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase()
    .trim()
    .split(' ');
  const word = words.at(-1) ?? key;
  if (word === 'customer')
    return `${ctx.profile.id.toUpperCase()}-${pad(ctx.customerIndex + 10001, 6)}`;
  const prefix = DOCUMENT_PREFIXES[word] ?? word.slice(0, 3).toUpperCase();
  return `${prefix}-${ctx.occurredAt.getUTCFullYear()}-${pad(ctx.customerIndex * 1000 + ctx.recordIndex, 7)}`;
}

/** A parcel number in the format of the country's usual carrier (Thailand Post, PostNL, USPS …). */
export function trackingNumber(ctx: TRecordContext): string {
  const { rng } = ctx;
  const letters = () => String.fromCharCode(65 + rng.int(0, 25), 65 + rng.int(0, 25));
  switch (ctx.profile.locale.country) {
    case 'TH':
      return `E${letters().charAt(0)}${rng.digits(9)}TH`;
    case 'NL':
      return `3S${letters()}${rng.digits(9)}`;
    case 'VN':
      return `GHN${letters()}${rng.digits(6)}`;
    default:
      return `9400 1${rng.digits(3)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(2)}`;
  }
}

/** A payment provider's object id: Omise "cust_…", Mollie "cst_…", Stripe "cus_…", VNPay numbers (never a card number). */
export function providerReference(ctx: TRecordContext, key: string): string {
  const k = key.toLowerCase();
  const token = ctx.rng.uuid().replace(/-/g, '').slice(0, 19);
  const object = /customer/.test(k) ? 0 : /card|method|mandate/.test(k) ? 1 : 2;
  if (/omise/.test(k)) return `${['cust', 'card', 'chrg'][object]}_${token}`;
  if (/mollie/.test(k)) return `${['cst', 'mdt', 'tr'][object]}_${token.slice(0, 10)}`;
  if (/gateway|psp/.test(k) && ctx.profile.locale.country === 'VN')
    return `VNP${ctx.rng.digits(8)}`;
  return `${['cus', 'pm', 'pi'][object]}_${token.slice(0, 14)}`;
}

const IBAN_BANKS = ['INGB', 'ABNA', 'RABO', 'SNSB', 'ASNB', 'TRIO', 'BUNQ', 'KNAB'];

/** A Dutch-format IBAN with random check digits: almost never valid, so it is nobody's account. */
export function iban(ctx: TRecordContext): string {
  const { rng } = ctx;
  return `NL${rng.digits(2)} ${rng.pick(IBAN_BANKS)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(2)}`;
}

/** A tax number the way a business writes it; private buyers usually give none. */
export function taxNumber(ctx: TRecordContext): string | null {
  const { rng } = ctx;
  if (rng.chance(0.7)) return null;
  switch (ctx.profile.locale.country) {
    case 'TH':
      return `0105${rng.digits(9)}`; // juristic persons: 13 digits starting 0
    case 'NL':
      return `NL${rng.digits(9)}B0${rng.int(1, 3)}`;
    case 'VN':
      return `03${rng.digits(8)}`;
    default:
      return `${rng.digits(2)}-${rng.digits(7)}`;
  }
}
