import type { TRng } from '../prng.ts';

export type TGender = 'female' | 'male';

export type TPostalAddress = {
  /** Street and house number as written on an envelope in that country. */
  street: string;
  /** The street and the house number apart, for forms that ask for them separately (NL). */
  streetName?: string;
  houseNumber?: string;
  postalCode: string;
  city: string;
  /** Subdistrict and district (TH), ward and district (VN). */
  district?: string;
  /** Province, state. */
  region?: string;
  country: string;
};

/** The address as written on an envelope in its country, one line per row. */
export function formatAddress(a: TPostalAddress): string {
  switch (a.country) {
    case 'NL':
      return `${a.street}\n${a.postalCode} ${a.city.toUpperCase()}`;
    case 'US':
      return `${a.street}\n${a.city}, ${a.region ?? ''} ${a.postalCode}`;
    case 'TH':
      return [a.street, a.district, `${a.region ?? a.city} ${a.postalCode}`]
        .filter(Boolean)
        .join('\n');
    case 'VN':
      return [
        a.district ? `${a.street}, ${a.district}` : a.street,
        `${a.city} ${a.postalCode}`,
      ].join('\n');
    default:
      return `${a.street}\n${a.postalCode} ${a.city}`;
  }
}

/** What the generator needs to invent a plausible person living in one country. */
export type TLocalePool = {
  country: string;
  /** Reserved or demo domains only: never a real mailbox provider. */
  emailDomains: readonly string[];
  name(rng: TRng, gender: TGender): { givenName: string; familyName: string };
  address(rng: TRng): TPostalAddress;
  /** A mobile number in international notation; `home` lets a pool match the area code. */
  phone(rng: TRng, home?: TPostalAddress): string;
  companyName(rng: TRng, familyName: string): string;
};

/** Letters only, no accents: "Nguyễn Thị Hương" → "nguyenthihuong", "van der Berg" → "vanderberg". */
export function asciiFold(text: string): string {
  return text
    .replace(/[đĐ]/g, 'd')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** An address made from a name the way people do: "sanne.devries84@example.nl". */
export function emailFromName(
  rng: TRng,
  givenName: string,
  familyName: string,
  domains: readonly string[],
): string {
  const given = asciiFold(givenName.split(' ').at(-1) ?? givenName);
  const family = asciiFold(familyName);
  const local = rng.weighted<string>([
    [`${given}.${family}`, 5],
    [`${given}${family}`, 2],
    [`${given.charAt(0)}.${family}`, 2],
    [`${given}_${family}`, 1],
    [`${given}.${family}${rng.int(70, 99)}`, 2],
    [`${given}${rng.int(1, 999)}`, 1],
  ]);
  return `${local}@${rng.pick(domains)}`;
}

/** Groups digits like a person would write them: spaced("12345678", [4, 4]) → "1234 5678". */
export function spaced(digits: string, groups: readonly number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts.join(' ');
}
