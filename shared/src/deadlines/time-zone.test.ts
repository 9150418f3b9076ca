import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeadlineError } from './deadline-errors.ts';
import { addDays, isoDate } from './iso-date.ts';
import { endOfLocalDay, startOfLocalDay, timeZoneOffsetMinutes, toLocalDate } from './time-zone.ts';

const AMS = 'Europe/Amsterdam';
const LA = 'America/Los_Angeles';
const at = (iso: string) => new Date(iso);

describe('timeZoneOffsetMinutes', () => {
  it.each([
    // Amsterdam: CET → CEST at 01:00 UTC on the last Sunday of March, back on the last Sunday of October.
    [AMS, '2026-03-29T00:59:59.999Z', 60],
    [AMS, '2026-03-29T01:00:00.000Z', 120],
    [AMS, '2026-10-25T00:59:59.999Z', 120],
    [AMS, '2026-10-25T01:00:00.000Z', 60],
    // Los Angeles: PST → PDT at 10:00 UTC on the second Sunday of March, back at 09:00 UTC on the first Sunday of November.
    [LA, '2026-03-08T09:59:59.999Z', -480],
    [LA, '2026-03-08T10:00:00.000Z', -420],
    [LA, '2026-11-01T08:59:59.999Z', -420],
    [LA, '2026-11-01T09:00:00.000Z', -480],
    ['Asia/Bangkok', '2026-06-01T12:00:00Z', 420],
    ['Asia/Ho_Chi_Minh', '2026-01-01T00:00:00Z', 420],
    ['UTC', '2026-06-01T12:00:00Z', 0],
  ])('%s at %s is UTC%+i min', (zone, instant, offset) => {
    expect(timeZoneOffsetMinutes(at(instant), zone)).toBe(offset);
  });

  it('rejects an unknown zone with a clear error', () => {
    expect(() => timeZoneOffsetMinutes(at('2026-01-01T00:00:00Z'), 'Mars/Olympus')).toThrow(
      /unknown time zone "Mars\/Olympus"/,
    );
    expect(() => toLocalDate(new Date(Number.NaN), AMS)).toThrow(DeadlineError);
  });
});

describe('toLocalDate', () => {
  it.each([
    // Just before and after midnight in the operator's zone, while UTC is still on the other day.
    [AMS, '2026-03-01T22:59:59.999Z', '2026-03-01'],
    [AMS, '2026-03-01T23:00:00.000Z', '2026-03-02'],
    [AMS, '2026-07-01T21:59:59.999Z', '2026-07-01'],
    [AMS, '2026-07-01T22:00:00.000Z', '2026-07-02'],
    [LA, '2026-11-21T02:00:00Z', '2026-11-20'], // Friday evening in LA is Saturday in UTC
    [LA, '2026-03-02T07:59:59.999Z', '2026-03-01'],
    [LA, '2026-03-02T08:00:00.000Z', '2026-03-02'],
    ['Asia/Bangkok', '2026-01-08T16:59:00Z', '2026-01-08'],
    ['Asia/Bangkok', '2026-01-08T17:01:00Z', '2026-01-09'],
    ['UTC', '1969-12-31T23:59:59.999Z', '1969-12-31'],
  ])('%s: %s is on %s', (zone, instant, date) => {
    expect(toLocalDate(at(instant), zone)).toBe(date);
  });
});

describe('endOfLocalDay and startOfLocalDay', () => {
  it.each([
    [AMS, '2026-03-28', '2026-03-28T22:59:59.999Z'], // last day of winter time
    [AMS, '2026-03-29', '2026-03-29T21:59:59.999Z'], // the 23-hour day
    [AMS, '2026-10-25', '2026-10-25T22:59:59.999Z'], // the 25-hour day
    [LA, '2026-03-07', '2026-03-08T07:59:59.999Z'],
    [LA, '2026-03-08', '2026-03-09T06:59:59.999Z'],
    [LA, '2026-11-01', '2026-11-02T07:59:59.999Z'],
    ['Asia/Bangkok', '2026-04-24', '2026-04-24T16:59:59.999Z'],
    ['America/New_York', '2026-02-28', '2026-03-01T04:59:59.999Z'],
  ])('%s: %s ends at %s', (zone, date, end) => {
    expect(endOfLocalDay(date, zone).toISOString()).toBe(end);
  });

  it('gives the DST days of Amsterdam and Los Angeles their real length', () => {
    const hours = (zone: string, date: string) =>
      (endOfLocalDay(date, zone).getTime() + 1 - startOfLocalDay(date, zone).getTime()) / 3_600_000;
    expect(hours(AMS, '2026-03-29')).toBe(23);
    expect(hours(AMS, '2026-10-25')).toBe(25);
    expect(hours(LA, '2026-03-08')).toBe(23);
    expect(hours(LA, '2026-11-01')).toBe(25);
    expect(hours(LA, '2026-11-02')).toBe(24);
  });

  it('always ends a date on that date, one millisecond before the next one starts', () => {
    const zones = fc.constantFrom(
      AMS,
      LA,
      'America/New_York',
      'Asia/Bangkok',
      'Asia/Ho_Chi_Minh',
      'UTC',
    );
    const dates = fc
      .integer({ min: 0, max: 365 * 30 })
      .map((days) => addDays(isoDate(2010, 1, 1), days));
    fc.assert(
      fc.property(zones, dates, (zone, date) => {
        const end = endOfLocalDay(date, zone);
        expect(toLocalDate(end, zone)).toBe(date);
        expect(toLocalDate(new Date(end.getTime() + 1), zone)).toBe(addDays(date, 1));
      }),
    );
  });
});
