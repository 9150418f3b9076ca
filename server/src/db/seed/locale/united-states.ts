import type { TLocalePool } from './locale-pool.ts';

const GIVEN = {
  female: [
    'Mary',
    'Jennifer',
    'Maria',
    'Emily',
    'Sarah',
    'Jessica',
    'Ashley',
    'Olivia',
    'Sophia',
    'Isabella',
    'Mia',
    'Grace',
    'Hannah',
    'Ana',
    'Priya',
    'Aaliyah',
    'Madison',
    'Lauren',
    'Megan',
    'Guadalupe',
    'Mei',
  ],
  male: [
    'James',
    'Michael',
    'David',
    'Jose',
    'Daniel',
    'Christopher',
    'Matthew',
    'Anthony',
    'Joshua',
    'Andrew',
    'Ethan',
    'Kevin',
    'Brian',
    'Luis',
    'Carlos',
    'Wei',
    'Jamal',
    'Tyler',
    'Noah',
    'Robert',
    'Arjun',
  ],
} as const;

const FAMILY = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Lee',
  'Nguyen',
  'Patel',
  'Kim',
  'Chen',
  'Ramirez',
  'Torres',
  'Flores',
  'Rivera',
  'Thompson',
  'Harris',
  'Sanchez',
  'Clark',
  'Robinson',
  'Walker',
  'Young',
  'Wright',
  "O'Brien",
  'Singh',
  'Vang',
  'Sandoval',
] as const;

const STREETS = [
  'Main St',
  'Oak Ave',
  'Maple Dr',
  'Cedar Ln',
  'Shaw Ave',
  'Blackstone Ave',
  'Olive Ave',
  'Herndon Ave',
  'Park Blvd',
  'Washington St',
  'Lincoln Ave',
  'Sunset Blvd',
  'Pine St',
  'Elm St',
  'Mission St',
  '2nd Ave',
] as const;

type TUsCity = readonly [
  city: string,
  state: string,
  zipLow: number,
  zipHigh: number,
  areaCodes: readonly string[],
];

// Central Valley first: the Californian operator's home (area code 559).
const CALIFORNIA: readonly TUsCity[] = [
  ['Fresno', 'CA', 93701, 93730, ['559']],
  ['Clovis', 'CA', 93611, 93619, ['559']],
  ['Visalia', 'CA', 93277, 93292, ['559']],
  ['Los Angeles', 'CA', 90001, 90068, ['213', '323', '310']],
  ['San Francisco', 'CA', 94102, 94134, ['415', '628']],
  ['San Diego', 'CA', 92101, 92130, ['619', '858']],
  ['Sacramento', 'CA', 95811, 95838, ['916']],
  ['San Jose', 'CA', 95110, 95139, ['408', '669']],
  ['Oakland', 'CA', 94601, 94621, ['510']],
  ['Bakersfield', 'CA', 93301, 93314, ['661']],
];

const ELSEWHERE: readonly TUsCity[] = [
  ['New York', 'NY', 10001, 10040, ['212', '646']],
  ['Austin', 'TX', 78701, 78759, ['512', '737']],
  ['Seattle', 'WA', 98101, 98126, ['206']],
  ['Chicago', 'IL', 60601, 60661, ['312', '773']],
  ['Boston', 'MA', 2108, 2136, ['617']],
  ['Denver', 'CO', 80202, 80239, ['303', '720']],
  ['Portland', 'OR', 97201, 97236, ['503']],
  ['Atlanta', 'GA', 30303, 30342, ['404', '678']],
  ['Raleigh', 'NC', 27601, 27617, ['919']],
];

/** US people; `californian` weights homes towards California (CCPA operators) instead of the whole country. */
export function unitedStates(californian: boolean): TLocalePool {
  const cities: readonly (readonly [TUsCity, number])[] = [
    ...CALIFORNIA.map((c, i) => [c, californian ? (i < 3 ? 6 : 2) : 1] as const),
    ...ELSEWHERE.map((c) => [c, californian ? 0.3 : 2] as const),
  ];
  return {
    country: 'US',
    emailDomains: ['example.com', 'example.net', 'example.org'],
    name: (rng, gender) => ({ givenName: rng.pick(GIVEN[gender]), familyName: rng.pick(FAMILY) }),
    address: (rng) => {
      const [city, state, low, high] = rng.weighted(cities);
      const unit = rng.chance(0.2) ? ` Apt ${rng.int(1, 40)}${rng.pick(['', 'A', 'B'])}` : '';
      return {
        street: `${rng.int(100, 9899)} ${rng.pick(STREETS)}${unit}`,
        postalCode: String(rng.int(low, high)).padStart(5, '0'),
        city,
        region: state,
        country: 'US',
      };
    },
    // 555-0100…555-0199 is reserved for fiction, so no real subscriber is ever dialled.
    phone: (rng, home) => {
      const areaCodes = [...CALIFORNIA, ...ELSEWHERE].find(
        ([city]) => city === home?.city,
      )?.[4] ?? ['559'];
      return `+1 (${rng.pick(areaCodes)}) 555-01${rng.digits(2)}`;
    },
    companyName: (rng, familyName) =>
      rng.pick([
        `${familyName} Consulting LLC`,
        `${familyName} & Associates`,
        `${familyName} Design Studio`,
        `${familyName} Logistics Inc.`,
        `Valley ${familyName} Farms`,
      ]),
  };
}
