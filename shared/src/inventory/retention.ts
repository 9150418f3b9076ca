import { addDays, addMonths, type TIsoDate } from '../deadlines/iso-date.ts';
import { toLocalDate } from '../deadlines/time-zone.ts';
import type { TRetentionRule } from '../profiles/profile.schema.ts';

/** The moments a retention period can count from (`TRetentionRule['from']`), for one record or account. */
export type TRetentionAnchors = {
  /** When we received the data: the record's date, or when the account was opened. */
  collectedAt: Date | null;
  /** The date of the record itself (an invoice date, a sign-in); the account's opening for account data. */
  recordDate: Date | null;
  lastActivityAt: Date | null;
  /** When the contract ended; null while it runs. */
  contractEndedAt: Date | null;
  /** When the account was closed; null while it is open. */
  accountClosedAt: Date | null;
};

export type TKeptUntil = {
  /** The last day the data is kept, in the operator's time zone; null while the start event is ahead. */
  until: TIsoDate | null;
  /** The event that has not happened yet and starts the period (`until` is null). */
  waitingFor: 'contract-end' | 'account-closed' | null;
};

/** `date` plus a retention period (months and years clamp to the month's last day). */
export function addRetentionPeriod(date: TIsoDate, period: TRetentionRule['period']): TIsoDate {
  switch (period.unit) {
    case 'days':
      return addDays(date, period.amount);
    case 'weeks':
      return addDays(date, period.amount * 7);
    case 'months':
      return addMonths(date, period.amount);
    case 'years':
      return addMonths(date, period.amount * 12);
  }
}

/**
 * "Kept until <date> because <rule>": the rule's period counted from its start event, as a
 * local date in the operator's time zone. Contract end and account closure that lie ahead
 * leave the date open and say what it waits for.
 */
export function keptUntil(
  rule: Pick<TRetentionRule, 'period' | 'from'>,
  anchors: TRetentionAnchors,
  timeZone: string,
): TKeptUntil {
  const start = startOf(rule.from, anchors);
  if (start === null) {
    const waitingFor = rule.from === 'account-closed' ? 'account-closed' : rule.from === 'contract-end' ? 'contract-end' : null;
    return { until: null, waitingFor };
  }
  return { until: addRetentionPeriod(toLocalDate(start, timeZone), rule.period), waitingFor: null };
}

function startOf(from: TRetentionRule['from'], anchors: TRetentionAnchors): Date | null {
  switch (from) {
    case 'collected':
      return anchors.collectedAt ?? anchors.recordDate;
    case 'record-date':
      return anchors.recordDate ?? anchors.collectedAt;
    case 'last-activity':
      return anchors.lastActivityAt ?? anchors.recordDate;
    case 'contract-end':
      return anchors.contractEndedAt;
    case 'account-closed':
      return anchors.accountClosedAt;
  }
}
