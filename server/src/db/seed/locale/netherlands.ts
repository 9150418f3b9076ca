import type { TRng } from '../prng.ts';
import { spaced, type TLocalePool } from './locale-pool.ts';

const GIVEN = {
  female: [
    'Sanne',
    'Emma',
    'Julia',
    'Lotte',
    'Anouk',
    'Fleur',
    'Femke',
    'Iris',
    'Marieke',
    'Eva',
    'Lisa',
    'Noor',
    'Sophie',
    'Ingrid',
    'Els',
    'Wilma',
    'Annemiek',
    'Maaike',
    'Yvonne',
    'Fatima',
    'Saskia',
    'Tessa',
    'Nina',
    'Roos',
  ],
  male: [
    'Daan',
    'Bram',
    'Lars',
    'Sem',
    'Thijs',
    'Ruben',
    'Jeroen',
    'Pieter',
    'Joost',
    'Maarten',
    'Sander',
    'Wouter',
    'Bas',
    'Kees',
    'Henk',
    'Jan',
    'Willem',
    'Stijn',
    'Mohammed',
    'Niels',
    'Tim',
    'Luuk',
    'Gerrit',
    'Hans',
  ],
} as const;

// Family names with their tussenvoegsel, as they are written after a given name.
const FAMILY = [
  'de Vries',
  'van der Berg',
  'van Dijk',
  'Jansen',
  'de Jong',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'van der Meer',
  'van den Heuvel',
  'Kok',
  'de Haan',
  'Vermeulen',
  'van der Linden',
  'Schouten',
  'van Beek',
  'Willems',
  'Hoekstra',
  'Maas',
  'Verhoeven',
  'van Dam',
  'Postma',
  'Kuipers',
  'van den Brink',
  'Scholten',
  'ter Horst',
  "van 't Hof",
  'Yılmaz',
  'El Amrani',
] as const;

const STREETS = [
  'Kerkstraat',
  'Dorpsstraat',
  'Molenweg',
  'Stationsweg',
  'Schoolstraat',
  'Julianastraat',
  'Wilhelminastraat',
  'Beatrixlaan',
  'Oranjestraat',
  'Hoofdstraat',
  'Lindenlaan',
  'Eikenlaan',
  'Parallelweg',
  'Marktstraat',
  'Prinsengracht',
  'Nieuwe Gracht',
  'Burgemeester de Withstraat',
  'Van Goghstraat',
  'Rembrandtlaan',
  'Vondelstraat',
  'Zeestraat',
  'Brink',
  'Kastanjelaan',
  'Industrieweg',
] as const;

// City with the first and last four-digit postal code area it uses.
const CITIES = [
  ['Amsterdam', 'Noord-Holland', 1011, 1109],
  ['Rotterdam', 'Zuid-Holland', 3011, 3089],
  ['Den Haag', 'Zuid-Holland', 2491, 2597],
  ['Utrecht', 'Utrecht', 3511, 3585],
  ['Eindhoven', 'Noord-Brabant', 5611, 5658],
  ['Groningen', 'Groningen', 9711, 9747],
  ['Zwolle', 'Overijssel', 8011, 8043],
  ['Arnhem', 'Gelderland', 6811, 6846],
  ['Nijmegen', 'Gelderland', 6511, 6546],
  ['Haarlem', 'Noord-Holland', 2011, 2037],
  ['Leiden', 'Zuid-Holland', 2311, 2334],
  ['Maastricht', 'Limburg', 6211, 6229],
  ['Tilburg', 'Noord-Brabant', 5011, 5049],
  ['Amersfoort', 'Utrecht', 3811, 3829],
  ['Leeuwarden', 'Friesland', 8911, 8939],
  ['Deventer', 'Overijssel', 7411, 7429],
] as const;

// Dutch postal codes never use these letter pairs.
const EXCLUDED_LETTERS = new Set(['SA', 'SD', 'SS']);
const LETTERS = 'ABCDEFGHJKLMNPRSTVWXZ';

function postalLetters(rng: TRng): string {
  for (;;) {
    const pair = rng.pick([...LETTERS]) + rng.pick([...LETTERS]);
    if (!EXCLUDED_LETTERS.has(pair)) return pair;
  }
}

export const NETHERLANDS: TLocalePool = {
  country: 'NL',
  emailDomains: ['example.nl', 'example.nl', 'example.com'],
  name: (rng, gender) => ({ givenName: rng.pick(GIVEN[gender]), familyName: rng.pick(FAMILY) }),
  address: (rng) => {
    const [city, region, low, high] = rng.pick(CITIES);
    const suffix = rng.weighted([
      ['', 8],
      ['A', 1],
      ['-2', 1],
      [' bis', 0.2],
    ] as const);
    const streetName = rng.pick(STREETS);
    const houseNumber = `${rng.int(1, 180)}${suffix}`;
    return {
      street: `${streetName} ${houseNumber}`,
      streetName,
      houseNumber,
      postalCode: `${rng.int(low, high)} ${postalLetters(rng)}`,
      city,
      region,
      country: 'NL',
    };
  },
  // Mobile numbers (06) in international notation, as customers type them into forms.
  phone: (rng) => `+31 6 ${spaced(`${rng.int(1, 6)}${rng.digits(7)}`, [4, 4])}`,
  companyName: (rng, familyName) => {
    // A tussenvoegsel is capitalised when the family name starts the phrase: "De Vries Advies".
    const name = familyName.charAt(0).toUpperCase() + familyName.slice(1);
    return rng.pick([
      `${name} Advies`,
      `${name} Installatietechniek B.V.`,
      `Bakkerij ${name}`,
      `${name} Fotografie`,
      `Webdesign ${name}`,
      `${name} & Zn.`,
    ]);
  },
};
