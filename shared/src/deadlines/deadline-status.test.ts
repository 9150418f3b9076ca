import { describe, expect, it } from 'vitest';
import { daysLeft, deadlineStatus } from './deadline-status.ts';
import { endOfLocalDay } from './time-zone.ts';

const AMS = 'Europe/Amsterdam';
const LA = 'America/Los_Angeles';
const deadline = endOfLocalDay('2026-03-31', AMS); // 21:59:59.999Z, in CEST

describe('daysLeft and deadlineStatus', () => {
  it.each([
    ['2026-03-20T12:00:00Z', 11, 'on-track'],
    ['2026-03-25T23:30:00Z', 5, 'due-soon'], // 00:30 on the 26th in Amsterdam, still the 25th in UTC
    ['2026-03-25T22:30:00Z', 6, 'on-track'], // 23:30 on the 25th
    ['2026-03-29T12:00:00Z', 2, 'due-soon'], // across the DST change
    ['2026-03-31T00:00:00Z', 0, 'due-soon'],
    ['2026-03-31T21:59:59.999Z', 0, 'due-soon'], // the last millisecond
    ['2026-03-31T22:00:00.000Z', -1, 'overdue'],
    ['2026-04-05T10:00:00Z', -5, 'overdue'],
  ])('at %s: %i days left, %s', (now, left, status) => {
    expect(daysLeft(new Date(now), deadline, AMS)).toBe(left);
    expect(deadlineStatus(new Date(now), deadline, AMS)).toBe(status);
  });

  it('counts days in the zone it is given', () => {
    const due = endOfLocalDay('2026-11-05', LA); // 2026-11-06T07:59:59.999Z
    const now = new Date('2026-11-02T06:00:00Z'); // 22:00 on 1 November in LA, 2 November in UTC
    expect(daysLeft(now, due, LA)).toBe(4);
    expect(deadlineStatus(now, due, LA)).toBe('due-soon');
    expect(daysLeft(now, due, 'UTC')).toBe(4); // the deadline is already the 6th in UTC
  });

  it('calls a deadline with a time of day overdue as soon as it passes, even on its own date', () => {
    const midday = new Date('2026-03-31T10:00:00Z');
    expect(daysLeft(new Date('2026-03-31T11:00:00Z'), midday, AMS)).toBe(-1);
    expect(deadlineStatus(new Date('2026-03-31T11:00:00Z'), midday, AMS)).toBe('overdue');
  });
});
