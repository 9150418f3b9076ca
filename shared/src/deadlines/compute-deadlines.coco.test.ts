/** CoCo, Chiang Mai: 7 business days promised, Thai PDPA s.30 allows 30 days; Asia/Bangkok (UTC+7). */
import { describe, expect, it } from 'vitest';
import { REQUEST_TYPES } from '../domain/request-types.ts';
import { loadProfile } from '../profiles/registry.ts';
import { MissingHolidaysError } from './deadline-errors.ts';
import { deadlinesFor, dueDates, summary } from './deadline-fixtures.ts';

describe('coco', () => {
  it.each([
    // [received at (UTC), local arrival date, promise due (7 business days), law due (30 days), why]
    [
      '2026-04-10T11:00:00Z',
      '2026-04-10',
      '2026-04-24',
      '2026-05-10',
      'Friday evening before Songkran',
    ],
    [
      '2026-01-08T16:59:00Z',
      '2026-01-08',
      '2026-01-19',
      '2026-02-07',
      '23:59 on Thursday in Bangkok',
    ],
    [
      '2026-01-08T17:01:00Z',
      '2026-01-09',
      '2026-01-20',
      '2026-02-08',
      '00:01 on Friday in Bangkok, still Thursday in UTC',
    ],
    [
      '2026-12-05T03:00:00Z',
      '2026-12-05',
      '2026-12-17',
      '2027-01-04',
      'on a Saturday holiday with a Monday substitute',
    ],
    ['2026-12-28T02:00:00Z', '2026-12-28', '2027-01-08', '2027-01-27', 'over New Year'],
    [
      '2026-04-13T05:00:00Z',
      '2026-04-13',
      '2026-04-24',
      '2026-05-13',
      'on the first day of Songkran',
    ],
  ])('received %s (%s) → promise %s, law %s: %s', (receivedAt, receivedOn, promise, law) => {
    const result = deadlinesFor('coco', 'access', receivedAt);
    expect(result.receivedOn).toBe(receivedOn);
    expect(dueDates(result)).toEqual({
      'answer/law/pdpa-rights': law,
      'answer/operator-promise/pdpa-rights': promise,
    });
    expect(result.answerBy.toISOString()).toBe(`${promise}T16:59:59.999Z`);
    expect(result.chosen).toMatchObject({ source: 'operator-promise', ruleId: 'pdpa-rights' });
  });

  it('gives every request type it offers the same rule, with no acknowledgement and no extension', () => {
    const profile = loadProfile('coco');
    for (const type of profile.requestTypes) {
      expect(summary(deadlinesFor('coco', type, '2026-06-15T03:00:00Z'))).toEqual({
        receivedOn: '2026-06-15',
        acknowledgeBy: undefined,
        answerBy: '2026-06-24T16:59:59.999Z',
        extendableTo: undefined,
        extension: 'not-allowed',
        chosen: 'operator-promise:pdpa-rights',
      });
    }
    const offered = new Set<string>(profile.requestTypes);
    for (const type of REQUEST_TYPES.filter((t) => !offered.has(t))) {
      expect(() => deadlinesFor('coco', type, '2026-06-15T03:00:00Z')).toThrow(/no deadline rule/);
    }
  });

  it('ignores an extension notice, since neither the PDPA nor the promise allows one', () => {
    const result = deadlinesFor('coco', 'erasure', '2026-06-15T03:00:00Z', {
      state: { extensionNoticeAt: new Date('2026-06-16T03:00:00Z') },
    });
    expect(result.extension).toBe('not-allowed');
    expect(result.answerBy.toISOString()).toBe('2026-06-24T16:59:59.999Z');
  });

  it('refuses to count business days into a year without holidays', () => {
    expect(() => deadlinesFor('coco', 'access', '2025-12-30T03:00:00Z')).toThrow(
      MissingHolidaysError,
    );
    expect(() => deadlinesFor('coco', 'access', '2027-12-24T03:00:00Z')).toThrow(/TH in 2028/);
  });
});
