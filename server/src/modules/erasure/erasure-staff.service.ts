import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { TErasureRequestView, ZErasureAlertSchema } from '@portal/shared/schemas/erasure.schema';
import { withTransaction, type Db } from '../../db/client.ts';
import { customers } from '../../db/schema/customers.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { TJobQueue } from '../../jobs/job-queue.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import type { TInventory } from '../personal-data/inventory.ts';
import { presentErasureRequest } from './erasure.presenter.ts';
import { cancelScheduled, findErasureRequest, listCustomerRequests, setRequestStatus, startEarly, type TErasureRequestRow } from './erasure-requests.repository.ts';
import { ERASURE_START_JOB, ERASURE_STEP_JOB } from './erasure-saga-deps.ts';
import { deadLetteredSteps, reviveStep, stepsOfRequest, stepsOfRequests } from './erasure-steps.repository.ts';
import { queueUnderAgeErasure, unfreezeAccount } from './under-age.ts';

type TStaffView = TErasureRequestView & { reason: TErasureRequestRow['reason'] };

/**
 * What privacy officers do with erasures (the staff console builds on these routes): see a
 * customer's requests, start one before its grace period ends on the customer's written request,
 * cancel a mistaken under-age report, report an under-age account, work the dead-letter alerts.
 * Every action is audited with the staff member as actor and, where given, the written reference.
 */
export function createErasureStaffService(deps: { db: Db; clock: TClock; inventory: TInventory; audit: TAuditRecorder; queue: Pick<TJobQueue, 'send' | 'wake'>; graceDays: number }) {
  const { db, clock, inventory } = deps;
  const staffView = async (row: TErasureRequestRow): Promise<TStaffView> => ({ ...presentErasureRequest(inventory, row, await stepsOfRequest(db, row.id)), reason: row.reason });

  async function existing(id: string): Promise<TErasureRequestRow> {
    const row = await findErasureRequest(db, id);
    if (!row) throw new AppError('not_found', 'There is no such erasure request.');
    return row;
  }

  return {
    async listForCustomer(customerId: string): Promise<TStaffView[]> {
      const rows = await listCustomerRequests(db, customerId, 50);
      const steps = await stepsOfRequests(db, rows.map((r) => r.id));
      return rows.map((row) => ({ ...presentErasureRequest(inventory, row, steps.filter((s) => s.requestId === row.id)), reason: row.reason }));
    },

    async startNow(ctx: TRequestContext, id: string, reference: string): Promise<TStaffView> {
      const row = await existing(id);
      const started = await withTransaction(db, async (tx) => {
        const updated = await startEarly(tx, { id: row.id, staffId: ctx.actor?.id ?? '', reference, at: clock.now() });
        if (!updated) return null;
        await deps.audit(tx, ctx, {
          action: 'erasure.request.started-early',
          outcome: 'success',
          subjectCustomerId: updated.customerId,
          targetType: 'erasure-request',
          targetId: updated.id,
          details: { reference, graceDaysLeft: Math.ceil((row.scheduledFor.getTime() - clock.now().getTime()) / 86_400_000) },
        });
        await deps.queue.send(ERASURE_START_JOB, { requestId: updated.id, notBefore: updated.scheduledFor.toISOString() }, { tx });
        return updated;
      });
      if (!started) throw new AppError('conflict', 'This erasure is no longer waiting: it already started, or was cancelled.');
      deps.queue.wake(ERASURE_START_JOB);
      return staffView(started);
    },

    async cancel(ctx: TRequestContext, id: string, reference: string): Promise<TStaffView> {
      const row = await existing(id);
      const cancelled = await withTransaction(db, async (tx) => {
        const updated = await cancelScheduled(tx, row.id, clock.now());
        if (!updated) return null;
        if (updated.reason === 'under-age' && updated.customerId) await unfreezeAccount(tx, updated.customerId, clock.now());
        await deps.audit(tx, ctx, {
          action: 'erasure.request.cancelled',
          outcome: 'success',
          subjectCustomerId: updated.customerId,
          targetType: 'erasure-request',
          targetId: updated.id,
          details: { reference, reason: updated.reason },
        });
        return updated;
      });
      if (!cancelled) throw new AppError('conflict', 'This erasure is no longer waiting: it already started, or was cancelled.');
      return staffView(cancelled);
    },

    async reportUnderAge(ctx: TRequestContext, customerId: string, reference: string): Promise<TStaffView> {
      if (inventory.profile.settings.minimumAge === undefined) throw new AppError('conflict', 'This operator has no minimum age rule.');
      const [customer] = await db.select({ id: customers.id }).from(customers).where(eq(customers.id, customerId));
      if (!customer) throw new AppError('not_found', 'There is no such customer.');
      const request = await withTransaction(db, async (tx) => {
        const queued = await queueUnderAgeErasure(tx, deps, { customerId, requestId: ctx.requestId, at: clock.now() });
        if (queued) {
          await deps.audit(tx, ctx, {
            action: 'erasure.under-age.reported',
            outcome: 'success',
            subjectCustomerId: customerId,
            targetType: 'erasure-request',
            targetId: queued.id,
            details: { reference, minimumAge: inventory.profile.settings.minimumAge ?? null },
          });
        }
        return queued;
      });
      if (!request) throw new AppError('conflict', 'This account is already frozen or being erased.');
      return staffView(request);
    },

    async alerts(): Promise<z.infer<typeof ZErasureAlertSchema>[]> {
      return (await deadLetteredSteps(db)).map((step) => ({
        stepId: step.id,
        requestId: step.requestId,
        customerId: step.customerId,
        system: step.system,
        lastError: step.lastError,
        attempts: step.attempts,
        deadLetteredAt: (step.deadLetteredAt ?? step.updatedAt).toISOString(),
      }));
    },

    /** The system was fixed: the step starts over with a fresh set of retries. */
    async retryStep(ctx: TRequestContext, stepId: string): Promise<TStaffView> {
      const revived = await withTransaction(db, async (tx) => {
        const step = await reviveStep(tx, stepId, clock.now());
        const request = step ? await findErasureRequest(tx, step.requestId) : undefined;
        if (!step || !request) return null;
        const steps = await stepsOfRequest(tx, request.id);
        if (!steps.some((s) => s.status === 'dead-lettered')) await setRequestStatus(tx, request.id, 'running');
        await deps.audit(tx, ctx, {
          action: 'erasure.step.retried',
          outcome: 'success',
          subjectCustomerId: request.customerId,
          targetType: 'erasure-step',
          targetId: step.id,
          details: { system: step.system },
        });
        await deps.queue.send(ERASURE_STEP_JOB, { stepId: step.id }, { tx, singletonKey: `${step.id}:${clock.now().getTime()}` });
        return request;
      });
      if (!revived) throw new AppError('not_found', 'There is no dead-lettered step with this id.');
      deps.queue.wake(ERASURE_STEP_JOB);
      return staffView((await findErasureRequest(db, revived.id)) ?? revived);
    },
  };
}

export type TErasureStaffService = ReturnType<typeof createErasureStaffService>;
