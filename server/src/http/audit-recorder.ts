import type { TAuditAction, TAuditDetailsOf } from '@portal/shared/domain/audit-events';
import type { DbOrTx } from '../db/client.ts';
import type { TRequestContext } from '../middleware/request-context.ts';

/**
 * A typed event of shared/domain/audit-events.ts: `details` must be what its `action` declares (ids
 * and codes only, security.md line 22). Events with no required details may leave them out.
 */
type TTypedEvent = {
  [A in TAuditAction]: { action: A; details?: TAuditDetailsOf<A> };
}[TAuditAction];

export type TAuditEventInput = TTypedEvent & {
  outcome: 'success' | 'failure' | 'denied';
  /** Whose data the event concerns, when it concerns a customer. */
  subjectCustomerId?: string | null;
  /** Overrides the context's actor (e.g. the principal a sign-in is for, before any session exists). */
  actor?: { kind: 'customer' | 'staff'; id: string } | null;
  /** Overrides the context's impersonation (an impersonation started, or ended outside its own requests). */
  impersonationId?: string | null;
  targetType?: string;
  targetId?: string;
};

/**
 * Writes one audit event in the caller's transaction, so the event and the change it records commit
 * together. The request context supplies the actor, impersonation, session, request id and IP hash.
 */
export type TAuditRecorder = (db: DbOrTx, ctx: TRequestContext, event: TAuditEventInput) => Promise<void>;
