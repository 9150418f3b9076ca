import type { TFieldValue } from '@portal/shared/inventory/field-value-schema';

/**
 * One interface for every system that holds personal data (product.md "Systems and connectors"):
 * the portal's own tables and an operator's services over HTTP. Every call answers with a receipt;
 * the changing calls take an idempotency key, and calling again with the same key returns the first
 * receipt instead of acting twice. A failing system answers a `failed` receipt rather than throwing,
 * so one system never blocks the others.
 */
export type TConnector = {
  readonly system: string;
  access(subject: TConnectorSubject, categories: readonly string[], options?: TAccessOptions): Promise<TAccessResult>;
  rectify(subject: TConnectorSubject, changes: readonly TFieldChange[], idempotencyKey: string): Promise<TReceipt>;
  erase(subject: TConnectorSubject, plan: TErasurePlan, idempotencyKey: string): Promise<TReceipt>;
  restrict(subject: TConnectorSubject, idempotencyKey: string): Promise<TReceipt>;
  /** Ends a restriction of processing the customer asked for (GDPR Art. 18(3)): the data is used again. */
  liftRestriction(subject: TConnectorSubject, idempotencyKey: string): Promise<TReceipt>;
  /**
   * Tells the system about a consent change of the customer (issue 7, downstream). Absent for the
   * portal's own tables: the consent ledger lives there.
   */
  consent?(subject: TConnectorSubject, change: TConsentChange, idempotencyKey: string): Promise<TReceipt>;
};

/** One ledger entry as a recipient system receives it: ids and codes only. */
export type TConsentChange = {
  ledgerSeq: number;
  purpose: string;
  channel: string | null;
  granted: boolean;
  noticeVersion: string;
  occurredAt: string;
};

/** Who the data is about, as the systems know them: the portal's customer id, number and email. */
export type TConnectorSubject = { customerId: string; customerNumber: string; email: string };

export type TConnectorOperation = 'access' | 'rectify' | 'erase' | 'restrict' | 'lift-restriction' | 'consent';
/** The calls that change data, each stored under its idempotency key. */
export type TChangingOperation = Exclude<TConnectorOperation, 'access'>;

/** `accepted`: the system took the operation on and confirms it later through a signed callback. */
export type TReceiptStatus = 'done' | 'accepted' | 'failed';

/** Ids and codes only: receipts are stored and shown, values never travel in them. */
export type TReceiptDetails = Record<string, string | number | boolean | null>;

export type TReceipt = {
  system: string;
  operation: TConnectorOperation;
  status: TReceiptStatus;
  /** The system's reference for the operation (what its callback names); null if it gave none. */
  reference: string | null;
  /** ISO instant the receipt was issued. */
  at: string;
  details: TReceiptDetails;
};

export type TAccessOptions = {
  /** Records per category, newest first (default 25). */
  limit?: number;
  /** A `nextCursor` from the previous page (only with one category). */
  cursor?: string | null;
  /** Also count every record of each category. */
  count?: boolean;
};

export type TConnectorRecord = {
  id: string;
  /** When what the record describes happened; null for records without a date. */
  occurredAt: string | null;
  version: number;
  /** Field key → value, as the inventory names the fields. Filtered again by the presenter. */
  values: Record<string, TFieldValue>;
};

export type TCategoryAccess = {
  category: string;
  records: TConnectorRecord[];
  nextCursor: string | null;
  /** With `count`: every record of the category; otherwise null. */
  total: number | null;
};

export type TAccessResult = { receipt: TReceipt; categories: TCategoryAccess[] };

/** One field of one record set to a new value, if the record is still at `expectedVersion`. */
export type TFieldChange = {
  category: string;
  /** The record; for the account, the customer id. */
  recordId: string;
  field: string;
  value: TFieldValue;
  expectedVersion: number;
};

/**
 * The categories to erase in this system; what the law keeps is reported back, not erased. `account`:
 * the whole account goes (kept data is moved to a restricted state); `categories`: only these, the
 * account stays.
 */
export type TErasurePlan = { scope: 'account' | 'categories'; categories: readonly string[] };

/** Why a changing call failed, in `details.reason`. */
export const FAILURE_REASONS = [
  'version-conflict',
  'not-found',
  'not-supported',
  'rejected',
  'unreachable',
  'in-progress',
] as const;
export type TFailureReason = (typeof FAILURE_REASONS)[number];

/** A cursor this connector did not issue (or one for another category). */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}
