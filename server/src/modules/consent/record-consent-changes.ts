import type { TConsentMethod } from '@portal/shared/domain/consent-methods';
import type { Tx } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import { describeUserAgent } from '../auth/user-agent.ts';
import type { TConsentDownstream } from './consent-downstream.ts';
import { appendEntries, latestEntries, lockCustomerLedger } from './consent.repository.ts';
import {
  foldLedger,
  isAllowed,
  targetKey,
  type TLedgerEntry,
  type TLedgerState,
  type TLedgerTarget,
} from './consent-state.ts';

export type TLedgerChange = { target: TLedgerTarget; granted: boolean; wording: string | null };

export type TRecordChangesInput = {
  customerId: string;
  changes: TLedgerChange[];
  method: TConsentMethod;
  noticeVersion: string;
  /** Whether the request carried `Sec-GPC: 1`. */
  gpcSignal: boolean;
  /** Requests that do not come from the customer's device (SMS webhooks) record no IP or browser. */
  withSource: boolean;
  /**
   * Public endpoints (unsubscribe token, STOP from the customer's number) act for the customer they
   * name, whoever else may be signed in in that browser.
   */
  actingForSubject?: boolean;
};

export type TRecordChangesResult = {
  recorded: TLedgerEntry[];
  before: TLedgerState;
  after: TLedgerState;
};

/** Where a change came from, without the raw IP (an HMAC with the server secret) or the full User-Agent. */
export function ledgerSource(secret: TServerSecret, ctx: TRequestContext) {
  const family = ctx.userAgent ? describeUserAgent(ctx.userAgent).browser : null;
  return { ipHash: secret.hmac('consent-ledger-ip', ctx.ip), userAgentFamily: family };
}

/** `customer:<id>` or `staff:<id>`: who clicked. Public endpoints act for the customer the token or number names. */
export function ledgerActor(
  ctx: TRequestContext,
  customerId: string,
  actingForSubject = false,
): string {
  return ctx.actor && !actingForSubject
    ? `${ctx.actor.kind}:${ctx.actor.id}`
    : `customer:${customerId}`;
}

/**
 * Appends the changes that alter the customer's current state (a choice already in force records
 * nothing, which makes repeated unsubscribes and GPC signals idempotent), with one audit event per
 * entry in the same transaction. Serialised per customer.
 */
export async function recordConsentChanges(
  tx: Tx,
  ctx: TRequestContext,
  deps: { audit: TAuditRecorder; secret: TServerSecret; now: Date; downstream?: TConsentDownstream | undefined },
  input: TRecordChangesInput,
): Promise<TRecordChangesResult> {
  await lockCustomerLedger(tx, input.customerId);
  const before = foldLedger(await latestEntries(tx, input.customerId));
  const seen = new Set<string>();
  const effective = input.changes.filter((change) => {
    const key = targetKey(change.target);
    if (seen.has(key)) return false;
    seen.add(key);
    return isAllowed(before, change.target) !== change.granted;
  });
  const source = input.withSource
    ? ledgerSource(deps.secret, ctx)
    : { ipHash: null, userAgentFamily: null };
  const actor = ledgerActor(ctx, input.customerId, input.actingForSubject);
  const auditActor =
    ctx.actor && !input.actingForSubject
      ? {}
      : { actor: { kind: 'customer' as const, id: input.customerId } };
  const recorded = await appendEntries(
    tx,
    effective.map((change) => ({
      customerId: input.customerId,
      kind: change.target.kind,
      purpose: change.target.purpose,
      channel: change.target.channel,
      granted: change.granted,
      noticeVersion: input.noticeVersion,
      wording: change.wording,
      method: input.method,
      ...source,
      gpcSignal: input.gpcSignal,
      actor,
      occurredAt: deps.now,
    })),
  );
  for (const entry of recorded) {
    await deps.audit(tx, ctx, {
      action: auditAction(entry),
      outcome: 'success',
      subjectCustomerId: input.customerId,
      ...auditActor,
      targetType: 'consent-ledger',
      targetId: String(entry.seq),
      details: {
        kind: entry.kind,
        purpose: entry.purpose,
        channel: entry.channel,
        granted: entry.granted,
        method: entry.method,
      },
    });
  }
  // The recipient systems hear of each change through a job queued in this same transaction.
  await deps.downstream?.enqueue(tx, recorded);
  return { recorded, before, after: foldLedger([...before.values(), ...recorded]) };
}

function auditAction(entry: TLedgerEntry): 'consent.choice.opted-in' | 'consent.choice.opted-out' | 'consent.granted' | 'consent.withdrawn' {
  if (entry.kind === 'privacy-choice')
    return entry.granted ? 'consent.choice.opted-in' : 'consent.choice.opted-out';
  return entry.granted ? 'consent.granted' : 'consent.withdrawn';
}
