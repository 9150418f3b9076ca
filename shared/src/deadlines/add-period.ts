/**
 * Adds a deadline period to the local date a request arrived on. Every unit excludes the day of
 * arrival, as Regulation 1182/71 art. 3(1) does for EU periods; we apply the same count to the
 * other laws and to operator promises so that one request never has two ways of counting.
 */
import type { TDeadlineRule } from '../profiles/profile.schema.ts';
import { addBusinessDays, type TBusinessCalendar } from './business-calendar.ts';
import { DeadlineError } from './deadline-errors.ts';
import { addDays, addMonths, type TIsoDate } from './iso-date.ts';

export type TPeriodUnit = TDeadlineRule['law']['unit'];
export interface TPeriod {
  readonly amount: number;
  readonly unit: TPeriodUnit;
}

/** The last day of `period` counted from `start` (the arrival date, which itself does not count). */
export function addPeriod(start: TIsoDate, period: TPeriod, calendar: TBusinessCalendar): TIsoDate {
  if (!Number.isInteger(period.amount) || period.amount < 0) {
    throw new DeadlineError(`a period must be a whole number ≥ 0, got ${period.amount}`);
  }
  switch (period.unit) {
    case 'calendar-days':
      return addDays(start, period.amount);
    case 'weeks':
      // Same weekday n weeks later (Regulation 1182/71 art. 3(2)(c)).
      return addDays(start, 7 * period.amount);
    case 'months':
      return addMonths(start, period.amount);
    case 'business-days':
    case 'working-days':
      return addBusinessDays(start, period.amount, calendar);
  }
}

/**
 * A period followed by an extension, both counted from `start`. Counting the total from arrival
 * (one month + two months = three months) rather than stacking two clamped month ends keeps
 * 31 January + 3 months at 30 April instead of losing days to February's clamp.
 */
export function addExtendedPeriod(
  start: TIsoDate,
  period: TPeriod,
  extension: TPeriod,
  calendar: TBusinessCalendar,
): TIsoDate {
  if (period.unit === extension.unit) {
    return addPeriod(
      start,
      { amount: period.amount + extension.amount, unit: period.unit },
      calendar,
    );
  }
  return addPeriod(addPeriod(start, period, calendar), extension, calendar);
}
