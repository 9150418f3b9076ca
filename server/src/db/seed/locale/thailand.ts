import { spaced, type TLocalePool } from './locale-pool.ts';

// Thai names in the Latin script people use on international booking forms.
const GIVEN = {
  female: [
    'Kanya',
    'Siriporn',
    'Malee',
    'Nongnuch',
    'Pimchanok',
    'Suda',
    'Ratana',
    'Wanida',
    'Ploy',
    'Arisa',
    'Chanida',
    'Apinya',
    'Jiraporn',
    'Pornthip',
    'Supaporn',
    'Nattaya',
    'Kanokwan',
    'Duangjai',
  ],
  male: [
    'Somchai',
    'Somsak',
    'Niran',
    'Anan',
    'Kittisak',
    'Wichai',
    'Prasert',
    'Chaiwat',
    'Thanakorn',
    'Nattapong',
    'Thanawat',
    'Pattarapong',
    'Sakda',
    'Krit',
    'Phongsak',
    'Surachai',
    'Jakkrit',
    'Teerapat',
  ],
} as const;

const FAMILY = [
  'Saetang',
  'Srisuk',
  'Wongsawat',
  'Chaiyaporn',
  'Rattanakorn',
  'Kaewmanee',
  'Thongdee',
  'Boonmee',
  'Sukprasert',
  'Phromsuwan',
  'Jaidee',
  'Suwannarat',
  'Chantarasiri',
  'Inthapan',
  'Kanjanapan',
  'Siriwong',
  'Charoenrat',
  'Wattanasin',
  'Pongpanich',
  'Intharaksa',
  'Khamsaen',
  'Thepkaew',
] as const;

// Chiang Mai first: the coworking space's own city.
const PLACES = [
  {
    city: 'Chiang Mai',
    region: 'Chiang Mai',
    postalCodes: ['50200', '50300', '50000', '50100'],
    weight: 6,
    districts: [
      'Suthep, Mueang Chiang Mai',
      'Chang Phueak, Mueang Chiang Mai',
      'Si Phum, Mueang Chiang Mai',
      'Wat Ket, Mueang Chiang Mai',
      'Nong Hoi, Mueang Chiang Mai',
      'San Sai Noi, San Sai',
    ],
    streets: [
      'Nimmanhaemin Road Soi 7',
      'Nimmanhaemin Road Soi 13',
      'Huay Kaew Road',
      'Suthep Road',
      'Chang Phueak Road',
      'Ratchadamnoen Road',
      'Tha Phae Road',
      'Loi Kroh Road',
      'Charoen Rat Road',
      'Chotana Road',
      'Sirimangkalajarn Road Soi 5',
    ],
  },
  {
    city: 'Bangkok',
    region: 'Bangkok',
    postalCodes: ['10110', '10330', '10500', '10400', '10310'],
    weight: 3,
    districts: [
      'Khlong Toei Nuea, Watthana',
      'Lumphini, Pathum Wan',
      'Silom, Bang Rak',
      'Phaya Thai, Phaya Thai',
      'Huai Khwang, Huai Khwang',
    ],
    streets: [
      'Sukhumvit Soi 31',
      'Sukhumvit Soi 55',
      'Silom Road',
      'Sathorn Road',
      'Ratchadaphisek Road',
      'Phaya Thai Road',
      'Rama IV Road',
    ],
  },
  {
    city: 'Phuket',
    region: 'Phuket',
    postalCodes: ['83000', '83100', '83150'],
    weight: 1,
    districts: ['Talat Yai, Mueang Phuket', 'Kathu, Kathu', 'Rawai, Mueang Phuket'],
    streets: ['Thepkrasattri Road', 'Chaofa Road', 'Rat-U-Thit 200 Pee Road'],
  },
  {
    city: 'Khon Kaen',
    region: 'Khon Kaen',
    postalCodes: ['40000'],
    weight: 1,
    districts: ['Nai Mueang, Mueang Khon Kaen', 'Sila, Mueang Khon Kaen'],
    streets: ['Mittraphap Road', 'Na Mueang Road', 'Sri Chan Road'],
  },
] as const;

export const THAILAND: TLocalePool = {
  country: 'TH',
  emailDomains: ['example.com', 'example.org', 'example.net'],
  name: (rng, gender) => ({ givenName: rng.pick(GIVEN[gender]), familyName: rng.pick(FAMILY) }),
  address: (rng) => {
    const place = rng.weighted(PLACES.map((p) => [p, p.weight] as const));
    const number = rng.chance(0.4)
      ? `${rng.int(1, 199)}/${rng.int(1, 40)}`
      : String(rng.int(1, 299));
    return {
      street: `${number} ${rng.pick(place.streets)}`,
      district: rng.pick(place.districts),
      postalCode: rng.pick(place.postalCodes),
      city: place.city,
      region: place.region,
      country: 'TH',
    };
  },
  // Mobile numbers start 06, 08 or 09; +66 drops the leading 0: "+66 81 234 5678".
  phone: (rng) => `+66 ${spaced(`${rng.pick(['6', '8', '9'])}${rng.digits(8)}`, [2, 3, 4])}`,
  companyName: (rng, familyName) =>
    rng.pick([`${familyName} Co., Ltd.`, `${familyName} Trading`, `Lanna ${familyName} Studio`]),
};
