/**
 * Business and working days: Monday to Friday, less the operator's public holidays. The five
 * operators' countries (NL, TH, VN, US) all rest on Saturday and Sunday, and none of the laws
 * they follow defines a "working day" differently from a "business day", so both units count
 * the same days (see README.md).
 */
import type { TProfile } from '../profiles/profile.schema.ts';
import { DeadlineError, MissingHolidaysError } from './deadline-errors.ts';
import { addDays, dayOfWeek, toDayNumber, yearOf, type TIsoDate } from './iso-date.ts';

export type THolidayList = TProfile['holidays'][number];

export interface TBusinessCalendar {
  readonly country: string;
  /** Throws a MissingHolidaysError when `date` falls in a year without a holiday list. */
  isBusinessDay(date: TIsoDate): boolean;
}

const SATURDAY = 6;
const SUNDAY = 0;

/** A calendar for `country` from the lists in `holidays` whose country matches (others are ignored). */
export function createBusinessCalendar(
  country: string,
  holidays: readonly THolidayList[],
): TBusinessCalendar {
  const byYear = new Map<number, Set<TIsoDate>>();
  for (const list of holidays) {
    if (list.country !== country) continue;
    const dates = byYear.get(list.year) ?? new Set<TIsoDate>();
    for (const date of list.dates) {
      toDayNumber(date);
      dates.add(date);
    }
    byYear.set(list.year, dates);
  }
  return {
    country,
    isBusinessDay(date) {
      const holidaysOfYear = byYear.get(yearOf(date));
      if (!holidaysOfYear) throw new MissingHolidaysError(country, yearOf(date));
      const weekday = dayOfWeek(date);
      return weekday !== SATURDAY && weekday !== SUNDAY && !holidaysOfYear.has(date);
    },
  };
}

/**
 * The date `count` business days after `date`. The start date itself never counts (the day a
 * request arrives is not day one), so a request received on a Saturday or a holiday starts
 * counting on the next business day.
 */
export function addBusinessDays(
  date: TIsoDate,
  count: number,
  calendar: TBusinessCalendar,
): TIsoDate {
  if (!Number.isInteger(count) || count < 0) {
    throw new DeadlineError(`business days must be a whole number ≥ 0, got ${count}`);
  }
  let current = date;
  let counted = 0;
  while (counted < count) {
    current = addDays(current, 1);
    if (calendar.isBusinessDay(current)) counted += 1;
  }
  return current;
}

/** The first business day on or after `date`. */
export function nextBusinessDay(date: TIsoDate, calendar: TBusinessCalendar): TIsoDate {
  let current = date;
  while (!calendar.isBusinessDay(current)) current = addDays(current, 1);
  return current;
}
