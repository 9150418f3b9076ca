import { z } from 'zod';

/**
 * Why processing is lawful. GDPR Art. 6(1) bases, plus `business-purpose` for regimes (CCPA)
 * that ask for the business or commercial purpose instead of a legal basis.
 */
export const LEGAL_BASES = [
  'consent', // Art. 6(1)(a)
  'contract', // Art. 6(1)(b)
  'legal-obligation', // Art. 6(1)(c)
  'vital-interests', // Art. 6(1)(d)
  'public-task', // Art. 6(1)(e)
  'legitimate-interests', // Art. 6(1)(f)
  'business-purpose', // CCPA §1798.140(e)
] as const;
export const ZLegalBasisSchema = z.enum(LEGAL_BASES);
export type TLegalBasis = z.infer<typeof ZLegalBasisSchema>;
