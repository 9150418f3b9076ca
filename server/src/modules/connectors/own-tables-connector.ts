import { and, eq, isNull, sql } from 'drizzle-orm';
import { ACCOUNT_COLUMN_KEYS, type TCategory, type TProfile } from '@portal/shared/profiles/profile.schema';
import { REQUIRED_ACCOUNT_KEYS } from '@portal/shared/inventory/field-value-schema';
import { withTransaction, type DbOrTx } from '../../db/client.ts';
import { customerRecords, customers } from '../../db/schema/customers.ts';
import { LEDGER_CATEGORY_IDS } from '../../db/seed/seed-categories.ts';
import type { TClock } from '../../lib/clock.ts';
import type {
  TAccessOptions,
  TChangingOperation,
  TCategoryAccess,
  TConnector,
  TConnectorRecord,
  TConnectorSubject,
  TErasurePlan,
  TFailureReason,
  TFieldChange,
  TReceipt,
  TReceiptDetails,
} from './connector.ts';
import { claimOperation, completeOperation, storedReceipt } from './connector-operations.repository.ts';
import { eraseOwnTables } from './own-tables-erase.ts';
import { shownOnly, toFieldValue } from './field-values.ts';
import { countConsentLedger, countRecords, findAccount, pageConsentLedger, pageRecords, type TAccountRow } from './own-tables.repository.ts';

const ACCOUNT_COLUMNS = new Set<string>(ACCOUNT_COLUMN_KEYS);
type TAccountColumn = (typeof ACCOUNT_COLUMN_KEYS)[number];

/** A change that cannot be applied; rolls back the other changes of the same call. */
class ChangeRefused extends Error {
  constructor(
    readonly reason: TFailureReason,
    readonly details: TReceiptDetails = {},
  ) {
    super(reason);
  }
}

/**
 * The portal's own PostgreSQL tables as a connector: `account` categories on the customer row
 * (well-known fields as columns, the rest in `attributes`), `records` categories in
 * customer_records (the consent ledger in its own append-only table). Give it a transaction and its
 * changes and their idempotency rows commit together with the caller's audit event.
 */
export function createOwnTablesConnector(deps: { db: DbOrTx; clock: TClock; profile: TProfile; system: string }): TConnector {
  const { db, clock, system } = deps;
  const held = new Map(deps.profile.categories.filter((c) => c.system === system).map((c) => [c.id, c]));
  const receipt = (operation: TReceipt['operation'], status: TReceipt['status'], details: TReceiptDetails, reference: string | null = null): TReceipt => ({
    system,
    operation,
    status,
    reference,
    at: clock.now().toISOString(),
    details,
  });

  async function accessOne(customerId: string, account: TAccountRow | undefined, category: TCategory, options: TAccessOptions): Promise<TCategoryAccess> {
    const limit = options.limit ?? 25;
    const cursor = options.cursor ?? null;
    if (category.store === 'account') {
      return { category: category.id, records: account ? [shownOnly(accountRecord(account, category), category)] : [], nextCursor: null, total: account ? 1 : 0 };
    }
    const input = { customerId, category: category.id, limit, cursor };
    const page = LEDGER_CATEGORY_IDS.has(category.id) ? await pageConsentLedger(db, input) : await pageRecords(db, input);
    return { category: category.id, records: page.records.map((r) => shownOnly(r, category)), nextCursor: page.nextCursor, total: null };
  }

  /** Runs a changing call once per idempotency key; a replay answers the stored receipt. */
  async function once(
    operation: TChangingOperation,
    subject: TConnectorSubject,
    idempotencyKey: string,
    work: (tx: DbOrTx) => Promise<TReceiptDetails>,
  ): Promise<TReceipt> {
    return withTransaction(db, async (tx) => {
      const at = clock.now();
      const claim = await claimOperation(tx, { system, operation, idempotencyKey, customerId: subject.customerId, at });
      if (!claim.claimed) return storedReceipt(claim.row);
      let result: TReceipt;
      try {
        // A savepoint: a refused change undoes the others of the same call, not the idempotency row.
        const details = await withTransaction(tx, work);
        result = receipt(operation, 'done', details, claim.id);
      } catch (error) {
        if (!(error instanceof ChangeRefused)) throw error;
        result = receipt(operation, 'failed', { reason: error.reason, ...error.details }, claim.id);
      }
      await completeOperation(tx, claim.id, result, 1, at);
      return result;
    });
  }

  async function applyChange(tx: DbOrTx, subject: TConnectorSubject, change: TFieldChange): Promise<number> {
    const category = held.get(change.category);
    const field = category?.fields.find((f) => f.key === change.field);
    if (!category || !field || LEDGER_CATEGORY_IDS.has(category.id)) throw new ChangeRefused('not-supported');
    const now = clock.now();
    if (category.store === 'account') {
      if (change.recordId !== subject.customerId) throw new ChangeRefused('not-found');
      if (change.value === null && REQUIRED_ACCOUNT_KEYS.has(field.key)) throw new ChangeRefused('rejected');
      const set = ACCOUNT_COLUMNS.has(field.key)
        ? { [field.key as TAccountColumn]: change.value }
        : {
            attributes:
              change.value === null
                ? sql`${customers.attributes} - ${field.key}::text`
                : sql`jsonb_set(${customers.attributes}, ${`{${field.key}}`}::text[], ${JSON.stringify(change.value)}::jsonb)`,
          };
      const updated = await tx
        .update(customers)
        .set({ ...set, version: sql`${customers.version} + 1`, updatedAt: now })
        .where(and(eq(customers.id, subject.customerId), eq(customers.version, change.expectedVersion)))
        .returning({ version: customers.version })
        .catch(refuseConstraintViolations);
      if (updated[0]) return updated[0].version;
      const current = await findAccount(tx, subject.customerId);
      if (!current) throw new ChangeRefused('not-found');
      throw new ChangeRefused('version-conflict', { currentVersion: current.version });
    }
    const mine = and(
      eq(customerRecords.id, change.recordId),
      eq(customerRecords.customerId, subject.customerId),
      eq(customerRecords.category, category.id),
      // Records kept under a legal hold after an erasure are restricted: nothing changes them.
      isNull(customerRecords.restrictedAt),
    );
    const data =
      change.value === null
        ? sql`${customerRecords.data} - ${field.key}::text`
        : sql`jsonb_set(${customerRecords.data}, ${`{${field.key}}`}::text[], ${JSON.stringify(change.value)}::jsonb)`;
    const updated = await tx
      .update(customerRecords)
      .set({ data, version: sql`${customerRecords.version} + 1`, updatedAt: now })
      .where(and(mine, eq(customerRecords.version, change.expectedVersion)))
      .returning({ version: customerRecords.version });
    if (updated[0]) return updated[0].version;
    const [current] = await tx.select({ version: customerRecords.version }).from(customerRecords).where(mine);
    if (!current) throw new ChangeRefused('not-found');
    throw new ChangeRefused('version-conflict', { currentVersion: current.version });
  }

  return {
    system,

    async access(subject, categories, options = {}) {
      const wanted = categories.map((id) => held.get(id)).filter((c): c is TCategory => c !== undefined);
      const account = wanted.some((c) => c.store === 'account') ? await findAccount(db, subject.customerId) : undefined;
      const results: TCategoryAccess[] = [];
      for (const category of wanted) results.push(await accessOne(subject.customerId, account, category, options));
      if (options.count) {
        const plain = wanted.filter((c) => c.store === 'records' && !LEDGER_CATEGORY_IDS.has(c.id)).map((c) => c.id);
        const counts = await countRecords(db, subject.customerId, plain);
        for (const result of results) {
          if (result.total !== null) continue;
          result.total = LEDGER_CATEGORY_IDS.has(result.category)
            ? await countConsentLedger(db, subject.customerId)
            : (counts.get(result.category) ?? 0);
        }
      }
      return { receipt: receipt('access', 'done', { categories: results.length }), categories: results };
    },

    async rectify(subject, changes, idempotencyKey) {
      return once('rectify', subject, idempotencyKey, async (tx) => {
        const versions: number[] = [];
        for (const change of changes) versions.push(await applyChange(tx, subject, change));
        return { changes: changes.length, version: versions.length === 1 ? (versions[0] ?? null) : null };
      });
    },

    async erase(subject, plan: TErasurePlan, idempotencyKey) {
      return once('erase', subject, idempotencyKey, (tx) => eraseOwnTables(tx, { profile: deps.profile, held, at: clock.now() }, subject, plan));
    },

    async restrict(subject, idempotencyKey) {
      return once('restrict', subject, idempotencyKey, async (tx) => {
        const [before] = await tx.select({ status: customers.status }).from(customers).where(eq(customers.id, subject.customerId)).for('update');
        if (!before) throw new ChangeRefused('not-found');
        if (before.status === 'active') {
          await tx.update(customers).set({ status: 'restricted', updatedAt: clock.now() }).where(eq(customers.id, subject.customerId));
        }
        return { previousStatus: before.status };
      });
    },

    async liftRestriction(subject, idempotencyKey) {
      return once('lift-restriction', subject, idempotencyKey, async (tx) => {
        const [before] = await tx.select({ status: customers.status }).from(customers).where(eq(customers.id, subject.customerId)).for('update');
        if (!before) throw new ChangeRefused('not-found');
        if (before.status === 'restricted') {
          await tx.update(customers).set({ status: 'active', updatedAt: clock.now() }).where(eq(customers.id, subject.customerId));
        }
        return { previousStatus: before.status };
      });
    },
  };
}

/** The account row as a record of `category`: its fields from the columns and `attributes`. */
function accountRecord(row: TAccountRow, category: TCategory): TConnectorRecord {
  const values: TConnectorRecord['values'] = {};
  for (const field of category.fields) {
    const raw = ACCOUNT_COLUMNS.has(field.key) ? row[field.key as TAccountColumn] : row.attributes[field.key];
    values[field.key] = toFieldValue(raw);
  }
  return { id: row.id, occurredAt: row.createdAt.toISOString(), version: row.version, values };
}

/** A unique or check constraint (an email already in use) refuses the change instead of failing the call. */
function refuseConstraintViolations(error: unknown): never {
  const code = (error as { code?: unknown; cause?: { code?: unknown } }).code ?? (error as { cause?: { code?: unknown } }).cause?.code;
  if (code === '23505' || code === '23514' || code === '23502') throw new ChangeRefused('rejected', { constraint: String(code) });
  throw error;
}
