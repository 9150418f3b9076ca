/** How a deadline looks from today: what the request queue highlights and the customer sees. */
import { daysBetween } from './iso-date.ts';
import { toLocalDate } from './time-zone.ts';

export const DEADLINE_STATUSES = ['on-track', 'due-soon', 'overdue'] as const;
export type TDeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** A deadline this many calendar days away or fewer is due soon (the staff queue's highlight, issue 9). */
export const DUE_SOON_DAYS = 5;

/**
 * Calendar days from today to the deadline's date, both in the operator's `timeZone`: 0 on the
 * last day, 1 the day before. Negative whenever the deadline has passed, even by a minute on its
 * own date, so that `daysLeft < 0` and "overdue" always agree.
 */
export function daysLeft(now: Date, deadline: Date, timeZone: string): number {
  const days = daysBetween(toLocalDate(now, timeZone), toLocalDate(deadline, timeZone));
  return now > deadline ? Math.min(days, -1) : days;
}

/** `overdue` once the deadline has passed, `due-soon` within DUE_SOON_DAYS calendar days, else `on-track`. */
export function deadlineStatus(now: Date, deadline: Date, timeZone: string): TDeadlineStatus {
  const left = daysLeft(now, deadline, timeZone);
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_DAYS ? 'due-soon' : 'on-track';
}
