import { DeadlineError } from './deadline-errors.ts';
import type { TPause } from './deadline-types.ts';
import { daysBetween } from './iso-date.ts';
import { toLocalDate } from './time-zone.ts';

/**
 * How many days to add to a deadline for the pauses that began on or before it: each pause
 * adds the number of local midnights it spans, so an hour's wait adds nothing and a wait from
 * Monday to Wednesday adds two days. Overlapping pauses are merged first so that no day counts
 * twice; pauses before arrival are cut at arrival. A pause that begins after the deadline
 * cannot revive it.
 */
export function pausedDays(
  pauses: readonly TPause[],
  receivedAt: Date,
  deadline: Date,
  timeZone: string,
): number {
  const spans = pauses
    .map(({ from, to }) => {
      if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to < from) {
        throw new DeadlineError('a pause must have a valid start no later than its end');
      }
      return { from: Math.max(from.getTime(), receivedAt.getTime()), to: to.getTime() };
    })
    .filter((span) => span.to > span.from && span.from <= deadline.getTime())
    .sort((a, b) => a.from - b.from);

  const merged: { from: number; to: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.from <= last.to) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return merged.reduce(
    (days, span) =>
      days +
      daysBetween(
        toLocalDate(new Date(span.from), timeZone),
        toLocalDate(new Date(span.to), timeZone),
      ),
    0,
  );
}
