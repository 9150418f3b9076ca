import { sql, type SQL } from 'drizzle-orm';
import type { TCategory, TRetentionRule } from '@portal/shared/profiles/profile.schema';

/**
 * The moments a retention period counts from, as SQL over one record (`customer_records r`) and its
 * account (`customers c`). Erasure and the retention engine build their dates from these, so what
 * the portal promises ("kept until …") and what the engine does are the same computation.
 */
export type TRetentionAnchorsSql = {
  /** The record's own date (also "collected": a record is collected when it happens). */
  record: SQL;
  lastActivity: SQL;
  /** Null while the contract runs. */
  contractEnd: SQL;
  /** Null while the account is open. */
  closed: SQL;
};

/** Anchors of a stored record and its account, as they stand. */
export const RECORD_ANCHORS: TRetentionAnchorsSql = {
  record: sql`r.occurred_at`,
  lastActivity: sql`coalesce(c.last_activity_at, r.occurred_at)`,
  contractEnd: sql`c.contract_ended_at`,
  closed: sql`c.closed_at`,
};

/** Anchors of the account row itself (account-stored categories): it was collected when it was opened. */
export const ACCOUNT_ANCHORS: TRetentionAnchorsSql = {
  record: sql`c.created_at`,
  lastActivity: sql`coalesce(c.last_activity_at, c.created_at)`,
  contractEnd: sql`c.contract_ended_at`,
  closed: sql`c.closed_at`,
};

/** Anchors at the moment an account is erased: its contract ends and it closes `at`. */
export function closingAnchors(at: Date): TRetentionAnchorsSql {
  const now = sql`${at.toISOString()}::timestamptz`;
  return { ...RECORD_ANCHORS, contractEnd: sql`coalesce(c.contract_ended_at, ${now})`, closed: sql`coalesce(c.closed_at, ${now})` };
}

/** Anchors of a consent-ledger entry (`consent_ledger l`) of an account closing `at`: its own date is its record date. */
export function ledgerAnchors(at: Date): TRetentionAnchorsSql {
  return { ...closingAnchors(at), record: sql`l.occurred_at`, lastActivity: sql`coalesce(c.last_activity_at, l.occurred_at)` };
}

function anchorOf(rule: Pick<TRetentionRule, 'from'>, anchors: TRetentionAnchorsSql): SQL {
  switch (rule.from) {
    case 'collected':
    case 'record-date':
      return anchors.record;
    case 'last-activity':
      return anchors.lastActivity;
    case 'contract-end':
      return anchors.contractEnd;
    case 'account-closed':
      return anchors.closed;
  }
}

/**
 * The last day kept under `rule` (a date in `timeZone`), or NULL while its start event lies ahead.
 * PostgreSQL's date + interval clamps to the month's end like `addRetentionPeriod` does.
 */
export function keptUntilSql(rule: Pick<TRetentionRule, 'from' | 'period'>, anchors: TRetentionAnchorsSql, timeZone: string): SQL {
  const { amount, unit } = rule.period;
  const interval =
    unit === 'years'
      ? sql`make_interval(years => ${amount}::int)`
      : unit === 'months'
        ? sql`make_interval(months => ${amount}::int)`
        : sql`make_interval(days => ${unit === 'weeks' ? amount * 7 : amount}::int)`;
  return sql`((${anchorOf(rule, anchors)} at time zone ${timeZone})::date + ${interval})::date`;
}

/** A record is kept until the latest of its fields' rules (as the my-data page says); NULL while any waits for an event. */
export function categoryKeptUntilSql(rules: readonly TRetentionRule[], anchors: TRetentionAnchorsSql, timeZone: string): SQL {
  const dates = rules.map((rule) => keptUntilSql(rule, anchors, timeZone));
  if (dates.length === 1 && dates[0]) return dates[0];
  // greatest() ignores NULLs; a record waiting for any event must stay, so NULL wins here.
  const anyOpen = sql.join(dates.map((d) => sql`${d} is null`), sql` or `);
  return sql`case when ${anyOpen} then null else greatest(${sql.join(dates, sql`, `)}) end`;
}

/** The distinct retention rules of a category's fields. */
export function rulesOf(category: TCategory, rule: (id: string) => TRetentionRule): TRetentionRule[] {
  return [...new Set(category.fields.map((f) => f.retention))].map(rule);
}
