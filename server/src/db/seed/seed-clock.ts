import type { TRng } from './prng.ts';

export const DAY_MS = 86_400_000;

/** The UTC offset of a time zone at `at`, in hours ("Asia/Bangkok" → 7). */
export function utcOffsetHours(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-]\d+)(?::(\d+))?/.exec(name ?? '');
  if (!match) return 0;
  const hours = Number(match[1]);
  return hours + Math.sign(hours) * (Number(match[2] ?? 0) / 60);
}

/**
 * A moment between `from` and `to` at a waking hour of the operator's time zone (people order and
 * sign in between 07:00 and 23:59, not at random hours of the night).
 */
export function wakingMomentBetween(rng: TRng, from: Date, to: Date, offsetHours: number): Date {
  if (to <= from) return to;
  const days = Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
  const day = Math.floor(from.getTime() / DAY_MS) + rng.int(0, days);
  const localHour = rng.weighted([
    [7, 1],
    [9, 3],
    [12, 3],
    [15, 3],
    [18, 3],
    [21, 2],
    [23, 0.5],
  ] as const);
  const ms = (localHour - offsetHours) * 3_600_000 + rng.int(0, 3_599_999 * 2);
  const moment = new Date(day * DAY_MS + ms);
  if (moment < from) return from;
  return moment > to ? to : moment;
}
