/**
 * Just enough time-zone arithmetic for deadlines, built on Intl.DateTimeFormat so that shared/
 * needs no date library and runs the same in the browser and on the server. The engine only
 * asks two questions of a zone: which local date an instant falls on, and when a local date ends.
 */
import { DeadlineError } from './deadline-errors.ts';
import { fromDayNumber, toDayNumber, type TIsoDate } from './iso-date.ts';

const MS_PER_DAY = 86_400_000;
const LAST_MS_OF_DAY = MS_PER_DAY - 1;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new DeadlineError(
      `unknown time zone "${timeZone}" (expected an IANA name like Europe/Amsterdam)`,
    );
  }
  formatters.set(timeZone, formatter);
  return formatter;
}

function assertInstant(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new DeadlineError('an instant is an invalid Date');
  return ms;
}

/** The local wall-clock reading of `ms` in `timeZone`, expressed as if it were UTC milliseconds. */
function wallClockMs(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const field = (name: string): number => parts[name] ?? 0;
  // Some engines print midnight as hour 24 even in h23; it is the start of the same day.
  const hour = field('hour') === 24 ? 0 : field('hour');
  const wholeSecondsMs = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    hour,
    field('minute'),
    field('second'),
  );
  return wholeSecondsMs + (((ms % 1000) + 1000) % 1000);
}

/** Minutes to add to UTC to get local time at `instant` (Amsterdam in summer: +120). */
export function timeZoneOffsetMinutes(instant: Date, timeZone: string): number {
  const ms = assertInstant(instant);
  return Math.round((wallClockMs(ms, timeZone) - ms) / 60_000);
}

/** The calendar date it is in `timeZone` at `instant`. */
export function toLocalDate(instant: Date, timeZone: string): TIsoDate {
  const ms = assertInstant(instant);
  return fromDayNumber(Math.floor(wallClockMs(ms, timeZone) / MS_PER_DAY));
}

/**
 * The instant of a local wall-clock time. Two passes settle the offset on either side of a
 * daylight-saving change; the engine only asks for 23:59:59.999, which no zone it serves skips
 * or repeats (they change clocks in the small hours).
 */
function localTimeToInstant(date: TIsoDate, msOfDay: number, timeZone: string): Date {
  const wall = toDayNumber(date) * MS_PER_DAY + msOfDay;
  const firstGuess = wall - (wallClockMs(wall, timeZone) - wall);
  const settled = wall - (wallClockMs(firstGuess, timeZone) - firstGuess);
  return new Date(settled);
}

/** The last millisecond (23:59:59.999) of `date` in `timeZone`: when a deadline on that date ends. */
export function endOfLocalDay(date: TIsoDate, timeZone: string): Date {
  return localTimeToInstant(date, LAST_MS_OF_DAY, timeZone);
}

/** The first millisecond of `date` in `timeZone`. */
export function startOfLocalDay(date: TIsoDate, timeZone: string): Date {
  return new Date(endOfLocalDay(fromDayNumber(toDayNumber(date) - 1), timeZone).getTime() + 1);
}

/** Throws a DeadlineError unless `timeZone` is an IANA zone this runtime knows. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}
