import { COCO_CATALOGUE } from './catalogues/coco.ts';
import { COCOMO_CATALOGUE } from './catalogues/cocomo.ts';
import { VANESA_CATALOGUE } from './catalogues/vanesa.ts';
import { COOPT_CATALOGUE } from './catalogues/coopt.ts';
import { SOCOCO_CATALOGUE } from './catalogues/sococo.ts';

// What each demo operator sells and how its customers write to it, so orders, bookings and
// tickets read like that business. Prices are in the profile's currency, in major units.
// A profile without an entry gets the generic catalogue.

/**
 * A product: name, unit price, and tags naming the inventory category it belongs to and the enum
 * values that describe it ("bookings meeting-room hourly"), so a booking's space, plan and price
 * agree. List a product twice to make it twice as common.
 */
export type TProduct = readonly [name: string, price: number, tags?: string];

export type TCatalogue = {
  products: readonly TProduct[];
  /** Topics people say they like (marketing profiles). */
  interests: readonly string[];
  /** Subjects of tickets, messages and requests, in the operator's language. */
  subjects: readonly string[];
  /** Short free text: notes, comments, message bodies. */
  notes: readonly string[];
  carriers: readonly string[];
  paymentMethods: readonly string[];
  /** Rooms, spaces, locations the records can take place in. */
  places: readonly string[];
  /** Share of customers who are women (a cosmetics shop differs from a web host). */
  femaleShare: number;
  vatRate: number;
  /** Values for fields only this operator has, by field key (a cosmetics shop's skin concerns). */
  fieldValues?: Record<string, readonly string[]>;
};

const GENERIC: TCatalogue = {
  products: [
    ['Standard plan', 19],
    ['Premium plan', 49],
    ['Gift card', 25],
    ['Support hour', 75],
  ],
  interests: ['News', 'Offers', 'Events', 'Product updates'],
  subjects: [
    'Question about my invoice',
    'Cannot sign in',
    'Change of address',
    'Cancel my subscription',
    'Feedback',
  ],
  notes: [
    'Customer will call back after 5 pm.',
    'Please send the invoice by email.',
    'Resolved by phone.',
    'Asked for a quote.',
  ],
  carriers: ['DHL', 'UPS'],
  paymentMethods: ['card', 'bank transfer'],
  places: ['Head office'],
  femaleShare: 0.5,
  vatRate: 0.2,
};

const CATALOGUES: Record<string, TCatalogue> = {
  coco: COCO_CATALOGUE,
  cocomo: COCOMO_CATALOGUE,
  vanesa: VANESA_CATALOGUE,
  coopt: COOPT_CATALOGUE,
  sococo: SOCOCO_CATALOGUE,
};

export function catalogueFor(profileId: string): TCatalogue {
  return CATALOGUES[profileId] ?? GENERIC;
}
