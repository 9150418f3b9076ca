import { eq } from 'drizzle-orm';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { TFileRequest, TRequestView } from '@portal/shared/schemas/requests.schema';
import { withTransaction, type Db, type DbOrTx } from '../../db/client.ts';
import { customers } from '../../db/schema/customers.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import type { TRequestNotifier } from './request-notifier.ts';
import {
  appendEvent,
  featureResults,
  findOpenFiledRequest,
  findRequest,
  insertMessage,
  insertRequest,
  listCustomerRequests,
  listEvents,
  listMessages,
  updateRequest,
  type TRequestWithCustomer,
} from './requests.repository.ts';
import { presentSummary, presentView } from './requests.presenter.ts';

export type TRequestsDeps = { db: Db; clock: TClock; profile: TProfile; audit: TAuditRecorder; notifier: TRequestNotifier };

function customerOf(ctx: TRequestContext): string {
  const id = ctx.subject?.customerId;
  if (!id) throw new AppError('forbidden', 'This is for customers, about their own requests.');
  return id;
}

export async function loadView(deps: Pick<TRequestsDeps, 'profile' | 'clock'>, db: DbOrTx, row: TRequestWithCustomer): Promise<TRequestView> {
  const [events, messages, results] = await Promise.all([listEvents(db, row.request.id), listMessages(db, row.request.id), featureResults(db, row.request)]);
  return presentView(deps.profile, row, { events, messages, results }, deps.clock.now());
}

/** "My requests": the customer's own requests, whatever made them. */
export function createRequestsService(deps: TRequestsDeps) {
  const { db, clock, profile } = deps;

  async function ownRow(tx: DbOrTx, ctx: TRequestContext, id: string, forUpdate = false): Promise<TRequestWithCustomer> {
    const row = await findRequest(tx, id, { forUpdate });
    // Someone else's request answers exactly like one that does not exist.
    if (!row || row.request.customerId !== customerOf(ctx)) throw new AppError('not_found', 'No such request.');
    return row;
  }

  return {
    async list(ctx: TRequestContext) {
      const now = clock.now();
      return (await listCustomerRequests(db, customerOf(ctx))).map((row) => presentSummary(profile, row, now));
    },

    async get(ctx: TRequestContext, id: string): Promise<TRequestView> {
      return loadView(deps, db, await ownRow(db, ctx, id));
    },

    async file(ctx: TRequestContext, input: TFileRequest): Promise<TRequestView> {
      const customerId = customerOf(ctx);
      if (!profile.requestTypes.includes(input.type)) {
        throw new AppError('validation_failed', 'This request type is not offered here.', { fields: { type: ['Choose one of the request types offered.'] } });
      }
      let send = (): void => undefined;
      const view = await withTransaction(db, async (tx) => {
        if (await findOpenFiledRequest(tx, customerId, input.type)) {
          throw new AppError('conflict', 'You already have an open request of this type. Add a message to it instead.');
        }
        const now = clock.now();
        const inserted = await insertRequest(tx, {
          customerId,
          type: input.type,
          status: 'received',
          origin: 'portal',
          details: input.details,
          language: (await languageOf(tx, customerId)) ?? profile.locale.defaultLanguage,
          processorsInvolved: input.processorsInvolved ?? false,
          receivedAt: now,
          // Signed in: the portal already knows who asks (product.md, verification by sign-in).
          identityVerifiedAt: now,
          identityMethod: 'signed-in',
        });
        await appendEvent(tx, { requestId: inserted.id, at: now, kind: 'filed', status: 'received', actorKind: 'customer', actorId: customerId });
        await deps.audit(tx, ctx, { action: 'request.filed', outcome: 'success', subjectCustomerId: customerId, targetType: 'request', targetId: inserted.id, details: { type: input.type, origin: 'portal' } });
        const row = await ownRow(tx, ctx, inserted.id);
        send = await deps.notifier.prepare(tx, row, { kind: 'received' });
        return loadView(deps, tx, row);
      });
      send();
      return view;
    },

    async message(ctx: TRequestContext, id: string, body: string): Promise<TRequestView> {
      return withTransaction(db, async (tx) => {
        const row = await ownRow(tx, ctx, id, true);
        const now = clock.now();
        await insertMessage(tx, { requestId: id, at: now, fromKind: 'customer', body });
        await appendEvent(tx, { requestId: id, at: now, kind: 'message', actorKind: 'customer', actorId: row.request.customerId });
        await deps.audit(tx, ctx, { action: 'request.message.sent', outcome: 'success', subjectCustomerId: row.request.customerId, targetType: 'request', targetId: id, details: { from: 'customer' } });
        return loadView(deps, tx, row);
      });
    },

    async cancel(ctx: TRequestContext, id: string): Promise<TRequestView> {
      return withTransaction(db, async (tx) => {
        const row = await ownRow(tx, ctx, id, true);
        const view = await loadView(deps, tx, row);
        if (!view.cancellable) {
          throw new AppError('conflict', row.request.origin === 'portal' ? 'This request is already closed.' : 'Cancel it where you made it (the export, the erasure or the correction).');
        }
        const now = clock.now();
        await updateRequest(tx, id, { status: 'cancelled', closedAt: now });
        await appendEvent(tx, { requestId: id, at: now, kind: 'status-changed', status: 'cancelled', actorKind: 'customer', actorId: row.request.customerId });
        await deps.audit(tx, ctx, { action: 'request.cancelled', outcome: 'success', subjectCustomerId: row.request.customerId, targetType: 'request', targetId: id });
        return loadView(deps, tx, await ownRow(tx, ctx, id));
      });
    },
  };
}

async function languageOf(db: DbOrTx, customerId: string): Promise<string | undefined> {
  const [row] = await db.select({ language: customers.language }).from(customers).where(eq(customers.id, customerId));
  return row?.language;
}

export type TRequestsService = ReturnType<typeof createRequestsService>;
