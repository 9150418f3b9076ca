import { z } from 'zod';

/** Rights a profile tells its customers they have (shown with the Art. 15 answer). */
export const RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'withdraw-consent',
  'automated-decisions',
  'complain',
  'know-categories',
  'opt-out-sale-sharing',
  'limit-sensitive',
  'shine-the-light',
  'non-discrimination',
] as const;
export const ZRightSchema = z.enum(RIGHTS);
export type TRight = z.infer<typeof ZRightSchema>;
