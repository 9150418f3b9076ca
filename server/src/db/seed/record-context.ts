import type { TCategory, TField, TProfile } from '@portal/shared/profiles/profile.schema';
import type { TCatalogue } from './operator-catalogue.ts';
import type { TPerson } from './create-person.ts';
import type { TPostalAddress } from './locale/locale-pool.ts';
import type { TRng } from './prng.ts';

/** A document number given to one of the customer's records, with the product it was for. */
export type TIssuedNumber = {
  value: string;
  at: number;
  category: string;
  product?: TRecordProduct;
};

/** Everything a field generator may look at while it fills one record of one customer. */
export type TRecordContext = {
  rng: TRng;
  profile: TProfile;
  category: TCategory;
  catalogue: TCatalogue;
  person: TPerson;
  /** When the record happened (for account fields: when the account was made). */
  occurredAt: Date;
  /** The end of the customer's span: their last activity, or the end of their contract. */
  until: Date;
  now: Date;
  /** Whether the customer has a password (only the demo accounts do). */
  hasPassword: boolean;
  /** Numbers the customer's records (unique per profile), for order and invoice numbers. */
  customerIndex: number;
  recordIndex: number;
  /** Choices shared by the fields of one record, made on first use (the product and its total). */
  memo: Map<string, unknown>;
  /** Numbers given out so far to this customer by field key (orderNumber …), so references can point at them. */
  issued: Map<string, TIssuedNumber[]>;
};

export type TFieldGenerator = (ctx: TRecordContext, field: TField) => unknown;

/** Makes a value once per record, so e.g. productName, quantity and total agree. */
export function once<T>(ctx: TRecordContext, key: string, make: () => T): T {
  if (!ctx.memo.has(key)) ctx.memo.set(key, make());
  return ctx.memo.get(key) as T;
}

export type TRecordProduct = {
  name: string;
  price: number;
  quantity: number;
  tags: readonly string[];
};

const PRODUCTS_BY_CATEGORY = new WeakMap<TCatalogue, Map<string, TCatalogue['products']>>();

/** The catalogue's products tagged with a category, computed once per catalogue and category. */
function productsOf(catalogue: TCatalogue, categoryId: string): TCatalogue['products'] {
  let byCategory = PRODUCTS_BY_CATEGORY.get(catalogue);
  if (!byCategory) PRODUCTS_BY_CATEGORY.set(catalogue, (byCategory = new Map()));
  let products = byCategory.get(categoryId);
  if (!products)
    byCategory.set(
      categoryId,
      (products = catalogue.products.filter(([, , tags]) => tags?.split(' ').includes(categoryId))),
    );
  return products;
}

/** Whether the catalogue tags any product with this record's category (bookings, orders …). */
export function categoryHasProducts(ctx: TRecordContext): boolean {
  return productsOf(ctx.catalogue, ctx.category.id).length > 0;
}

/** The product this record is about: one tagged with the record's category if any, else any product. */
export function recordProduct(ctx: TRecordContext): TRecordProduct {
  return once(ctx, 'product', () => {
    const own = productsOf(ctx.catalogue, ctx.category.id);
    const [name, price, tags] = ctx.rng.pick(own.length > 0 ? own : ctx.catalogue.products);
    const hourly = /hour/.test(tags ?? '');
    const quantity = hourly
      ? ctx.rng.int(1, 4)
      : ctx.rng.weighted([
          [1, 6],
          [2, 2],
          [3, 1],
        ] as const);
    return { name, price, quantity, tags: tags?.split(' ') ?? [] };
  });
}

/**
 * Where this record ships or takes place: mostly the customer's home, sometimes another address.
 * In a list of saved addresses the first is home and the others are elsewhere (work, family).
 */
export function recordAddress(ctx: TRecordContext): TPostalAddress {
  return once(ctx, 'address', () => {
    const home = /address/.test(ctx.category.id) ? ctx.recordIndex === 0 : ctx.rng.chance(0.85);
    return home ? ctx.person.address : ctx.person.pool.address(ctx.rng);
  });
}
