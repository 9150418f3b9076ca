/**
 * Cocomo, Netherlands: "binnen vier weken" promised, the GDPR month (art. 12(3)) with two more
 * months on notice within the first period; Europe/Amsterdam (CET +1, CEST +2).
 */
import { describe, expect, it } from 'vitest';
import { deadlinesFor, dueDates, summary } from './deadline-fixtures.ts';

const RULE = 'avg-rights';

describe('cocomo: four weeks against one month', () => {
  it.each([
    // [received at (UTC), arrival, promise (4 weeks), law (1 month), winner, answerBy (UTC)]
    [
      '2026-01-31T09:00:00Z',
      '2026-01-31',
      '2026-02-28',
      '2026-02-28',
      'law',
      '2026-02-28T22:59:59.999Z',
    ],
    [
      '2026-01-30T09:00:00Z',
      '2026-01-30',
      '2026-02-27',
      '2026-02-28',
      'operator-promise',
      '2026-02-27T22:59:59.999Z',
    ],
    [
      '2026-02-01T09:00:00Z',
      '2026-02-01',
      '2026-03-01',
      '2026-03-01',
      'law',
      '2026-03-01T22:59:59.999Z',
    ],
    [
      '2026-03-10T09:00:00Z',
      '2026-03-10',
      '2026-04-07',
      '2026-04-10',
      'operator-promise',
      '2026-04-07T21:59:59.999Z',
    ],
    [
      '2026-03-01T22:59:00Z',
      '2026-03-01',
      '2026-03-29',
      '2026-04-01',
      'operator-promise',
      '2026-03-29T21:59:59.999Z',
    ],
    [
      '2026-03-01T23:01:00Z',
      '2026-03-02',
      '2026-03-30',
      '2026-04-02',
      'operator-promise',
      '2026-03-30T21:59:59.999Z',
    ],
    [
      '2026-10-01T08:00:00Z',
      '2026-10-01',
      '2026-10-29',
      '2026-11-01',
      'operator-promise',
      '2026-10-29T22:59:59.999Z',
    ],
    [
      '2026-12-31T12:00:00Z',
      '2026-12-31',
      '2027-01-28',
      '2027-01-31',
      'operator-promise',
      '2027-01-28T22:59:59.999Z',
    ],
    [
      '2028-01-31T09:00:00Z',
      '2028-01-31',
      '2028-02-28',
      '2028-02-29',
      'operator-promise',
      '2028-02-28T22:59:59.999Z',
    ],
    [
      '2028-02-29T09:00:00Z',
      '2028-02-29',
      '2028-03-28',
      '2028-03-29',
      'operator-promise',
      '2028-03-28T21:59:59.999Z',
    ],
  ])(
    'received %s (%s): promise %s, law %s → %s wins',
    (receivedAt, receivedOn, promise, law, winner, answerBy) => {
      const result = deadlinesFor('cocomo', 'access', receivedAt);
      expect(result.receivedOn).toBe(receivedOn);
      expect(dueDates(result)).toMatchObject({
        [`answer/operator-promise/${RULE}`]: promise,
        [`answer/law/${RULE}`]: law,
      });
      expect(result.chosen.source).toBe(winner);
      expect(result.answerBy.toISOString()).toBe(answerBy);
    },
  );

  it('needs no holiday list: weeks and months ignore holidays, so 2028 works', () => {
    expect(deadlinesFor('cocomo', 'erasure', '2028-06-01T09:00:00Z').receivedOn).toBe('2028-06-01');
  });
});

describe('cocomo: the two-month extension', () => {
  const received = '2026-01-31T09:00:00Z';

  it('extends to three months from arrival, announced by the first deadline', () => {
    const result = deadlinesFor('cocomo', 'access', received);
    expect(summary(result)).toEqual({
      receivedOn: '2026-01-31',
      acknowledgeBy: undefined,
      answerBy: '2026-02-28T22:59:59.999Z',
      extendableTo: '2026-04-30T21:59:59.999Z',
      extension: 'available',
      chosen: `law:${RULE}`,
    });
    expect(result.extensionNoticeBy?.toISOString()).toBe('2026-02-28T22:59:59.999Z');
    expect(dueDates(result)[`extension/law/${RULE}`]).toBe('2026-04-30');
  });

  it('requires the notice within the promised four weeks, not just the legal month', () => {
    const result = deadlinesFor('cocomo', 'access', '2026-03-10T09:00:00Z');
    expect(result.extensionNoticeBy?.toISOString()).toBe('2026-04-07T21:59:59.999Z');
    expect(result.extendableTo?.toISOString()).toBe('2026-06-10T21:59:59.999Z');
  });

  it.each([
    ['2026-02-20T10:00:00Z', 'taken', '2026-04-30T21:59:59.999Z'],
    ['2026-02-28T22:59:59.999Z', 'taken', '2026-04-30T21:59:59.999Z'], // the last millisecond still counts
    ['2026-02-28T23:00:00.000Z', 'notice-too-late', '2026-02-28T22:59:59.999Z'],
    ['2026-03-15T10:00:00Z', 'notice-too-late', '2026-02-28T22:59:59.999Z'],
  ])('notice at %s → %s, answer by %s', (noticeAt, status, answerBy) => {
    const result = deadlinesFor('cocomo', 'access', received, {
      state: { extensionNoticeAt: new Date(noticeAt) },
    });
    expect(result.extension).toBe(status);
    expect(result.answerBy.toISOString()).toBe(answerBy);
    expect(result.firstAnswerBy.toISOString()).toBe('2026-02-28T22:59:59.999Z');
  });

  it('rejects a notice dated before the request arrived', () => {
    expect(() =>
      deadlinesFor('cocomo', 'access', received, {
        state: { extensionNoticeAt: new Date('2026-01-01T00:00:00Z') },
      }),
    ).toThrow(/after the request arrived/);
  });
});
