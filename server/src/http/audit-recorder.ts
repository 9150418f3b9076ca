import type { DbOrTx } from '../db/client.ts';
import type { TRequestContext } from '../middleware/request-context.ts';

/** Audit rows carry ids and codes only (security.md line 22), never free text about a person. */
export type TAuditDetails = Record<string, string | number | boolean | null>;

export type TAuditEventInput = {
  /** `<area>.<thing>.<what happened>`, e.g. `auth.sign-in.failed`. */
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  /** Whose data the event concerns, when it concerns a customer. */
  subjectCustomerId?: string | null;
  /** Overrides the context's actor (e.g. the principal a sign-in is for, before any session exists). */
  actor?: { kind: 'customer' | 'staff'; id: string } | null;
  targetType?: string;
  targetId?: string;
  details?: TAuditDetails;
};

/**
 * Writes one audit event in the caller's transaction, so the event and the change it records commit
 * together. The request context supplies the actor, impersonation, session, request id and IP hash.
 */
export type TAuditRecorder = (db: DbOrTx, ctx: TRequestContext, event: TAuditEventInput) => Promise<void>;
