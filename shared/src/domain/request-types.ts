import { z } from 'zod';

/** Every right a person can exercise becomes a request of one of these types. */
export const REQUEST_TYPES = [
  'access', // a copy of the data (export)
  'access-categories', // only the categories held (CCPA right to know categories)
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
  'marketing-opt-out',
  'do-not-sell-or-share',
  'limit-sensitive',
  'shine-the-light',
  'unauthorized-account',
  'child-data',
] as const;
export const ZRequestTypeSchema = z.enum(REQUEST_TYPES);
export type TRequestType = z.infer<typeof ZRequestTypeSchema>;
