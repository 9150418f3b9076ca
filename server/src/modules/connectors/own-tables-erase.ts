import { and, eq, isNull, sql } from 'drizzle-orm';
import { anonymisedFieldsOf, erasureOutcome } from '@portal/shared/inventory/erasure-outcome';
import { ACCOUNT_COLUMN_KEYS, type TCategory, type TProfile } from '@portal/shared/profiles/profile.schema';
import { REQUIRED_ACCOUNT_KEYS } from '@portal/shared/inventory/field-value-schema';
import type { DbOrTx } from '../../db/client.ts';
import { customerRecords, customers } from '../../db/schema/customers.ts';
import { LEDGER_CATEGORY_IDS } from '../../db/seed/seed-categories.ts';
import { categoryKeptUntilSql, closingAnchors, ledgerAnchors, rulesOf } from '../retention/retention-sql.ts';
import type { TConnectorSubject, TErasurePlan, TReceiptDetails } from './connector.ts';

const ACCOUNT_COLUMNS = new Set<string>(ACCOUNT_COLUMN_KEYS);
type TAccountColumn = (typeof ACCOUNT_COLUMN_KEYS)[number];

export type TOwnTablesEraseDeps = { profile: TProfile; held: ReadonlyMap<string, TCategory>; at: Date };

/** The address an erased account keeps: unique (the column is), and naming nobody. */
export const erasedEmailOf = (customerId: string) => `erased-${customerId}@erased.invalid`;

/**
 * Erases the plan's categories from the portal's own tables and says what happened in receipt
 * details (counts, and per kept category `kept.<id>.records|purgeUntil|hold`). Kept categories
 * (legal hold, proof) stay; for the whole account they are moved to the restricted state with
 * the day they will be purged, and the account row is anonymised. Runs in the caller's transaction.
 */
export async function eraseOwnTables(tx: DbOrTx, deps: TOwnTablesEraseDeps, subject: TConnectorSubject, plan: TErasurePlan): Promise<TReceiptDetails> {
  const { profile, at } = deps;
  const timeZone = profile.locale.timeZone;
  const rule = (id: string) => {
    const found = profile.retentionRules.find((r) => r.id === id);
    // validateProfile guarantees every field's rule exists.
    if (!found) throw new Error(`retention rule ${id} is not in the profile`);
    return found;
  };
  const details: TReceiptDetails = {};
  const kept: string[] = [];
  let deletedRecords = 0;
  let anonymisedRecords = 0;
  let restrictedRecords = 0;
  let clearedFields = 0;
  const mine = (category: string) =>
    and(eq(customerRecords.customerId, subject.customerId), eq(customerRecords.category, category), isNull(customerRecords.restrictedAt));

  for (const id of plan.categories) {
    const category = deps.held.get(id);
    if (!category) continue;
    if (erasureOutcome(category) === 'keep') {
      kept.push(id);
      const until = categoryKeptUntilSql(rulesOf(category, rule), closingAnchors(at), timeZone);
      const summary = LEDGER_CATEGORY_IDS.has(id)
        ? await summariseLedger(tx, subject.customerId, categoryKeptUntilSql(rulesOf(category, rule), ledgerAnchors(at), timeZone))
        : plan.scope === 'account'
          ? await restrictRecords(tx, subject.customerId, category, until, at)
          : await summariseRecords(tx, subject.customerId, category.id, until);
      if (plan.scope === 'account' && !LEDGER_CATEGORY_IDS.has(id)) restrictedRecords += summary.records;
      details[`kept.${id}.records`] = summary.records;
      details[`kept.${id}.purgeUntil`] = summary.purgeUntil;
      details[`kept.${id}.hold`] = category.legalHold ?? null;
      continue;
    }
    if (category.store === 'account') {
      // The account row goes with the whole account (below); alone, only its optional fields can.
      if (plan.scope === 'categories') clearedFields += await clearOptionalFields(tx, subject.customerId, category, at);
      continue;
    }
    const fields = anonymisedFieldsOf(category);
    if (fields.length > 0) {
      const values = sql.join(fields.map((f) => sql`${f.key}::text, r.data -> ${f.key}::text`), sql`, `);
      const copied = await tx.execute(sql`
        insert into anonymous_records (category, occurred_on, data, created_at)
        select r.category, (r.occurred_at at time zone ${timeZone})::date, jsonb_strip_nulls(jsonb_build_object(${values})), ${at.toISOString()}::timestamptz
        from customer_records r
        where r.customer_id = ${subject.customerId} and r.category = ${category.id} and r.restricted_at is null`);
      anonymisedRecords += copied.rowCount ?? 0;
    }
    const gone = await tx.delete(customerRecords).where(mine(category.id)).returning({ id: customerRecords.id });
    if (fields.length === 0) deletedRecords += gone.length;
  }
  if (plan.scope === 'account') await anonymiseAccount(tx, subject.customerId, at);
  return { deletedRecords, anonymisedRecords, restrictedRecords, clearedFields, kept: kept.join(',') || null, ...details };
}

type TKeptSummary = { records: number; purgeUntil: string | null };

/** Moves a held category's records to the restricted state, each with its purge day. */
async function restrictRecords(tx: DbOrTx, customerId: string, category: TCategory, until: ReturnType<typeof categoryKeptUntilSql>, at: Date): Promise<TKeptSummary> {
  const result = await tx.execute<{ records: number; purge_until: string | null }>(sql`
    with moved as (
      update customer_records r
      set restricted_at = ${at.toISOString()}::timestamptz, hold_id = ${category.legalHold ?? null}, purge_on = ${until}
      from customers c
      where c.id = r.customer_id and r.customer_id = ${customerId} and r.category = ${category.id} and r.restricted_at is null
      returning r.purge_on
    )
    select count(*)::int as records, max(purge_on)::text as purge_until from moved`);
  return { records: result.rows[0]?.records ?? 0, purgeUntil: result.rows[0]?.purge_until ?? null };
}

async function summariseRecords(tx: DbOrTx, customerId: string, category: string, until: ReturnType<typeof categoryKeptUntilSql>): Promise<TKeptSummary> {
  const result = await tx.execute<{ records: number; purge_until: string | null }>(sql`
    select count(*)::int as records, max(coalesce(r.purge_on, ${until}))::text as purge_until
    from customer_records r join customers c on c.id = r.customer_id
    where r.customer_id = ${customerId} and r.category = ${category}`);
  return { records: result.rows[0]?.records ?? 0, purgeUntil: result.rows[0]?.purge_until ?? null };
}

/** The consent ledger cannot change (append-only): it is kept as it is, as proof. */
async function summariseLedger(tx: DbOrTx, customerId: string, until: ReturnType<typeof categoryKeptUntilSql>): Promise<TKeptSummary> {
  const result = await tx.execute<{ records: number; purge_until: string | null }>(sql`
    select count(*)::int as records, max(${until})::text as purge_until
    from consent_ledger l join customers c on c.id = l.customer_id
    where l.customer_id = ${customerId}`);
  return { records: result.rows[0]?.records ?? 0, purgeUntil: result.rows[0]?.purge_until ?? null };
}

async function clearOptionalFields(tx: DbOrTx, customerId: string, category: TCategory, at: Date): Promise<number> {
  const clear = category.fields.filter((f) => f.erasable && !REQUIRED_ACCOUNT_KEYS.has(f.key) && f.key !== 'customerNumber');
  const columns = clear.filter((f) => ACCOUNT_COLUMNS.has(f.key)).map((f) => f.key as TAccountColumn);
  const attributes = clear.filter((f) => !ACCOUNT_COLUMNS.has(f.key)).map((f) => f.key);
  await tx
    .update(customers)
    .set({
      ...Object.fromEntries(columns.map((c) => [c, null])),
      attributes: sql`${customers.attributes} - array[${sql.join(attributes.map((a) => sql`${a}`), sql`, `)}]::text[]`,
      version: sql`${customers.version} + 1`,
      updatedAt: at,
    })
    .where(eq(customers.id, customerId));
  return clear.length;
}

/**
 * The account row stays as a shell while held records point at it (their foreign key, the ledger's
 * proof); everything on it that names the person goes. The customer number stays: it is the
 * pseudonymous key under which the held invoices were issued.
 */
async function anonymiseAccount(tx: DbOrTx, customerId: string, at: Date): Promise<void> {
  await tx
    .update(customers)
    .set({
      email: erasedEmailOf(customerId),
      emailVerifiedAt: null,
      phone: null,
      givenName: '',
      familyName: '',
      birthDate: null,
      attributes: {},
      status: 'erased',
      lastActivityAt: null,
      contractEndedAt: sql`coalesce(${customers.contractEndedAt}, ${at.toISOString()}::timestamptz)`,
      closedAt: sql`coalesce(${customers.closedAt}, ${at.toISOString()}::timestamptz)`,
      version: sql`${customers.version} + 1`,
      updatedAt: at,
    })
    .where(eq(customers.id, customerId));
}
