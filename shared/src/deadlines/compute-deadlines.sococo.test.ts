/**
 * Sococo, Boston: the GDPR for EEA residents, the CCPA for Californians, CAN-SPAM for every
 * mailing; America/New_York with the federal holidays and Patriots' Day.
 */
import { describe, expect, it } from 'vitest';
import { deadlinesFor, dueDates, summary } from './deadline-fixtures.ts';

const RECEIVED = '2026-01-31T15:00:00Z'; // Saturday 10:00 in Boston

describe('sococo: the customer’s residence picks the law', () => {
  it('answers an EU resident within the GDPR month: 31 January → 28 February', () => {
    const result = deadlinesFor('sococo', 'access', RECEIVED, { residence: { country: 'DE' } });
    expect(summary(result)).toEqual({
      receivedOn: '2026-01-31',
      acknowledgeBy: undefined,
      answerBy: '2026-03-01T04:59:59.999Z', // 28 February, 23:59:59.999 EST
      extendableTo: '2026-05-01T03:59:59.999Z', // 30 April, EDT
      extension: 'available',
      chosen: 'law:gdpr-rights',
    });
    expect(result.selection).toBe('by-residence');
  });

  it('uses 29 February in a leap year', () => {
    const result = deadlinesFor('sococo', 'erasure', '2028-01-31T15:00:00Z', {
      residence: { country: 'NL' },
    });
    expect(result.answerBy.toISOString()).toBe('2028-03-01T04:59:59.999Z');
    expect(result.extendableTo?.toISOString()).toBe('2028-05-01T03:59:59.999Z');
  });

  it.each([
    { country: 'US', region: 'CA' },
    { country: 'us', region: 'US-CA' },
  ])('answers a Californian (%o) under the CCPA, with the 10-day confirmation', (residence) => {
    const result = deadlinesFor('sococo', 'access', RECEIVED, { residence });
    expect(summary(result)).toEqual({
      receivedOn: '2026-01-31',
      acknowledgeBy: '2026-02-14T04:59:59.999Z', // Friday 13 February
      answerBy: '2026-03-18T03:59:59.999Z', // 17 March, after the DST change
      extendableTo: '2026-05-02T03:59:59.999Z', // 1 May: 90 days
      extension: 'available',
      chosen: 'law:ccpa-know-delete-correct',
    });
    expect(result.selection).toBe('by-residence');
  });

  it.each([undefined, { country: 'US', region: 'MA' }, { country: 'JP' }])(
    'applies the strictest of both laws when no rule protects the residence (%o)',
    (residence) => {
      const result = deadlinesFor('sococo', 'access', RECEIVED, residence ? { residence } : {});
      expect(result.selection).toBe('strictest');
      expect(summary(result)).toEqual({
        receivedOn: '2026-01-31',
        acknowledgeBy: '2026-02-14T04:59:59.999Z',
        answerBy: '2026-03-01T04:59:59.999Z',
        extendableTo: '2026-05-01T03:59:59.999Z', // three months ends a day before 90 days
        extension: 'available',
        chosen: 'law:gdpr-rights',
      });
    },
  );

  it('holds an EU resident’s marketing opt-out to CAN-SPAM’s 10 business days, with no extension', () => {
    const result = deadlinesFor('sococo', 'marketing-opt-out', RECEIVED, {
      residence: { country: 'FR' },
    });
    expect(dueDates(result)).toEqual({
      'answer/law/gdpr-rights': '2026-02-28',
      'answer/law/can-spam-opt-out': '2026-02-13',
      'extension/law/gdpr-rights': '2026-04-30',
    });
    expect(result.chosen.ruleId).toBe('can-spam-opt-out');
    // CAN-SPAM allows no extension, and it applies as well, so the 10 days stand.
    expect(result.extension).toBe('not-allowed');
    expect(result.extendableTo).toBeUndefined();
  });

  it('answers a Massachusetts resident’s opt-out of sale by the CCPA’s 15 business days, counting Patriots’ Day', () => {
    const result = deadlinesFor('sococo', 'do-not-sell-or-share', '2026-04-10T15:00:00Z', {
      residence: { country: 'US', region: 'MA' },
    });
    expect(result.selection).toBe('strictest');
    expect(dueDates(result)).toEqual({ 'answer/law/ccpa-opt-out': '2026-05-04' });
  });
});
