import { eq } from 'drizzle-orm';
import {
  FINAL_REQUEST_STATUSES,
  type TCompleteRequest,
  type TStaffRequestQueueQuery,
  type TStaffRequestQueueResponse,
  type TStaffRequestView,
} from '@portal/shared/schemas/requests.schema';
import { withTransaction, type DbOrTx } from '../../db/client.ts';
import { rectificationRequests } from '../../db/schema/personal-data.ts';
import type { TRequesterDetails } from '../../db/schema/requests.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import { unfreezeReportedAccount } from './account-report.ts';
import { openDocument } from './id-documents.ts';
import type { TRequestNotice } from './request-notifier.ts';
import { presentDeadlines } from './request-deadlines.ts';
import {
  appendEvent,
  decideHold,
  deleteDocuments,
  featureResults,
  findHold,
  findRequest,
  insertHold,
  insertMessage,
  listDocuments,
  listEvents,
  listHolds,
  listMessages,
  listQueue,
  readDocument,
  staffNames,
  updateRequest,
  type TRequestRow,
  type TRequestWithCustomer,
} from './requests.repository.ts';
import { deadlineInput, presentStaffSummary, presentStaffView } from './requests.presenter.ts';
import type { TRequestsDeps } from './requests.service.ts';

function staffOf(ctx: TRequestContext): string {
  if (ctx.actor?.kind !== 'staff') throw new AppError('forbidden', 'This is for the privacy team.');
  return ctx.actor.id;
}

/** The privacy officers' queue: every action is one transaction with its timeline entry and audit event. */
export function createStaffRequestsService(deps: TRequestsDeps & { secret: TServerSecret }) {
  const { db, clock, profile } = deps;

  /** The request as `viewerId` sees it: a hold they proposed waits for someone else to decide. */
  async function view(tx: DbOrTx, row: TRequestWithCustomer, viewerId: string): Promise<TStaffRequestView> {
    const id = row.request.id;
    const [events, messages, results, holds, documents] = await Promise.all([
      listEvents(tx, id),
      listMessages(tx, id),
      featureResults(tx, row.request),
      listHolds(tx, id),
      listDocuments(tx, id),
    ]);
    const names = await staffNames(tx, [row.request.assignedTo, ...holds.flatMap((h) => [h.proposedBy, h.decidedBy])].filter((x): x is string => Boolean(x)));
    const requester = row.request.requesterSealed ? (JSON.parse(deps.secret.open(row.request.requesterSealed)) as TRequesterDetails) : null;
    return presentStaffView(profile, row, { events, messages, results, holds, documents, requester, names, viewerId }, clock.now());
  }

  async function rowOf(tx: DbOrTx, id: string): Promise<TRequestWithCustomer> {
    const row = await findRequest(tx, id, { forUpdate: true });
    if (!row) throw new AppError('not_found', 'No such request.');
    return row;
  }

  /** Runs one action: lock, check, change, timeline, audit; emails after the commit. */
  async function act(
    ctx: TRequestContext,
    id: string,
    change: (tx: DbOrTx, row: TRequestWithCustomer, staffId: string, now: Date) => Promise<TRequestNotice | void>,
  ): Promise<TStaffRequestView> {
    const staffId = staffOf(ctx);
    let send = (): void => undefined;
    const result = await withTransaction(db, async (tx) => {
      const before = await rowOf(tx, id);
      const notice = await change(tx, before, staffId, clock.now());
      const after = await rowOf(tx, id);
      if (notice) send = await deps.notifier.prepare(tx, after, notice);
      return view(tx, after, staffId);
    });
    send();
    return result;
  }

  const audit = (tx: DbOrTx, ctx: TRequestContext, r: TRequestRow, event: Parameters<TRequestsDeps['audit']>[2]) =>
    deps.audit(tx, ctx, { ...event, subjectCustomerId: r.customerId, targetType: 'request', targetId: r.id });

  function assertOpen(r: TRequestRow, what: string): void {
    if ((FINAL_REQUEST_STATUSES as readonly string[]).includes(r.status)) throw new AppError('conflict', `This request is closed; it cannot be ${what}.`);
  }

  async function staffMessage(tx: DbOrTx, r: TRequestRow, staffId: string, now: Date, body: string): Promise<void> {
    await insertMessage(tx, { requestId: r.id, at: now, fromKind: 'staff', staffId, body });
  }

  /** A closed or verified request no longer needs the ID document: it goes at once. */
  async function dropDocuments(tx: DbOrTx, ctx: TRequestContext, r: TRequestRow, now: Date, reason: string): Promise<void> {
    const gone = await deleteDocuments(tx, { requestId: r.id }, now);
    if (gone.length === 0) return;
    await appendEvent(tx, { requestId: r.id, at: now, kind: 'document-deleted', actorKind: 'system', note: null });
    await audit(tx, ctx, r, { action: 'request.document.deleted', outcome: 'success', details: { reason } });
  }

  return {
    async queue(ctx: TRequestContext, query: TStaffRequestQueueQuery): Promise<TStaffRequestQueueResponse> {
      const staffId = staffOf(ctx);
      const now = clock.now();
      const open = await listQueue(db, { excludeStatuses: FINAL_REQUEST_STATUSES });
      const deadlinesOf = (row: TRequestWithCustomer) => presentDeadlines(profile, deadlineInput(row), now);
      const counts = { open: open.length, dueSoon: 0, overdue: 0 };
      for (const row of open) {
        const state = deadlinesOf(row).state;
        if (state === 'due-soon') counts.dueSoon += 1;
        if (state === 'overdue') counts.overdue += 1;
      }
      const status = query.status ?? 'open';
      const rows =
        status === 'open'
          ? open
          : await listQueue(db, status === 'closed' ? { statuses: FINAL_REQUEST_STATUSES } : { statuses: [status] });
      const filtered = rows
        .filter((row) => !query.type || row.request.type === query.type)
        .filter((row) => query.assigned !== 'me' || row.request.assignedTo === staffId)
        .filter((row) => query.assigned !== 'nobody' || row.request.assignedTo === null)
        .filter((row) => !query.due || deadlinesOf(row).state === query.due)
        .sort((a, b) => deadlinesOf(a).answerBy.localeCompare(deadlinesOf(b).answerBy));
      await deps.audit(db, ctx, { action: 'request.queue.viewed', outcome: 'success', details: { results: filtered.length } });
      return {
        requests: filtered.map((row) =>
          presentStaffSummary(profile, row, row.request.assignedTo ? { id: row.request.assignedTo, displayName: `${row.assignedName ?? ''} ${row.assignedFamily ?? ''}`.trim() } : null, now),
        ),
        counts,
      };
    },

    async get(ctx: TRequestContext, id: string): Promise<TStaffRequestView> {
      const staffId = staffOf(ctx);
      return withTransaction(db, async (tx) => {
        const row = await findRequest(tx, id);
        if (!row) throw new AppError('not_found', 'No such request.');
        await audit(tx, ctx, row.request, { action: 'request.viewed', outcome: 'success' });
        return view(tx, row, staffId);
      });
    },

    assign: (ctx: TRequestContext, id: string, to: 'me' | 'nobody') =>
      act(ctx, id, async (tx, { request: r }, staffId, now) => {
        assertOpen(r, 'assigned');
        await updateRequest(tx, r.id, { assignedTo: to === 'me' ? staffId : null });
        await appendEvent(tx, { requestId: r.id, at: now, kind: 'assigned', actorKind: 'staff', actorId: staffId });
        await audit(tx, ctx, r, { action: 'request.assigned', outcome: 'success', details: { to } });
      }),

    acknowledge: (ctx: TRequestContext, id: string) =>
      act(ctx, id, async (tx, { request: r }, staffId, now) => {
        assertOpen(r, 'acknowledged');
        if (r.acknowledgedAt) throw new AppError('conflict', 'This request was already acknowledged.');
        const status = r.identityVerifiedAt ? (r.status === 'extended' ? 'extended' : 'in-progress') : 'identity-pending';
        await updateRequest(tx, r.id, { acknowledgedAt: now, status });
        await appendEvent(tx, { requestId: r.id, at: now, kind: 'status-changed', status, actorKind: 'staff', actorId: staffId });
        await audit(tx, ctx, r, { action: 'request.acknowledged', outcome: 'success' });
        return { kind: 'acknowledged' };
      }),

    verifyIdentity: (ctx: TRequestContext, id: string, input: { method: string; note?: string | undefined }) =>
      act(ctx, id, async (tx, { request: r }, staffId, now) => {
        assertOpen(r, 'verified');
        if (r.identityVerifiedAt) throw new AppError('conflict', 'The identity was already verified.');
        const status = r.status === 'identity-pending' ? 'in-progress' : r.status;
        await updateRequest(tx, r.id, { identityVerifiedAt: now, identityMethod: input.method, status });
        await appendEvent(tx, { requestId: r.id, at: now, kind: 'identity-verified', status, actorKind: 'staff', actorId: staffId, note: input.note ?? null });
        await audit(tx, ctx, r, { action: 'request.identity-verified', outcome: 'success', details: { method: input.method } });
        await dropDocuments(tx, ctx, r, now, 'verified');
      }),

    /** GDPR art. 12(3): only with notice inside the first period; afterwards it would only announce a breach. */
    async extend(ctx: TRequestContext, id: string, reason: string): Promise<TStaffRequestView> {
      const refusalOf = (row: TRequestWithCustomer, now: Date): { code: string; message: string } | null => {
        if ((FINAL_REQUEST_STATUSES as readonly string[]).includes(row.request.status)) return { code: 'closed', message: 'This request is closed; it cannot be extended.' };
        const current = presentDeadlines(profile, deadlineInput(row), now);
        const next = presentDeadlines(profile, { ...deadlineInput(row), extensionNoticeAt: now }, now);
        if (current.extension === 'available' && next.extension === 'taken') return null;
        if (current.extension === 'taken') return { code: 'taken', message: 'This request was already extended; the law allows one extension.' };
        if (current.extension === 'not-allowed') return { code: 'not-allowed', message: 'No law that applies to this request allows an extension.' };
        return { code: 'notice-too-late', message: 'The first period has passed: an extension can only be announced before it ends.' };
      };
      // A refusal is audited in its own transaction: the action's would roll back with the error.
      const before = await findRequest(db, id);
      if (!before) throw new AppError('not_found', 'No such request.');
      const refusal = refusalOf(before, clock.now());
      if (refusal) {
        staffOf(ctx);
        await audit(db, ctx, before.request, { action: 'request.extension-refused', outcome: 'denied', details: { extension: refusal.code } });
        throw new AppError('conflict', refusal.message);
      }
      return act(ctx, id, async (tx, row, staffId, now) => {
        const r = row.request;
        const raced = refusalOf(row, now);
        if (raced) throw new AppError('conflict', raced.message);
        const next = presentDeadlines(profile, { ...deadlineInput(row), extensionNoticeAt: now }, now);
        const status = r.status === 'on-hold' ? r.status : 'extended';
        await updateRequest(tx, r.id, { extensionNoticeAt: now, extensionReason: reason, status });
        await staffMessage(tx, r, staffId, now, reason);
        await appendEvent(tx, { requestId: r.id, at: now, kind: 'extended', status, actorKind: 'staff', actorId: staffId, note: reason });
        await audit(tx, ctx, r, { action: 'request.extended', outcome: 'success', details: { answerBy: next.answerBy } });
        return { kind: 'extended', text: reason };
      });
    },

    complete: (ctx: TRequestContext, id: string, input: TCompleteRequest) =>
      act(ctx, id, async (tx, row, staffId, now) => {
        const r = row.request;
        const actions = (await view(tx, row, staffId)).actions;
        if (!actions.complete) {
          throw new AppError('conflict', r.identityVerifiedAt ? 'This request cannot be completed now (closed, on hold, or finished by its feature).' : 'Verify the identity first.');
        }
        await updateRequest(tx, r.id, { status: input.outcome, outcomeReason: input.message, closedAt: now });
        await staffMessage(tx, r, staffId, now, input.message);
        await appendEvent(tx, { requestId: r.id, at: now, kind: 'status-changed', status: input.outcome, actorKind: 'staff', actorId: staffId, note: input.message });
        if (r.origin === 'rectification' && r.originId) {
          await tx.update(rectificationRequests).set({ status: 'resolved', resolvedAt: now }).where(eq(rectificationRequests.id, r.originId));
        }
        await audit(tx, ctx, r, { action: 'request.completed', outcome: 'success', details: { outcome: input.outcome } });
        await dropDocuments(tx, ctx, r, now, 'closed');
        return { kind: 'completed' };
      }),

    /** The reason goes to the customer with the right to complain (GDPR art. 12(4)). */
    reject: (ctx: TRequestContext, id: string, reason: string) =>
      act(ctx, id, async (tx, row, staffId, now) => {
        const r = row.request;
        if (!(await view(tx, row, staffId)).actions.reject) throw new AppError('conflict', 'This request cannot be rejected now (closed, on hold, or finished by its feature).');
        await updateRequest(tx, r.id, { status: 'rejected', outcomeReason: reason, closedAt: now });
        await staffMessage(tx, r, staffId, now, reason);
        await appendEvent(tx, { requestId: r.id, at: now, kind: 'status-changed', status: 'rejected', actorKind: 'staff', actorId: staffId, note: reason });
        if (r.origin === 'rectification' && r.originId) {
          await tx.update(rectificationRequests).set({ status: 'rejected', resolvedAt: now }).where(eq(rectificationRequests.id, r.originId));
        }
        // An unfounded report of an account using someone's identity: the account works again.
        if (r.type === 'unauthorized-account' && r.origin === 'public' && r.customerId) await unfreezeReportedAccount(tx, r.customerId, now);
        await audit(tx, ctx, r, { action: 'request.rejected', outcome: 'success' });
        await dropDocuments(tx, ctx, r, now, 'closed');
        return { kind: 'rejected', text: reason };
      }),

    message: (ctx: TRequestContext, id: string, body: string) =>
      act(ctx, id, async (tx, { request: r }, staffId, now) => {
        await staffMessage(tx, r, staffId, now, body);
        await appendEvent(tx, { requestId: r.id, at: now, kind: 'message', actorKind: 'staff', actorId: staffId });
        await audit(tx, ctx, r, { action: 'request.message.sent', outcome: 'success', details: { from: 'staff' } });
        return { kind: 'message', text: body };
      }),

    proposeHold: (ctx: TRequestContext, id: string, input: { action: 'place' | 'lift'; reason: string }) =>
      act(ctx, id, async (tx, row, staffId, now) => {
        const r = row.request;
        const actions = (await view(tx, row, staffId)).actions;
        if (!(input.action === 'place' ? actions.proposeHold : actions.proposeLift)) {
          throw new AppError('conflict', input.action === 'place' ? 'A hold cannot be proposed now (closed, on hold, or one is waiting).' : 'There is no hold to lift, or a proposal is waiting.');
        }
        const hold = await insertHold(tx, { requestId: r.id, action: input.action, reason: input.reason, proposedBy: staffId, proposedAt: now });
        await appendEvent(tx, { requestId: r.id, at: now, kind: 'hold-proposed', actorKind: 'staff', actorId: staffId, note: input.reason });
        await audit(tx, ctx, r, { action: 'request.hold.proposed', outcome: 'success', details: { holdId: hold.id, action: input.action } });
      }),

    /** The two-person rule: the officer who proposed cannot confirm. */
    async decideHold(ctx: TRequestContext, id: string, holdId: string, decision: 'approved' | 'declined'): Promise<TStaffRequestView> {
      const staffId = staffOf(ctx);
      const proposal = await findRequest(db, id);
      const pending = proposal ? (await listHolds(db, id)).find((h) => h.id === holdId) : undefined;
      if (proposal && pending?.proposedBy === staffId) {
        // Audited on its own: the attempt to approve one's own proposal is what the two-person rule is for.
        await audit(db, ctx, proposal.request, { action: 'request.hold.decided', outcome: 'denied', details: { holdId, action: pending.action, decision } });
        throw new AppError('forbidden', 'A second privacy officer must confirm: you proposed this one.');
      }
      return act(ctx, id, async (tx, { request: r }, staffId, now) => {
        const hold = await findHold(tx, r.id, holdId);
        if (!hold) throw new AppError('not_found', 'No such hold proposal.');
        if (hold.decision !== 'pending') throw new AppError('conflict', 'This proposal was already decided.');
        if (hold.proposedBy === staffId) throw new AppError('forbidden', 'A second privacy officer must confirm: you proposed this one.');
        await decideHold(tx, holdId, { decidedBy: staffId, decidedAt: now, decision });
        if (decision === 'declined') {
          await appendEvent(tx, { requestId: r.id, at: now, kind: 'hold-declined', actorKind: 'staff', actorId: staffId });
        } else {
          const status = hold.action === 'place' ? 'on-hold' : r.extensionNoticeAt ? 'extended' : r.identityVerifiedAt ? (r.acknowledgedAt ? 'in-progress' : 'received') : 'identity-pending';
          await updateRequest(tx, r.id, { status });
          await appendEvent(tx, { requestId: r.id, at: now, kind: hold.action === 'place' ? 'hold-placed' : 'hold-lifted', status, actorKind: 'staff', actorId: staffId, note: hold.reason });
        }
        await audit(tx, ctx, r, { action: 'request.hold.decided', outcome: 'success', details: { holdId, action: hold.action, decision } });
      });
    },

    async document(ctx: TRequestContext, id: string, documentId: string): Promise<{ fileName: string; contentType: string; body: Buffer }> {
      staffOf(ctx);
      return withTransaction(db, async (tx) => {
        const doc = await readDocument(tx, id, documentId);
        if (!doc?.sealed) throw new AppError('not_found', 'No such document (it may have been deleted).');
        const row = await rowOf(tx, id);
        await audit(tx, ctx, row.request, { action: 'request.document.read', outcome: 'success' });
        return { fileName: doc.fileName, contentType: doc.contentType, body: openDocument(deps.secret, doc.sealed, doc.id) };
      });
    },
  };
}

export type TStaffRequestsService = ReturnType<typeof createStaffRequestsService>;
