/**
 * Vanesa, Vietnam (PDPL + Decree 356): acknowledge in 2 working days; withdrawal, restriction and
 * objection in 15 days, 20 when processors must act too; one extension of at most 15 days;
 * Asia/Ho_Chi_Minh (UTC+7).
 */
import { describe, expect, it } from 'vitest';
import { deadlinesFor, dueDates, summary } from './deadline-fixtures.ts';

const endOf = (date: string) => `${date}T16:59:59.999Z`;

describe('vanesa: stopping processing', () => {
  it.each(['objection', 'restriction', 'marketing-opt-out'] as const)(
    '%s received the Friday before Tết: acknowledged after Tết, answered in 15 days, extendable to 30',
    (type) => {
      const result = deadlinesFor('vanesa', type, '2026-02-13T10:00:00Z');
      expect(summary(result)).toEqual({
        receivedOn: '2026-02-13',
        acknowledgeBy: endOf('2026-02-24'),
        answerBy: endOf('2026-02-28'),
        extendableTo: endOf('2026-03-15'),
        extension: 'available',
        chosen: 'law:pdpl-stop-processing',
      });
      expect(result.extensionNoticeBy?.toISOString()).toBe(endOf('2026-02-28'));
    },
  );

  it('gives 20 days (35 with the extension) when a processor must stop too', () => {
    const result = deadlinesFor('vanesa', 'objection', '2026-02-13T10:00:00Z', {
      state: { processorsInvolved: true },
    });
    expect(result.answerBy.toISOString()).toBe(endOf('2026-03-05'));
    expect(result.extendableTo?.toISOString()).toBe(endOf('2026-03-20'));
    expect(result.chosen.text).toContain('bên xử lý');
    expect(result.acknowledgeBy?.toISOString()).toBe(endOf('2026-02-24'));
  });

  it('takes the one extension when it is announced in time', () => {
    const result = deadlinesFor('vanesa', 'restriction', '2026-02-13T10:00:00Z', {
      state: { extensionNoticeAt: new Date('2026-02-27T03:00:00Z') },
    });
    expect(result.extension).toBe('taken');
    expect(result.answerBy.toISOString()).toBe(endOf('2026-03-15'));
  });
});

describe('vanesa: access, rectification, erasure, portability', () => {
  it.each([
    // [received at (UTC), arrival, acknowledge, answer (10 days), extended (25 days), why]
    [
      '2026-04-24T09:00:00Z',
      '2026-04-24',
      '2026-04-29',
      '2026-05-04',
      '2026-05-19',
      'Hùng Kings on Sunday with a Monday substitute',
    ],
    [
      '2026-04-29T16:59:00Z',
      '2026-04-29',
      '2026-05-05',
      '2026-05-09',
      '2026-05-24',
      '23:59 before 30 April and 1 May',
    ],
    [
      '2026-04-29T17:01:00Z',
      '2026-04-30',
      '2026-05-05',
      '2026-05-10',
      '2026-05-25',
      'just after midnight in Hanoi, still the 29th in UTC',
    ],
    [
      '2026-08-31T02:00:00Z',
      '2026-08-31',
      '2026-09-04',
      '2026-09-10',
      '2026-09-25',
      'before National Day',
    ],
    [
      '2026-12-31T02:00:00Z',
      '2026-12-31',
      '2027-01-05',
      '2027-01-10',
      '2027-01-25',
      'on New Year’s Eve',
    ],
  ])(
    'received %s (%s): acknowledge %s, answer %s, extendable to %s (%s)',
    (receivedAt, receivedOn, ack, answer, extended) => {
      for (const type of ['access', 'rectification', 'erasure', 'portability'] as const) {
        const result = deadlinesFor('vanesa', type, receivedAt);
        expect(result.receivedOn).toBe(receivedOn);
        expect(dueDates(result)).toEqual({
          'answer/law/pdpl-access-correct-delete': answer,
          'acknowledge/law/pdpl-access-correct-delete': ack,
          'extension/law/pdpl-access-correct-delete': extended,
        });
        expect(result.answerBy.toISOString()).toBe(endOf(answer));
      }
    },
  );

  it('refuses to count working days past the last holiday list', () => {
    expect(() => deadlinesFor('vanesa', 'access', '2027-12-30T02:00:00Z')).toThrow(/VN in 2028/);
  });
});
