/**
 * The operator profiles that ship with the product, and the one way to load one: validated,
 * with every problem reported on its own line, prefixed with the profile id.
 */
import { cocoProfile } from './coco.ts';
import { cocomoProfile } from './cocomo.ts';
import { cooptProfile } from './coopt.ts';
import {
  PROFILE_IDS,
  ZProfileIdSchema,
  type TProfile,
  type TProfileId,
  type TProfileInput,
} from './profile.schema.ts';
import { sococoProfile } from './sococo.ts';
import { validateProfile } from './validate-profile.ts';
import { vanesaProfile } from './vanesa.ts';

export const PROFILE_INPUTS: Record<TProfileId, TProfileInput> = {
  coco: cocoProfile,
  cocomo: cocomoProfile,
  vanesa: vanesaProfile,
  coopt: cooptProfile,
  sococo: sococoProfile,
};

/** A profile that cannot be used; `message` holds one "<id>: <problem>" line per problem. */
export class ProfileError extends Error {
  override readonly name = 'ProfileError';
  readonly profileId: string;
  readonly problems: readonly string[];

  constructor(profileId: string, problems: string[]) {
    super(problems.map((problem) => `${profileId}: ${problem}`).join('\n'));
    this.profileId = profileId;
    this.problems = problems;
  }
}

export function listProfileIds(): TProfileId[] {
  return [...PROFILE_IDS];
}

/** Loads and validates a shipped profile; throws a ProfileError for an unknown id or an invalid profile. */
export function loadProfile(id: string): TProfile {
  const known = ZProfileIdSchema.safeParse(id);
  if (!known.success) {
    throw new ProfileError(id || '(empty)', [
      `unknown profile "${id}" (known: ${PROFILE_IDS.join(', ')})`,
    ]);
  }
  return parseProfile(known.data, PROFILE_INPUTS[known.data]);
}

/** Validates `input` as the profile `id`; throws a ProfileError listing every problem. */
export function parseProfile(id: string, input: unknown): TProfile {
  const result = validateProfile(input);
  if (!result.ok) throw new ProfileError(id, result.problems);
  if (result.profile.id !== id) {
    throw new ProfileError(id, [`id: the profile says it is "${result.profile.id}"`]);
  }
  return result.profile;
}
