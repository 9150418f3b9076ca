import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { TLanguage } from '@portal/shared/domain/languages';
import { documentationIp, pickDevice, type TDevice } from './device-pools.ts';
import type { TRng } from './prng.ts';
import {
  emailFromName,
  type TGender,
  type TLocalePool,
  type TPostalAddress,
} from './locale/locale-pool.ts';
import { EXPAT_NAMES } from './locale/expat-names.ts';
import { NETHERLANDS } from './locale/netherlands.ts';
import { THAILAND } from './locale/thailand.ts';
import { unitedStates } from './locale/united-states.ts';
import { VIETNAM } from './locale/vietnam.ts';

/** A made-up customer, consistent across fields: the email matches the name, the phone the country. */
export type TPerson = {
  givenName: string;
  familyName: string;
  gender: TGender;
  /** ISO country of the home address (the account's `country`). */
  country: string;
  email: string;
  phone: string;
  address: TPostalAddress;
  /** YYYY-MM-DD */
  birthDate: string;
  language: TLanguage;
  companyName: string;
  /** The two or three devices and networks the person signs in from. */
  devices: TDevice[];
  ips: string[];
  pool: TLocalePool;
};

type TOrigin = { pool: TLocalePool; expat?: boolean };

/**
 * Who the operator's customers are, from `profile.locale.country`: a Thai coworking space serves
 * Thais and expats, a Dutch web host Dutch people, a US service with EU customers a mix.
 */
export function customerOrigins(profile: TProfile): readonly (readonly [TOrigin, number])[] {
  // A Californian operator's customers mostly live in California; others across the country.
  const us = unitedStates(/^(CA|California)$/i.test(profile.company.address.region ?? ''));
  switch (profile.locale.country) {
    case 'TH':
      return [
        [{ pool: THAILAND }, 5],
        [{ pool: THAILAND, expat: true }, 3],
        [{ pool: unitedStates(false) }, 1],
        [{ pool: NETHERLANDS }, 1],
      ];
    case 'NL':
      return [[{ pool: NETHERLANDS }, 1]];
    case 'VN':
      return [[{ pool: VIETNAM }, 1]];
    case 'US':
      return profile.jurisdictions.includes('gdpr')
        ? [
            [{ pool: us }, 4],
            [{ pool: NETHERLANDS }, 1],
          ]
        : [[{ pool: us }, 1]];
    default:
      return [[{ pool: unitedStates(false) }, 1]];
  }
}

/** The language a person picks among those the portal offers: their own if offered, else English. */
function languageFor(rng: TRng, profile: TProfile, pool: TLocalePool, expat: boolean): TLanguage {
  const offered = profile.locale.languages;
  const own: TLanguage | undefined = expat
    ? undefined
    : pool.country === 'NL'
      ? 'nl'
      : pool.country === 'VN'
        ? 'vi'
        : undefined;
  if (own && offered.includes(own)) return rng.chance(0.9) || !offered.includes('en') ? own : 'en';
  return offered.includes('en') ? 'en' : profile.locale.defaultLanguage;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export type TPersonOptions = {
  femaleShare: number;
  now: Date;
  /** Forces a name, e.g. for the documented demo accounts. */
  name?: { givenName: string; familyName: string; gender: TGender };
  email?: string;
  /** Forces where the person lives (a pool of the profile's customer origins with this country). */
  country?: string;
};

export function createPerson(rng: TRng, profile: TProfile, options: TPersonOptions): TPerson {
  const origins = customerOrigins(profile);
  const wanted = origins.filter(([o]) => o.pool.country === options.country && !o.expat);
  const origin = rng.weighted(wanted.length > 0 ? wanted : origins);
  const gender: TGender =
    options.name?.gender ?? (rng.chance(options.femaleShare) ? 'female' : 'male');
  let name = options.name ?? origin.pool.name(rng, gender);
  if (origin.expat && !options.name) {
    const [givenName, familyName] = rng.pick(EXPAT_NAMES.filter(([, , g]) => g === gender));
    name = { givenName, familyName };
  }
  const address = origin.pool.address(rng);
  const age = rng.int(19, 74);
  const birth = new Date(
    Date.UTC(options.now.getUTCFullYear() - age, rng.int(0, 11), rng.int(1, 28)),
  );
  return {
    ...name,
    gender,
    country: address.country,
    email:
      options.email ??
      emailFromName(rng, name.givenName, name.familyName, origin.pool.emailDomains),
    phone: origin.pool.phone(rng, address),
    address,
    birthDate: isoDate(birth),
    language: languageFor(rng, profile, origin.pool, origin.expat === true),
    companyName: origin.pool.companyName(rng, name.familyName),
    devices: Array.from({ length: rng.int(1, 3) }, () => pickDevice(rng)),
    ips: Array.from({ length: rng.int(2, 4) }, () => documentationIp(rng)),
    pool: origin.pool,
  };
}

/** The name as the person writes it: Vietnamese family name first ("Nguyễn Thị Hương"), others given name first. */
export function fullName(person: Pick<TPerson, 'givenName' | 'familyName' | 'pool'>): string {
  return person.pool.country === 'VN'
    ? `${person.familyName} ${person.givenName}`
    : `${person.givenName} ${person.familyName}`;
}
