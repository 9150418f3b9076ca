import { LANGUAGES, type TLanguage } from '@portal/shared/domain/languages';
import { withTransaction } from '../../db/client.ts';
import { auditErasureSystemEvent } from './erasure-audit.ts';
import { signCertificate } from './erasure-certificate.ts';
import { lockErasureRequest, markCompleted, markNotified, setRequestStatus, type TErasureRequestRow } from './erasure-requests.repository.ts';
import { certificateUrlOf, type TErasureSagaDeps } from './erasure-saga-deps.ts';
import { deadLetterStep, findStep, stepsOfRequest } from './erasure-steps.repository.ts';
import { openSubject } from './erasure-subject.ts';

/**
 * The `erasure.finalize` job, once every step is done: signs the certificate and completes the
 * request in one commit, then sends the last email and forgets the address. The email is sent
 * before the address is dropped, so a crash in between sends it again rather than never.
 */
export async function finalizeErasure(deps: TErasureSagaDeps, requestId: string): Promise<void> {
  const { db, clock } = deps;
  const request = await withTransaction(db, async (tx): Promise<TErasureRequestRow | null> => {
    const row = await lockErasureRequest(tx, requestId);
    if (!row) return null;
    if (row.status === 'completed') return row;
    if (row.status !== 'running' && row.status !== 'needs-attention') return null;
    const steps = await stepsOfRequest(tx, row.id);
    if (!steps.every((s) => s.status === 'done')) return null;
    const at = clock.now();
    const certificate = await signCertificate(deps.tokens, row, steps, at);
    const completed = await markCompleted(tx, { id: row.id, at, certificate });
    if (completed) {
      await auditErasureSystemEvent(tx, clock, completed, 'erasure.request.completed', 'success', { scope: completed.scope, systems: steps.length });
    }
    return completed ?? null;
  });
  if (!request || request.notifiedAt || !request.certificate) return;
  const subject = openSubject(deps.secret, request.id, request.subjectSealed);
  // Only the customer's own request is answered by email; a retention or children's-rule erasure is not theirs to confirm.
  if (subject && request.reason === 'customer-request') {
    const language = (LANGUAGES as readonly string[]).includes(request.language) ? (request.language as TLanguage) : deps.inventory.profile.locale.defaultLanguage;
    await deps.sendCompletedEmail({
      to: subject.email,
      language,
      scope: request.scope,
      reference: request.id,
      certificateUrl: certificateUrlOf(deps.publicOrigin, request.certificate),
    });
  }
  await markNotified(db, request.id, clock.now());
  deps.logger.info({ erasureRequestId: request.id }, 'erasure completed');
}

/**
 * The dead letter of `erasure.step`: the system kept failing for days. The step stops, the request
 * needs attention, and an audit event and an error log line raise the alert privacy officers see
 * (GET /api/staff/erasure-alerts). The other systems' steps go on regardless.
 */
export async function deadLetterErasureStep(deps: TErasureSagaDeps, stepId: string): Promise<void> {
  const { db, clock } = deps;
  const dead = await withTransaction(db, async (tx) => {
    const step = await findStep(tx, stepId);
    const request = step ? await lockErasureRequest(tx, step.requestId) : undefined;
    const ended = step && request ? await deadLetterStep(tx, step.id, clock.now()) : undefined;
    if (!ended || !request) return null;
    await setRequestStatus(tx, request.id, 'needs-attention');
    await auditErasureSystemEvent(tx, clock, request, 'erasure.step.dead-lettered', 'failure', {
      system: ended.system,
      attempts: ended.attempts,
      lastError: ended.lastError,
    });
    return ended;
  });
  if (dead) {
    deps.logger.error({ alert: 'erasure-step-dead-lettered', erasureStepId: dead.id, erasureRequestId: dead.requestId, system: dead.system, lastError: dead.lastError }, 'erasure step gave up: a privacy officer must look');
  }
}
