/** The engine's choices on made-up rule sets: which deadline wins, pauses, and bad input. */
import { describe, expect, it } from 'vitest';
import { HOLIDAYS_NL } from '../profiles/holidays.ts';
import type { TDeadlineRule } from '../profiles/profile.schema.ts';
import { computeDeadlines } from './compute-deadlines.ts';
import { DeadlineError } from './deadline-errors.ts';
import { dueDates } from './deadline-fixtures.ts';
import type { TDeadlineProfile } from './deadline-types.ts';

const AMS = { country: 'NL', timeZone: 'Europe/Amsterdam' };

function rule(overrides: Partial<TDeadlineRule>): TDeadlineRule {
  return {
    id: 'test-rule',
    jurisdiction: 'gdpr',
    requestTypes: ['access'],
    law: { amount: 1, unit: 'months', source: 'GDPR Art. 12(3)' },
    ...overrides,
  };
}

function profile(...deadlineRules: TDeadlineRule[]): TDeadlineProfile {
  return { deadlineRules, holidays: HOLIDAYS_NL, locale: AMS };
}

const receivedAt = new Date('2026-06-01T08:00:00Z'); // Monday 10:00 in Amsterdam

describe('the shorter of law and promise', () => {
  it('chooses the law when the promise is longer', () => {
    const result = computeDeadlines(
      profile(rule({ promise: { amount: 6, unit: 'weeks', source: 'policy' } })),
      { requestType: 'access', receivedAt },
    );
    expect(result.chosen).toMatchObject({ source: 'law', text: 'GDPR Art. 12(3)' });
    expect(result.answerBy.toISOString()).toBe('2026-07-01T21:59:59.999Z');
  });

  it('chooses the promise when it is shorter, citing it', () => {
    const result = computeDeadlines(
      profile(rule({ promise: { amount: 10, unit: 'business-days', source: 'policy §4' } })),
      { requestType: 'access', receivedAt },
    );
    expect(result.chosen).toMatchObject({ source: 'operator-promise', text: 'policy §4' });
    expect(dueDates(result)['answer/operator-promise/test-rule']).toBe('2026-06-15');
  });

  it('cites the law when law and promise fall on the same day', () => {
    const result = computeDeadlines(
      profile(
        rule({
          law: { amount: 28, unit: 'calendar-days', source: 'law' },
          promise: { amount: 4, unit: 'weeks', source: 'policy' },
        }),
      ),
      { requestType: 'access', receivedAt },
    );
    expect(result.chosen.source).toBe('law');
  });

  it('takes the earliest law and the earliest acknowledgement across rules', () => {
    const result = computeDeadlines(
      profile(
        rule({ id: 'slow', acknowledge: { amount: 5, unit: 'business-days', source: 'slow ack' } }),
        rule({
          id: 'fast',
          jurisdiction: 'ccpa',
          law: { amount: 20, unit: 'calendar-days', source: 'fast' },
          acknowledge: { amount: 3, unit: 'calendar-days', source: 'fast ack' },
        }),
      ),
      { requestType: 'access', receivedAt },
    );
    expect(result.chosen.ruleId).toBe('fast');
    expect(result.answerBy.toISOString()).toBe('2026-06-21T21:59:59.999Z');
    expect(result.acknowledgeBy?.toISOString()).toBe('2026-06-04T21:59:59.999Z');
  });
});

describe('extensions across rules', () => {
  const extension = {
    amount: 2,
    unit: 'months',
    source: 'ext',
    times: 1,
    noticeWithinFirstPeriod: true,
  } as const;

  it('ends an extension where the first law without one ends, when that is later than the answer', () => {
    const result = computeDeadlines(
      profile(
        rule({ id: 'a', law: { amount: 10, unit: 'calendar-days', source: 'a' }, extension }),
        rule({ id: 'b', law: { amount: 30, unit: 'calendar-days', source: 'b' } }),
      ),
      { requestType: 'access', receivedAt },
    );
    expect(result.firstAnswerBy.toISOString()).toBe('2026-06-11T21:59:59.999Z');
    expect(result.extendableTo?.toISOString()).toBe('2026-07-01T21:59:59.999Z');
    expect(result.extension).toBe('available');
  });

  it('offers no extension when no rule has one, even if the promise is shorter than the law', () => {
    const result = computeDeadlines(
      profile(rule({ promise: { amount: 1, unit: 'weeks', source: 'p' } })),
      { requestType: 'access', receivedAt },
    );
    expect(result.extension).toBe('not-allowed');
    expect(result.extensionNoticeBy).toBeUndefined();
  });
});

describe('pauses', () => {
  const pausable = rule({
    law: { amount: 15, unit: 'calendar-days', source: 'law' },
    promise: { amount: 10, unit: 'business-days', source: 'promise' },
    acknowledge: { amount: 2, unit: 'business-days', source: 'ack' },
    extension: {
      amount: 15,
      unit: 'calendar-days',
      source: 'ext',
      times: 1,
      noticeWithinFirstPeriod: true,
    },
    pausable: { source: 'the law lets the clock stop' },
  });
  const pause = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });

  it('adds the midnights a pause spans, only where the rule allows it, never to the acknowledgement', () => {
    const result = computeDeadlines(profile(pausable), {
      requestType: 'access',
      receivedAt,
      // Tuesday 10:00 to Friday 09:00 local: three midnights.
      state: { pauses: [pause('2026-06-02T08:00:00Z', '2026-06-05T07:00:00Z')] },
    });
    expect(dueDates(result)).toEqual({
      'answer/law/test-rule': '2026-06-19', // 16 June + 3
      'answer/operator-promise/test-rule': '2026-06-18', // 15 June + 3
      'acknowledge/law/test-rule': '2026-06-03',
      'extension/law/test-rule': '2026-07-04', // 1 July + 3
    });
    expect(result.basis.find((b) => b.role === 'answer')?.pausedDays).toBe(3);
  });

  it('moves a paused business-day deadline off a weekend, and merges overlapping pauses', () => {
    const result = computeDeadlines(profile(pausable), {
      requestType: 'access',
      receivedAt,
      state: {
        pauses: [
          pause('2026-06-02T08:00:00Z', '2026-06-06T08:00:00Z'),
          pause('2026-06-04T08:00:00Z', '2026-06-07T08:00:00Z'),
        ],
      },
    });
    // Five midnights: 15 June + 5 = Saturday 20 June → Monday 22 June.
    expect(dueDates(result)['answer/operator-promise/test-rule']).toBe('2026-06-22');
  });

  it('ignores pauses that begin after the deadline, and a short pause within one day', () => {
    const result = computeDeadlines(profile(pausable), {
      requestType: 'access',
      receivedAt,
      state: {
        pauses: [
          pause('2026-06-03T08:00:00Z', '2026-06-03T12:00:00Z'),
          pause('2026-08-01T00:00:00Z', '2026-08-05T00:00:00Z'),
        ],
      },
    });
    expect(result.basis.every((b) => b.pausedDays === 0)).toBe(true);
  });

  it('counts a later pause that the first pause brought inside the deadline', () => {
    const result = computeDeadlines(
      profile(
        rule({ law: { amount: 2, unit: 'calendar-days', source: 'l' }, pausable: { source: 's' } }),
      ),
      {
        requestType: 'access',
        receivedAt,
        // Due 3 June; the first pause moves it to 5 June, which brings in the pause that starts on the 4th.
        state: {
          pauses: [
            pause('2026-06-02T08:00:00Z', '2026-06-04T08:00:00Z'),
            pause('2026-06-04T20:00:00Z', '2026-06-06T08:00:00Z'),
          ],
        },
      },
    );
    expect(dueDates(result)['answer/law/test-rule']).toBe('2026-06-07');
  });

  it('rejects a pause that ends before it starts', () => {
    expect(() =>
      computeDeadlines(profile(pausable), {
        requestType: 'access',
        receivedAt,
        state: { pauses: [pause('2026-06-05T08:00:00Z', '2026-06-02T08:00:00Z')] },
      }),
    ).toThrow(/no later than its end/);
  });
});

describe('bad input', () => {
  it('names what is wrong', () => {
    expect(() =>
      computeDeadlines(profile(rule({})), { requestType: 'erasure', receivedAt }),
    ).toThrow(/no deadline rule for "erasure"/);
    expect(() =>
      computeDeadlines(
        { ...profile(rule({})), locale: { country: 'NL', timeZone: 'Europe/Atlantis' } },
        { requestType: 'access', receivedAt },
      ),
    ).toThrow(/unknown time zone/);
    expect(() =>
      computeDeadlines(profile(rule({})), { requestType: 'access', receivedAt: new Date('nope') }),
    ).toThrow(DeadlineError);
  });
});
