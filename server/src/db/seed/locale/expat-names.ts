import type { TGender } from './locale-pool.ts';

/**
 * Names of the digital nomads and long-stay expats who rent desks in Chiang Mai, with their
 * nationality. They live in Thailand while they work there, so their address and phone are Thai.
 */
export const EXPAT_NAMES: readonly (readonly [
  given: string,
  family: string,
  gender: TGender,
  nationality: string,
])[] = [
  ['Oliver', 'Bennett', 'male', 'GB'],
  ['Charlotte', 'Hughes', 'female', 'GB'],
  ['Harry', 'Clarke', 'male', 'GB'],
  ['Lukas', 'Becker', 'male', 'DE'],
  ['Lena', 'Schmidt', 'female', 'DE'],
  ['Jonas', 'Müller', 'male', 'DE'],
  ['Camille', 'Dubois', 'female', 'FR'],
  ['Louis', 'Lefèvre', 'male', 'FR'],
  ['Chloe', 'Wilson', 'female', 'AU'],
  ['Jack', 'Mitchell', 'male', 'AU'],
  ['Liam', 'Tremblay', 'male', 'CA'],
  ['Yuki', 'Tanaka', 'female', 'JP'],
  ['Ji-woo', 'Park', 'female', 'KR'],
  ['Giulia', 'Rossi', 'female', 'IT'],
  ['Mateo', 'García', 'male', 'ES'],
  ['Elin', 'Johansson', 'female', 'SE'],
  ['Mikkel', 'Nielsen', 'male', 'DK'],
  ['Aoife', 'Murphy', 'female', 'IE'],
];
