/** Helpers shared by the deadline tests: shorthand for a profile's request and ISO output. */
import type { TRequestType } from '../domain/request-types.ts';
import type { TProfile, TProfileId } from '../profiles/profile.schema.ts';
import { loadProfile } from '../profiles/registry.ts';
import { computeDeadlines } from './compute-deadlines.ts';
import type { TDeadlineQuery, TDeadlines } from './deadline-types.ts';

const loaded = new Map<TProfileId, TProfile>();

/** Loading validates the whole profile; once per test file is enough. */
export function profileFor(id: TProfileId): TProfile {
  const profile = loaded.get(id) ?? loadProfile(id);
  loaded.set(id, profile);
  return profile;
}

export function deadlinesFor(
  id: TProfileId,
  requestType: TRequestType,
  receivedAt: string,
  more: Omit<TDeadlineQuery, 'requestType' | 'receivedAt'> = {},
): TDeadlines {
  return computeDeadlines(profileFor(id), {
    requestType,
    receivedAt: new Date(receivedAt),
    ...more,
  });
}

/** The dates a reader checks, as ISO strings (undefined stays undefined). */
export function summary(result: TDeadlines) {
  return {
    receivedOn: result.receivedOn,
    acknowledgeBy: result.acknowledgeBy?.toISOString(),
    answerBy: result.answerBy.toISOString(),
    extendableTo: result.extendableTo?.toISOString(),
    extension: result.extension,
    chosen: `${result.chosen.source}:${result.chosen.ruleId}`,
  };
}

/** The local due date of each basis entry, keyed "role/source/ruleId". */
export function dueDates(result: TDeadlines): Record<string, string> {
  return Object.fromEntries(
    result.basis.map((b) => [`${b.role}/${b.source}/${b.ruleId}`, b.dueOn]),
  );
}
