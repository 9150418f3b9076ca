/**
 * Where a customer lives decides which laws protect them: an EU resident of a US operator is
 * covered by the GDPR (art. 3(2)), a Californian by the CCPA. Profiles scope a deadline rule
 * with `residents` (ISO 3166-1 countries or ISO 3166-2 subdivisions such as "US-CA").
 */

/** The EU member states plus Iceland, Liechtenstein and Norway: where the GDPR applies (EEA Agreement). */
export const EEA_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
] as const;

/** Where the customer lives: an ISO 3166-1 country and, where it matters, the ISO 3166-2 subdivision suffix ("CA"). */
export interface TResidence {
  readonly country: string;
  readonly region?: string;
}

/** Whether a rule scoped to `residents` protects a customer living at `residence`; an unscoped rule protects everyone. */
export function protects(residents: readonly string[] | undefined, residence: TResidence): boolean {
  if (!residents) return true;
  const country = residence.country.trim().toUpperCase();
  const region = residence.region?.trim().toUpperCase();
  // Accept the region both as "CA" and as the full ISO 3166-2 code "US-CA".
  const subdivision =
    region && (region.startsWith(`${country}-`) ? region : `${country}-${region}`);
  return residents.some((code) => code === country || code === subdivision);
}
