import type { TPublicProfileResponse } from '@portal/shared/schemas/public-profile.schema';
import { useI18n } from '../../../lib/i18n/use-i18n';

type TAddress = TPublicProfileResponse['company']['address'];

/** Countries that write "City, Region PostalCode" on one line. */
const CITY_REGION_POSTCODE = new Set(['US', 'CA', 'AU']);

/** An address in the order its country writes it, with the country's name in the UI language. */
export function PostalAddress({ address }: { address: TAddress }) {
  const { formatCountry } = useI18n();
  const { street, postalCode, city, region, country } = address;
  const lines = CITY_REGION_POSTCODE.has(country)
    ? [street, `${city}${region ? `, ${region}` : ''} ${postalCode}`]
    : [street, `${postalCode} ${city}`, ...(region ? [region] : [])];
  lines.push(formatCountry(country));

  return (
    <address className="postal-address">
      {lines.map((line, index) => (
        <span key={index} className="postal-address__line">
          {line}
        </span>
      ))}
    </address>
  );
}
