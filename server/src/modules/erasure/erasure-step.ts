import type { TErasureStepReceipt } from '@portal/shared/schemas/erasure.schema';
import { withTransaction, type DbOrTx } from '../../db/client.ts';
import type { TJobRun } from '../../jobs/job-queue.ts';
import type { TReceipt } from '../connectors/connector.ts';
import { markInterrupted, type TOperationRow } from '../connectors/connector-operations.repository.ts';
import { closeAccountAccess } from './close-account-access.ts';
import { auditErasureSystemEvent } from './erasure-audit.ts';
import { outcomeOf, signStepReceipt, stepReceiptOf } from './erasure-certificate.ts';
import { findErasureRequest, lockErasureRequest, type TErasureRequestRow } from './erasure-requests.repository.ts';
import { ERASURE_FINALIZE_JOB, type TErasureSagaDeps } from './erasure-saga-deps.ts';
import { claimStep, completeStep, findStepByOperation, releaseStep, stepsOfRequest, type TErasureStepRow } from './erasure-steps.repository.ts';
import { openSubject } from './erasure-subject.ts';

export type TErasureStepJobData = { stepId: string };

/** This attempt did not finish the step; pg-boss retries it with backoff, then dead-letters it. */
export class StepNotDone extends Error {
  override readonly name = 'StepNotDone';
  constructor(readonly code: string) {
    super(`erasure step not done: ${code}`);
  }
}

/** A newer attempt (or a callback) holds the step: this one stops without touching it. */
class StepSuperseded extends Error {
  override readonly name = 'StepSuperseded';
}

const AWAITING_CALLBACK = 'awaiting-callback';

/**
 * Ends a step with its signed receipt and, when it was the last one, queues the finalizer, in the
 * caller's transaction. The request row is locked first, so two steps ending at once cannot both
 * miss that they were the last.
 */
async function finishStep(tx: DbOrTx, deps: TErasureSagaDeps, request: TErasureRequestRow, step: TErasureStepRow, fence: string | null, receipt: TErasureStepReceipt): Promise<void> {
  const at = deps.clock.now();
  await lockErasureRequest(tx, request.id);
  const receiptJws = await signStepReceipt(deps.tokens, request.id, step.system, receipt);
  if (!(await completeStep(tx, { id: step.id, fence, receipt, receiptJws, at }))) throw new StepSuperseded();
  await auditErasureSystemEvent(tx, deps.clock, request, 'erasure.step.completed', 'success', {
    system: step.system,
    outcome: outcomeOf(receipt),
    confirmation: receipt.confirmation,
    erasedRecords: receipt.erasedRecords,
    keptRecords: receipt.kept.reduce((n, k) => n + k.records, 0),
  });
  const steps = await stepsOfRequest(tx, request.id);
  if (steps.every((s) => s.status === 'done')) await deps.queue.send(ERASURE_FINALIZE_JOB, { requestId: request.id }, { tx, singletonKey: request.id });
}

/**
 * The `erasure.step` job: one system's part, through its connector, with the step's fixed
 * idempotency key. Own tables erase, close the account's access and record the receipt in one
 * transaction (a crash leaves all or nothing). An operator's system is asked over signed HTTP; a
 * retry after a crashed attempt asks again with the same key, which the system answers without
 * acting twice. Failures and unconfirmed `202`s throw, so pg-boss retries with backoff.
 */
export async function runErasureStep(deps: TErasureSagaDeps, run: TJobRun<TErasureStepJobData>): Promise<void> {
  const { db, clock, logger } = deps;
  const fence = `${run.job.id}/${run.job.retryCount}`;
  const step = await claimStep(db, { id: run.job.data.stepId, fence, at: clock.now() });
  if (!step) return;
  const request = await findErasureRequest(db, step.requestId);
  const subject = request ? openSubject(deps.secret, request.id, request.subjectSealed) : null;
  if (!request || !subject) throw new StepNotDone('no-subject');
  const plan = { scope: request.scope, categories: step.categories };
  const system = deps.registry.system(step.system);
  try {
    if (system?.kind === 'own-tables') {
      await withTransaction(db, async (tx) => {
        const connector = deps.registry.connector(step.system, tx);
        const receipt = connector ? await connector.erase(subject, plan, step.idempotencyKey) : null;
        if (!receipt || receipt.status !== 'done') throw new StepNotDone(String(receipt?.details.reason ?? 'not-configured'));
        if (plan.scope === 'account') await closeAccountAccess(tx, { customerId: subject.customerId, signInEmailHash: deps.signInEmailHash(subject.email) });
        await finishStep(tx, deps, request, step, fence, stepReceiptOf(receipt, 'synchronous'));
      });
      return;
    }
    // The attempt before this one was cut off (pg-boss expired it): its call may still be marked in progress.
    if (run.attempt > 1) await markInterrupted(db, { system: step.system, idempotencyKey: step.idempotencyKey, at: clock.now() });
    const connector = deps.registry.connector(step.system);
    if (!connector) throw new StepNotDone('not-configured');
    const receipt = await connector.erase(subject, plan, step.idempotencyKey);
    const confirmation = step.lastError === AWAITING_CALLBACK ? 'callback' : 'synchronous';
    // 404: the system holds nothing about them; that is an answer, and the step is done.
    const nothingHeld = receipt.status === 'failed' && receipt.details.reason === 'not-found';
    if (receipt.status === 'done' || nothingHeld) {
      await withTransaction(db, (tx) => finishStep(tx, deps, request, step, fence, stepReceiptOf(receipt, confirmation, nothingHeld)));
      return;
    }
    if (receipt.status === 'accepted') throw new StepNotDone(AWAITING_CALLBACK);
    throw new StepNotDone(String(receipt.details.reason ?? 'failed'));
  } catch (error) {
    if (error instanceof StepSuperseded) {
      logger.warn({ erasureStepId: step.id, system: step.system }, 'erasure step superseded: a newer attempt or a callback finished it');
      return;
    }
    const code = error instanceof StepNotDone ? error.code : 'error';
    await releaseStep(db, { id: step.id, fence, status: code === AWAITING_CALLBACK ? 'waiting' : 'pending', error: code, at: clock.now() });
    logger.warn({ erasureStepId: step.id, system: step.system, attempt: run.attempt, final: run.final, code }, 'erasure step not done yet');
    throw error;
  }
}

/**
 * A system's signed callback settled the erase call of a waiting step: the step ends now, in the
 * callback's transaction, instead of at its next retry. A refusal leaves the step to its retries.
 */
export async function settleErasureOperation(deps: TErasureSagaDeps, tx: DbOrTx, operation: TOperationRow): Promise<void> {
  if (operation.operation !== 'erase' || operation.status !== 'done' || !operation.receipt) return;
  const step = await findStepByOperation(tx, operation.system, operation.idempotencyKey);
  const request = step ? await findErasureRequest(tx, step.requestId) : undefined;
  if (!step || !request) return;
  try {
    await finishStep(tx, deps, request, step, null, stepReceiptOf(operation.receipt as TReceipt, 'callback'));
  } catch (error) {
    if (!(error instanceof StepSuperseded)) throw error;
  }
}
