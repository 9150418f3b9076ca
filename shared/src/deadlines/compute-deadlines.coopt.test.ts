/**
 * COOPT, California (CCPA/CPRA): confirm in 10 business days, answer in 45 calendar days (+45
 * with notice), opt-outs in 15 business days, CAN-SPAM 10 business days, Shine the Light 30
 * days; America/Los_Angeles with the federal and California state holidays.
 */
import { describe, expect, it } from 'vitest';
import { deadlinesFor, dueDates, summary } from './deadline-fixtures.ts';

describe('coopt: know, delete, correct', () => {
  it.each([
    'access',
    'access-categories',
    'rectification',
    'erasure',
    'portability',
    'unauthorized-account',
  ] as const)(
    '%s received on a Friday evening (already Saturday in UTC) before Thanksgiving',
    (type) => {
      const result = deadlinesFor('coopt', type, '2026-11-21T02:00:00Z');
      expect(summary(result)).toEqual({
        receivedOn: '2026-11-20',
        acknowledgeBy: '2026-12-09T07:59:59.999Z', // 8 December, Thanksgiving and the day after skipped
        answerBy: '2027-01-05T07:59:59.999Z', // 4 January: 45 calendar days
        extendableTo: '2027-02-19T07:59:59.999Z', // 18 February: 90 days in total
        extension: 'available',
        chosen: 'law:ccpa-know-delete-correct',
      });
    },
  );

  it('keeps the clock running while identity is checked: the CCPA does not let it stop', () => {
    const result = deadlinesFor('coopt', 'access', '2026-11-21T02:00:00Z', {
      state: {
        pauses: [{ from: new Date('2026-11-22T00:00:00Z'), to: new Date('2026-12-15T00:00:00Z') }],
      },
    });
    expect(result.answerBy.toISOString()).toBe('2027-01-05T07:59:59.999Z');
    expect(result.basis.every((b) => b.pausedDays === 0)).toBe(true);
  });

  it('extends to 90 days with a notice inside the 45', () => {
    const result = deadlinesFor('coopt', 'erasure', '2026-11-21T02:00:00Z', {
      state: { extensionNoticeAt: new Date('2027-01-04T20:00:00Z') },
    });
    expect(result.extension).toBe('taken');
    expect(result.answerBy.toISOString()).toBe('2027-02-19T07:59:59.999Z');
  });

  it('crosses the spring DST change: 45 days from 1 March end in PDT', () => {
    const result = deadlinesFor('coopt', 'access', '2026-03-01T20:00:00Z');
    expect(result.answerBy.toISOString()).toBe('2026-04-16T06:59:59.999Z');
    expect(dueDates(result)['acknowledge/law/ccpa-know-delete-correct']).toBe('2026-03-13');
  });
});

describe('coopt: opt-outs and other requests', () => {
  it.each([
    // [type, received at (UTC), arrival, due date, rule, why]
    [
      'do-not-sell-or-share',
      '2026-07-03T17:00:00Z',
      '2026-07-03',
      '2026-07-24',
      'ccpa-opt-outs',
      'on observed Independence Day',
    ],
    [
      'limit-sensitive',
      '2026-03-27T17:00:00Z',
      '2026-03-27',
      '2026-04-20',
      'ccpa-opt-outs',
      'over César Chávez Day',
    ],
    [
      'marketing-opt-out',
      '2026-03-02T07:30:00Z',
      '2026-03-01',
      '2026-03-13',
      'marketing-opt-out',
      '23:30 Sunday in LA, Monday in UTC',
    ],
    [
      'marketing-opt-out',
      '2026-03-02T08:30:00Z',
      '2026-03-02',
      '2026-03-16',
      'marketing-opt-out',
      '00:30 Monday in LA',
    ],
    [
      'shine-the-light',
      '2026-12-15T18:00:00Z',
      '2026-12-15',
      '2027-01-14',
      'shine-the-light',
      '30 calendar days',
    ],
    [
      'child-data',
      '2026-05-01T18:00:00Z',
      '2026-05-01',
      '2026-06-15',
      'child-data',
      '45 calendar days',
    ],
  ] as const)(
    '%s received %s (%s) is due %s under %s: %s',
    (type, receivedAt, receivedOn, due, ruleId, _why) => {
      const result = deadlinesFor('coopt', type, receivedAt);
      expect(result.receivedOn).toBe(receivedOn);
      expect(dueDates(result)).toEqual({ [`answer/law/${ruleId}`]: due });
      expect(result.extension).toBe('not-allowed');
      expect(result.acknowledgeBy).toBeUndefined();
    },
  );
});
