import { sql, type SQL } from 'drizzle-orm';
import { anonymisedFieldsOf } from '@portal/shared/inventory/erasure-outcome';
import type { TCategory, TRetentionRule } from '@portal/shared/profiles/profile.schema';
import type { DbOrTx } from '../../db/client.ts';
import { ACCOUNT_ANCHORS, categoryKeptUntilSql, RECORD_ANCHORS } from './retention-sql.ts';

export type TCounts = { records: number; accounts: number };
type TCountRow = { records: number; accounts: number };

const first = (rows: TCountRow[]): TCounts => ({ records: rows[0]?.records ?? 0, accounts: rows[0]?.accounts ?? 0 });

/** Accounts the engine treats as live: not being erased, not erased, not archived. */
const LIVE = sql`c.status in ('active', 'restricted') and not exists (select 1 from erasure_requests e where e.customer_id = c.id and e.status in ('scheduled', 'running', 'needs-attention'))`;

/** Records of `category` (not restricted) whose period ended before `today`, as a condition over `r` and `c`. */
function expiredRecords(category: TCategory, rules: readonly TRetentionRule[], today: string, timeZone: string): SQL {
  return sql`r.category = ${category.id} and r.restricted_at is null and c.status in ('active', 'restricted', 'archived')
    and ${categoryKeptUntilSql(rules, RECORD_ANCHORS, timeZone)} < ${today}::date`;
}

/** Deletes, anonymises (the unlinked fields kept, see erasure) or archives (restricted, kept) a category's expired records. */
export async function applyRecordsRule(
  tx: DbOrTx,
  input: { category: TCategory; rules: readonly TRetentionRule[]; effect: 'delete' | 'anonymise' | 'archive'; today: string; timeZone: string; at: Date; dryRun: boolean },
): Promise<TCounts> {
  const where = expiredRecords(input.category, input.rules, input.today, input.timeZone);
  if (input.dryRun) {
    return first((await tx.execute<TCountRow>(sql`select count(*)::int as records, count(distinct r.customer_id)::int as accounts from customer_records r join customers c on c.id = r.customer_id where ${where}`)).rows);
  }
  const at = sql`${input.at.toISOString()}::timestamptz`;
  if (input.effect === 'archive') {
    return first((await tx.execute<TCountRow>(sql`
      with moved as (update customer_records r set restricted_at = ${at}, hold_id = ${`archive:${input.rules[0]?.id ?? 'retention'}`} from customers c where c.id = r.customer_id and ${where} returning r.customer_id)
      select count(*)::int as records, count(distinct customer_id)::int as accounts from moved`)).rows);
  }
  const fields = input.effect === 'anonymise' ? anonymisedFieldsOf(input.category) : [];
  const copy =
    fields.length > 0
      ? sql`, copied as (insert into anonymous_records (category, occurred_on, data, created_at)
          select category, (occurred_at at time zone ${input.timeZone})::date, jsonb_strip_nulls(jsonb_build_object(${sql.join(fields.map((f) => sql`${f.key}::text, data -> ${f.key}::text`), sql`, `)})), ${at} from gone)`
      : sql``;
  return first((await tx.execute<TCountRow>(sql`
    with gone as (delete from customer_records r using customers c where c.id = r.customer_id and ${where} returning r.customer_id, r.category, r.occurred_at, r.data)${copy}
    select count(*)::int as records, count(distinct customer_id)::int as accounts from gone`)).rows);
}

/** Live accounts whose own data's period ended (their whole account goes, or is archived). */
export async function expiredAccounts(tx: DbOrTx, input: { rules: readonly TRetentionRule[]; today: string; timeZone: string }): Promise<string[]> {
  const result = await tx.execute<{ id: string }>(
    sql`select c.id from customers c where ${LIVE} and ${categoryKeptUntilSql(input.rules, ACCOUNT_ANCHORS, input.timeZone)} < ${input.today}::date order by c.id`,
  );
  return result.rows.map((r) => r.id);
}

export async function archiveAccounts(tx: DbOrTx, ids: readonly string[], at: Date): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await tx.execute(sql`update customers set status = 'archived', updated_at = ${at.toISOString()}::timestamptz where status in ('active', 'restricted') and id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`);
  return result.rowCount ?? 0;
}

/** Live accounts of people younger than `years` on `today` (a birth date is known). */
export async function underAgeAccounts(tx: DbOrTx, input: { years: number; today: string }): Promise<string[]> {
  const result = await tx.execute<{ id: string }>(
    sql`select c.id from customers c where ${LIVE} and c.birth_date is not null and c.birth_date > (${input.today}::date - make_interval(years => ${input.years}::int))::date order by c.id`,
  );
  return result.rows.map((r) => r.id);
}

/** The consent ledger through its own purge function (migration 0008): superseded or erased-account entries past the period. */
export async function purgeLedger(tx: DbOrTx, input: { cutoff: Date; dryRun: boolean }): Promise<TCounts> {
  return first((await tx.execute<TCountRow>(sql`select records, accounts from consent_ledger_purge(${input.cutoff.toISOString()}::timestamptz, ${input.dryRun})`)).rows);
}

/** Records kept under a legal hold after an erasure, whose hold ended before `today`: purged now. */
export async function purgeExpiredHolds(tx: DbOrTx, input: { today: string; dryRun: boolean }): Promise<(TCounts & { category: string })[]> {
  const where = sql`restricted_at is not null and purge_on is not null and purge_on < ${input.today}::date`;
  const query = input.dryRun
    ? sql`select category, count(*)::int as records, count(distinct customer_id)::int as accounts from customer_records where ${where} group by category order by category`
    : sql`with gone as (delete from customer_records where ${where} returning customer_id, category)
          select category, count(*)::int as records, count(distinct customer_id)::int as accounts from gone group by category order by category`;
  return (await tx.execute<TCountRow & { category: string }>(query)).rows;
}

/** Erased accounts with nothing left under them (no record, no ledger entry, no open erasure): the shell goes. */
export async function removeEmptyShells(tx: DbOrTx, dryRun: boolean): Promise<number> {
  const where = sql`c.status = 'erased'
    and not exists (select 1 from customer_records r where r.customer_id = c.id)
    and not exists (select 1 from consent_ledger l where l.customer_id = c.id)
    and not exists (select 1 from erasure_requests e where e.customer_id = c.id and e.status in ('scheduled', 'running', 'needs-attention'))`;
  const result = dryRun
    ? await tx.execute<{ n: number }>(sql`select count(*)::int as n from customers c where ${where}`)
    : await tx.execute<{ n: number }>(sql`with gone as (delete from customers c where ${where} returning c.id) select count(*)::int as n from gone`);
  return result.rows[0]?.n ?? 0;
}
