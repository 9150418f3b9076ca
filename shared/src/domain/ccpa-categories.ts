import { z } from 'zod';

/** The categories of personal information named by Cal. Civ. Code §1798.140(v), used for "right to know categories". */
export const CCPA_CATEGORIES = [
  'identifiers',
  'customer-records', // §1798.80(e)
  'protected-characteristics',
  'commercial-information',
  'biometric-information',
  'internet-activity',
  'geolocation',
  'sensory-data',
  'professional-information',
  'education-information',
  'inferences',
  'sensitive-personal-information',
] as const;
export const ZCcpaCategorySchema = z.enum(CCPA_CATEGORIES);
export type TCcpaCategory = z.infer<typeof ZCcpaCategorySchema>;
