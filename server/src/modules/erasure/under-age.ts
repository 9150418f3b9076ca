import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { customers } from '../../db/schema/customers.ts';
import type { TJobQueue } from '../../jobs/job-queue.ts';
import { revokePrincipalSessions } from '../auth/session/session.repository.ts';
import type { TInventory } from '../personal-data/inventory.ts';
import { findOpenRequest, insertErasureRequest, type TErasureRequestRow } from './erasure-requests.repository.ts';
import { ERASURE_START_JOB } from './erasure-saga-deps.ts';

const DAY_MS = 86_400_000;

/**
 * The children's rule (profile `settings.minimumAge`: coopt and sococo take no one under 13): an
 * account found or reported to be a child's is frozen at once (no sign-in, sessions ended) and its
 * erasure is queued. The profile's grace period is the review time in which a privacy officer can
 * cancel a mistaken report (which unfreezes it) or start the erasure at once.
 * Returns the request, or null when the account is already being erased or is gone.
 */
export async function queueUnderAgeErasure(
  tx: Tx,
  deps: { inventory: TInventory; queue: Pick<TJobQueue, 'send'>; graceDays: number },
  input: { customerId: string; requestId: string; at: Date },
): Promise<TErasureRequestRow | null> {
  if (await findOpenRequest(tx, input.customerId)) return null;
  const frozen = await tx
    .update(customers)
    .set({ status: 'frozen', updatedAt: input.at })
    .where(and(eq(customers.id, input.customerId), inArray(customers.status, ['active', 'restricted', 'archived'])))
    .returning({ id: customers.id, language: customers.language });
  const customer = frozen[0];
  if (!customer) return null;
  await revokePrincipalSessions(tx, { kind: 'customer', id: input.customerId }, 'erasure', input.at);
  const scheduledFor = new Date(input.at.getTime() + deps.graceDays * DAY_MS);
  const request = await insertErasureRequest(tx, {
    customerId: input.customerId,
    scope: 'account',
    categories: deps.inventory.categories.map((c) => c.id),
    reason: 'under-age',
    requestId: input.requestId || randomUUID(),
    language: customer.language,
    graceDays: deps.graceDays,
    scheduledFor,
    createdAt: input.at,
  });
  await deps.queue.send(ERASURE_START_JOB, { requestId: request.id, notBefore: scheduledFor.toISOString() }, { tx, startAfter: scheduledFor });
  return request;
}

/** A mistaken report: the account works again (only if nothing else froze it). */
export async function unfreezeAccount(tx: Tx, customerId: string, at: Date): Promise<void> {
  await tx.update(customers).set({ status: 'active', updatedAt: at }).where(and(eq(customers.id, customerId), eq(customers.status, 'frozen')));
}
