import { z } from 'zod';

/** Legal regimes a profile can be subject to; each brings its own deadlines and rights. */
export const JURISDICTIONS = [
  'gdpr', // EU/EEA
  'uavg', // Netherlands implementation of the GDPR
  'ccpa', // California CCPA/CPRA
  'shine-the-light', // California Civil Code §1798.83
  'can-spam',
  'tcpa',
  'coppa',
  'vn-pdpl', // Vietnam PDPL + Decree 356
  'th-pdpa', // Thailand PDPA B.E. 2562
] as const;
export const ZJurisdictionSchema = z.enum(JURISDICTIONS);
export type TJurisdiction = z.infer<typeof ZJurisdictionSchema>;
