import { describe, expect, it } from 'vitest';
import { addRetentionPeriod, keptUntil, type TRetentionAnchors } from './retention.ts';

const NONE: TRetentionAnchors = { collectedAt: null, recordDate: null, lastActivityAt: null, contractEndedAt: null, accountClosedAt: null };
const TZ = 'Europe/Amsterdam';

describe('keptUntil', () => {
  it('when an invoice dated 2024-03-15 is kept 7 years from its date, then it is kept until 2031-03-15', () => {
    const result = keptUntil({ period: { amount: 7, unit: 'years' }, from: 'record-date' }, { ...NONE, recordDate: new Date('2024-03-15T10:00:00Z') }, TZ);
    expect(result).toEqual({ until: '2031-03-15', waitingFor: null });
  });

  it('when the record date is late evening UTC, then the local date in the operator’s zone counts', () => {
    const result = keptUntil({ period: { amount: 6, unit: 'months' }, from: 'record-date' }, { ...NONE, recordDate: new Date('2024-08-31T23:30:00Z') }, TZ);
    // 1 September in Amsterdam; + 6 months
    expect(result.until).toBe('2025-03-01');
  });

  it('when the contract still runs, then the date is open and waits for the contract end', () => {
    const rule = { period: { amount: 6, unit: 'months' }, from: 'contract-end' } as const;
    expect(keptUntil(rule, NONE, TZ)).toEqual({ until: null, waitingFor: 'contract-end' });
    expect(keptUntil(rule, { ...NONE, contractEndedAt: new Date('2025-01-31T12:00:00Z') }, TZ)).toEqual({ until: '2025-07-31', waitingFor: null });
  });

  it('when counted in months from 31 January, then the month end clamps', () => {
    expect(addRetentionPeriod('2025-01-31', { amount: 1, unit: 'months' })).toBe('2025-02-28');
    expect(addRetentionPeriod('2024-02-29', { amount: 1, unit: 'years' })).toBe('2025-02-28');
    expect(addRetentionPeriod('2024-02-29', { amount: 2, unit: 'weeks' })).toBe('2024-03-14');
  });
});
