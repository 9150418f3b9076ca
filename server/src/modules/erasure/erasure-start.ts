import { toLocalDate } from '@portal/shared/deadlines/time-zone';
import { versionInForce } from '../privacy-notice/privacy-notice.repository.ts';
import { and, eq, inArray } from 'drizzle-orm';
import { withTransaction, type Tx } from '../../db/client.ts';
import { customers } from '../../db/schema/customers.ts';
import { revokePrincipalSessions } from '../auth/session/session.repository.ts';
import { revokeGrants } from '../impersonation/impersonation.repository.ts';
import { appendEntries, latestEntries, lockCustomerLedger } from '../consent/consent.repository.ts';
import { cancelActiveExports, shredReadyExports } from '../exports/exports.repository.ts';
import { auditErasureSystemEvent } from './erasure-audit.ts';
import { stepsOf } from './erasure-plan.ts';
import { cancelScheduled, findErasureRequest, markStarted } from './erasure-requests.repository.ts';
import { ERASURE_FINALIZE_JOB, ERASURE_START_JOB, ERASURE_STEP_JOB, type TErasureSagaDeps } from './erasure-saga-deps.ts';
import { insertSteps } from './erasure-steps.repository.ts';
import { sealSubject } from './erasure-subject.ts';

/** `notBefore`: the moment the job was queued for (the request's `scheduled_for` then). */
export type TErasureStartJobData = { requestId: string; notBefore?: string };

type TFrozen = { sessionsRevoked: number; exportsCancelled: number; consentsWithdrawn: number; shreddedExports: string[] };

/**
 * The freeze (security.md line 25), in one transaction with taking the request: the account can no
 * longer sign in (frozen), its sessions end, exports not yet built are cancelled and built ones
 * shredded, and every consent ends (marketing stops; recorded in the ledger as method `erasure`).
 */
async function freezeAccount(tx: Tx, deps: TErasureSagaDeps, customerId: string, at: Date): Promise<TFrozen> {
  await tx
    .update(customers)
    .set({ status: 'frozen', updatedAt: at })
    .where(and(eq(customers.id, customerId), inArray(customers.status, ['active', 'restricted', 'archived'])));
  const sessions = await revokePrincipalSessions(tx, { kind: 'customer', id: customerId }, 'erasure', at);
  // Support may no longer open the account; an impersonation in progress ends at its next request
  // (the resolver sees the frozen account).
  await revokeGrants(tx, customerId, at);
  const cancelled = await cancelActiveExports(tx, customerId, at);
  const shredded = await shredReadyExports(tx, customerId, at);
  await lockCustomerLedger(tx, customerId);
  // Consents and cookie choices end with the account; privacy choices are opt-outs and stay.
  const granted = (await latestEntries(tx, customerId)).filter(
    (e) => e.granted && ((e.kind === 'consent' && e.channel !== null) || e.kind === 'cookie'),
  );
  const profile = deps.inventory.profile;
  const inForce = await versionInForce(tx, toLocalDate(at, profile.locale.timeZone));
  await appendEntries(
    tx,
    granted.map((e) => ({
      customerId,
      kind: e.kind,
      purpose: e.purpose,
      channel: e.channel,
      granted: false,
      noticeVersion: inForce?.version ?? profile.notice.version,
      wording: null,
      method: 'erasure' as const,
      actor: 'system',
      occurredAt: at,
    })),
  );
  return {
    sessionsRevoked: sessions.length,
    exportsCancelled: cancelled.length,
    consentsWithdrawn: granted.length,
    shreddedExports: [...cancelled, ...shredded].map((e) => e.id),
  };
}

/**
 * The `erasure.start` job: once the grace period is over, takes the request (exactly once: the
 * status is the lock), freezes the account for a whole-account erasure, creates one step per
 * system and queues their jobs, all in one commit. Early, it queues itself again for the right time.
 */
export async function startErasure(deps: TErasureSagaDeps, job: TErasureStartJobData): Promise<'started' | 'not-yet' | 'nothing-to-do'> {
  const { db, clock, logger } = deps;
  const request = await findErasureRequest(db, job.requestId);
  if (!request || request.status !== 'scheduled') return 'nothing-to-do';
  const now = clock.now();
  if (request.scheduledFor > now) {
    // Queued for another moment (the grace period changed): queue it for the right one. Queued for
    // this moment but early by our clock (clocks disagree): the sweep starts it once it is due.
    const notBefore = request.scheduledFor.toISOString();
    if (job.notBefore !== notBefore) await deps.queue.send(ERASURE_START_JOB, { requestId: request.id, notBefore }, { startAfter: request.scheduledFor });
    return 'not-yet';
  }
  const [customer] = request.customerId ? await db.select().from(customers).where(eq(customers.id, request.customerId)) : [];
  if (!customer) {
    // The account was removed some other way meanwhile: nothing of the person is left to erase.
    await cancelScheduled(db, request.id, now);
    logger.warn({ erasureRequestId: request.id }, 'erasure request without its account: cancelled');
    return 'nothing-to-do';
  }
  const shredded = await withTransaction(db, async (tx) => {
    const subject = { customerId: customer.id, customerNumber: customer.customerNumber, email: customer.email, language: request.language };
    const started = await markStarted(tx, { id: request.id, at: now, subjectSealed: sealSubject(deps.secret, request.id, subject) });
    if (!started) return null;
    const frozen = started.scope === 'account' ? await freezeAccount(tx, deps, customer.id, now) : null;
    const steps = await insertSteps(
      tx,
      stepsOf(deps.inventory, started).map((step) => ({
        requestId: started.id,
        system: step.system,
        categories: step.categories,
        // One key per step for its whole life: every retry asks the system the same question.
        idempotencyKey: `erasure:${started.id}:${step.system}`,
        createdAt: now,
        updatedAt: now,
      })),
    );
    for (const step of steps) await deps.queue.send(ERASURE_STEP_JOB, { stepId: step.id }, { tx, singletonKey: step.id });
    if (steps.length === 0) await deps.queue.send(ERASURE_FINALIZE_JOB, { requestId: started.id }, { tx, singletonKey: started.id });
    await auditErasureSystemEvent(tx, clock, started, 'erasure.request.started', 'success', {
      scope: started.scope,
      systems: steps.length,
      startedEarly: started.startedEarlyBy !== null,
      sessionsRevoked: frozen?.sessionsRevoked ?? 0,
      exportsCancelled: frozen?.exportsCancelled ?? 0,
      consentsWithdrawn: frozen?.consentsWithdrawn ?? 0,
    });
    return frozen?.shreddedExports ?? [];
  });
  if (shredded === null) return 'nothing-to-do';
  deps.queue.wake(ERASURE_STEP_JOB);
  logger.info({ erasureRequestId: request.id }, 'erasure started');
  await deps.removeExportFiles(shredded).catch((error: unknown) => logger.error({ err: error, erasureRequestId: request.id }, 'export files not removed (the purge job retries)'));
  return 'started';
}
