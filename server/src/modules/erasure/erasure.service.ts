import { createHash } from 'node:crypto';
import type { TLanguage } from '@portal/shared/domain/languages';
import type { TCreateErasureRequest, TErasurePreviewResponse, TErasureRequestView } from '@portal/shared/schemas/erasure.schema';
import { ZIdempotencyKeySchema } from '@portal/shared/schemas/export.schema';
import { withTransaction, type Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { TJobQueue } from '../../jobs/job-queue.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import type { TConnectorRegistry } from '../connectors/connector-registry.ts';
import { resolveLanguage, type TInventory } from '../personal-data/inventory.ts';
import { loadSubject } from '../personal-data/my-data.service.ts';
import { normaliseErasureRequest } from './erasure-plan.ts';
import { buildErasurePreview } from './erasure-preview.ts';
import { presentErasureRequest } from './erasure.presenter.ts';
import { cancelScheduled, findCustomerRequest, findOpenRequest, findRequestByKey, insertErasureRequest, listCustomerRequests, type TErasureRequestRow } from './erasure-requests.repository.ts';
import { ERASURE_START_JOB } from './erasure-saga-deps.ts';
import { stepsOfRequest, stepsOfRequests } from './erasure-steps.repository.ts';

/** The confirmation email: the day it happens, and the page where one click cancels it. */
export type TErasureScheduledEmail = { to: string; language: TLanguage; scheduledFor: Date; cancelUrl: string };
export type TErasureScheduledSender = (email: TErasureScheduledEmail) => void;

export type TErasureServiceDeps = {
  db: Db;
  clock: TClock;
  inventory: TInventory;
  registry: TConnectorRegistry;
  audit: TAuditRecorder;
  queue: Pick<TJobQueue, 'send' | 'wake'>;
  graceDays: number;
  publicOrigin: string;
  sendScheduledEmail: TErasureScheduledSender;
};

const DAY_MS = 86_400_000;
const OPEN_MESSAGE = 'An erasure of your data is already scheduled or under way. Cancel it first to ask for another one.';

/** The PostgreSQL unique constraint a failed insert violated, or null for any other error. */
function uniqueViolation(error: unknown): string | null {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (code === '23505') return typeof constraint === 'string' ? constraint : '';
  }
  return null;
}

/** "Delete my data" for the customer: the preview, the request with its grace period, cancelling. */
export function createErasureService(deps: TErasureServiceDeps) {
  const { db, clock, inventory } = deps;

  const view = async (row: TErasureRequestRow) => presentErasureRequest(inventory, row, await stepsOfRequest(db, row.id));

  async function own(ctx: TRequestContext, id: string): Promise<TErasureRequestRow> {
    const row = ctx.subject ? await findCustomerRequest(db, ctx.subject.customerId, id) : undefined;
    if (!row) throw new AppError('not_found', 'There is no such erasure request.');
    return row;
  }

  return {
    async preview(ctx: TRequestContext, requested: TLanguage | undefined): Promise<TErasurePreviewResponse> {
      const who = await loadSubject(db, ctx);
      return buildErasurePreview(deps, who, resolveLanguage(inventory.profile, requested, who.row.language));
    },

    /** Schedules an erasure after the grace period, or answers the one this idempotency key already asked for. */
    async create(ctx: TRequestContext, rawKey: string | undefined, body: TCreateErasureRequest): Promise<{ created: boolean; view: TErasureRequestView }> {
      const key = ZIdempotencyKeySchema.safeParse(rawKey);
      if (!key.success) {
        throw new AppError('validation_failed', 'Send an Idempotency-Key header (a new UUID for each new request).', {
          fields: { 'headers.idempotency-key': key.error.issues.map((i) => (rawKey === undefined ? 'Required' : i.message)) },
        });
      }
      const plan = normaliseErasureRequest(inventory, body);
      const requestHash = createHash('sha256').update(JSON.stringify(plan)).digest('hex');
      const { row: customer } = await loadSubject(db, ctx);
      const replay = async (existing: TErasureRequestRow) => {
        if (existing.requestHash !== requestHash) {
          throw new AppError('unprocessable', 'This Idempotency-Key was already used for a different erasure request. Use a new key for a new request.');
        }
        return { created: false, view: await view(existing) };
      };
      const earlier = await findRequestByKey(db, customer.id, key.data);
      if (earlier) return replay(earlier);
      if (await findOpenRequest(db, customer.id)) throw new AppError('conflict', OPEN_MESSAGE);
      const now = clock.now();
      const scheduledFor = new Date(now.getTime() + deps.graceDays * DAY_MS);
      const language = resolveLanguage(inventory.profile, undefined, customer.language);
      let row: TErasureRequestRow;
      try {
        row = await withTransaction(db, async (tx) => {
          const inserted = await insertErasureRequest(tx, {
            customerId: customer.id,
            scope: plan.scope,
            categories: plan.categories,
            idempotencyKey: key.data,
            requestHash,
            requestId: ctx.requestId,
            language,
            graceDays: deps.graceDays,
            scheduledFor,
            createdAt: now,
          });
          await deps.audit(tx, ctx, {
            action: 'erasure.request.created',
            outcome: 'success',
            targetType: 'erasure-request',
            targetId: inserted.id,
            details: { scope: plan.scope, categories: plan.categories.length, graceDays: deps.graceDays },
          });
          // The start job commits with the request, due when the grace period ends.
          await deps.queue.send(ERASURE_START_JOB, { requestId: inserted.id, notBefore: scheduledFor.toISOString() }, { tx, startAfter: scheduledFor });
          return inserted;
        });
      } catch (error) {
        const constraint = uniqueViolation(error);
        if (constraint === 'erasure_requests_idempotency_key') {
          const winner = await findRequestByKey(db, customer.id, key.data);
          if (winner) return replay(winner);
        }
        if (constraint === 'erasure_requests_one_open') throw new AppError('conflict', OPEN_MESSAGE);
        throw error;
      }
      if (deps.graceDays === 0) deps.queue.wake(ERASURE_START_JOB);
      deps.sendScheduledEmail({ to: customer.email, language, scheduledFor, cancelUrl: new URL('/delete-my-data', deps.publicOrigin).href });
      return { created: true, view: await view(row) };
    },

    async list(ctx: TRequestContext): Promise<TErasureRequestView[]> {
      const { row } = await loadSubject(db, ctx);
      const requests = await listCustomerRequests(db, row.id);
      const steps = await stepsOfRequests(db, requests.map((r) => r.id));
      return requests.map((r) => presentErasureRequest(inventory, r, steps.filter((s) => s.requestId === r.id)));
    },

    async get(ctx: TRequestContext, id: string): Promise<TErasureRequestView> {
      return view(await own(ctx, id));
    },

    /** One click during the grace period; repeating it is harmless, after the start it is too late. */
    async cancel(ctx: TRequestContext, id: string): Promise<TErasureRequestView> {
      const row = await own(ctx, id);
      if (row.status === 'cancelled') return view(row);
      const cancelled = await withTransaction(db, async (tx) => {
        const updated = await cancelScheduled(tx, row.id, clock.now());
        if (updated) {
          await deps.audit(tx, ctx, { action: 'erasure.request.cancelled', outcome: 'success', targetType: 'erasure-request', targetId: row.id, details: { scope: row.scope } });
        }
        return updated;
      });
      if (!cancelled) throw new AppError('conflict', 'The erasure has already started and can no longer be cancelled.');
      return view(cancelled);
    },
  };
}

export type TErasureService = ReturnType<typeof createErasureService>;
