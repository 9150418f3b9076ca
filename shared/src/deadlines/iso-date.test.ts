import { describe, expect, it } from 'vitest';
import { DeadlineError } from './deadline-errors.ts';
import {
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  lastDayOfMonth,
  toDayNumber,
} from './iso-date.ts';

describe('addMonths (Regulation 1182/71 art. 3(2)(c): same date, or the last day of a shorter month)', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'], // leap year
    ['2028-01-30', 1, '2028-02-29'],
    ['2026-01-28', 1, '2026-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-01-31', 3, '2026-04-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2027-12-31', 2, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-05-31', -1, '2026-04-30'],
    ['2026-02-28', 0, '2026-02-28'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });
});

describe('day arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-11-20', 45)).toBe('2027-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts days between dates and knows the weekday', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
    expect(dayOfWeek('2026-01-01')).toBe(4); // Thursday
    expect(dayOfWeek('2026-03-01')).toBe(0); // Sunday
    expect(lastDayOfMonth(2100, 2)).toBe(28); // not a leap year
    expect(lastDayOfMonth(2000, 2)).toBe(29);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-1-5', '31-01-2026', '', '2026-02-29'])(
    'rejects "%s"',
    (bad) => {
      expect(() => toDayNumber(bad)).toThrow(DeadlineError);
    },
  );
});
