import type { TRecordContext } from './record-context.ts';
import { recordProduct } from './record-context.ts';

const SHIPPING_COST: Record<string, number> = { EUR: 4.95, THB: 60, VND: 30000, USD: 7.95 };

const DIGITS = new Map<string, number>();

/** Money as a decimal string in major units with the currency's own decimals ("49.95", "320000"). */
export function formatMoney(amount: number, currency: string): string {
  let digits = DIGITS.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    DIGITS.set(currency, digits);
  }
  return amount.toFixed(digits);
}

/** A money field's value from its key: totals, unit prices, VAT, shipping and discounts agree within a record. */
export function moneyFor(ctx: TRecordContext, key: string): string | null {
  const currency = ctx.profile.locale.currency;
  const product = recordProduct(ctx);
  // A yearly contract billed elsewhere (an invoice for a hosting package) bills twelve months.
  const yearly = product.tags.includes('year') && !product.tags.includes(ctx.category.id);
  const subtotal = product.price * product.quantity * (yearly ? 12 : 1);
  const shipping = SHIPPING_COST[currency] ?? 5;
  const k = key.toLowerCase();
  let amount: number;
  // Catalogue prices include VAT; "excl" and "net" amounts take it out.
  if (/unitprice|perunit|monthly|yearly|annual/.test(k)) amount = product.price;
  else if (/excl|net|beforetax|pretax/.test(k)) amount = subtotal / (1 + ctx.catalogue.vatRate);
  else if (/vat|tax/.test(k)) amount = subtotal - subtotal / (1 + ctx.catalogue.vatRate);
  else if (/shipping|delivery|postage/.test(k)) amount = shipping;
  else if (/discount/.test(k)) amount = ctx.rng.chance(0.7) ? 0 : Math.round(subtotal * 0.1);
  else if (/refund/.test(k)) return ctx.rng.chance(0.9) ? null : formatMoney(subtotal, currency);
  else if (/subtotal/.test(k)) amount = subtotal;
  else amount = subtotal;
  return formatMoney(amount, currency);
}
