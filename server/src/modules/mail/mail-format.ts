import type { TLanguage, TMailDate, TMailFormatter } from './mail-types.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Formats dates with Intl in the recipient's language; `timeZone` is where instants are shown. */
export function createMailFormatter(language: TLanguage, timeZone = 'UTC'): TMailFormatter {
  // A bare day must not shift to the previous day west of UTC, so days are always shown in UTC.
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const dayInZone = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone });
  const dayTime = new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  });
  const minutes = new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'long',
  });

  return {
    date(value: TMailDate): string {
      if (value instanceof Date) return dayInZone.format(value);
      if (!ISO_DAY.test(value)) throw new Error(`expected a YYYY-MM-DD day, got "${value}"`);
      return day.format(new Date(`${value}T00:00:00Z`));
    },
    dateTime: (value: Date) => dayTime.format(value),
    minutes: (count: number) => minutes.format(count),
  };
}
