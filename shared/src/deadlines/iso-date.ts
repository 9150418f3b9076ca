/**
 * Calendar dates as ISO strings ("2026-01-31"): the same shape as the profile's holiday lists,
 * comparable with `<`, and free of any time zone. Arithmetic goes through a day number so that
 * month lengths and leap years come from the proleptic Gregorian calendar of `Date.UTC`.
 */
import { DeadlineError } from './deadline-errors.ts';

/** A calendar date, "YYYY-MM-DD". */
export type TIsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid ISO date; throws a DeadlineError for anything else. */
export function toDayNumber(date: TIsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new DeadlineError(`"${date}" is not a date like 2026-01-31`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-30 over to March; a round trip catches it.
  if (fromDayNumber(ms / MS_PER_DAY) !== date) {
    throw new DeadlineError(`"${date}" is not a real calendar date`);
  }
  return ms / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): TIsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isoDate(year: number, month: number, day: number): TIsoDate {
  return fromDayNumber(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function yearOf(date: TIsoDate): number {
  return Number(date.slice(0, 4));
}

export function addDays(date: TIsoDate, days: number): TIsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: TIsoDate, to: TIsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay`. */
export function dayOfWeek(date: TIsoDate): number {
  return new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay();
}

export function lastDayOfMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same date `months` later, or the last day of that month when it is shorter
 * (Regulation 1182/71 art. 3(2)(c)): 31 January + 1 month is 28 February, or 29 in a leap year.
 */
export function addMonths(date: TIsoDate, months: number): TIsoDate {
  toDayNumber(date);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return isoDate(targetYear, targetMonth, Math.min(day, lastDayOfMonth(targetYear, targetMonth)));
}
