import { z } from 'zod';
import { ZFieldValueSchema } from '@portal/shared/inventory/field-value-schema';
import type { TCategory, TProfile } from '@portal/shared/profiles/profile.schema';
import type { Db } from '../../db/client.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TAccessResult, TChangingOperation, TConnector, TConnectorSubject, TReceipt, TReceiptDetails } from './connector.ts';
import { InvalidCursorError } from './connector.ts';
import { claimOperation, completeOperation, storedReceipt } from './connector-operations.repository.ts';
import { shownOnly } from './field-values.ts';
import { READ_POLICY, WRITE_POLICY, type THttpOutcome, type THttpTransport, type TRetryPolicy } from './http-transport.ts';

const ZAccessResponseSchema = z.object({
  reference: z.string().max(200).optional(),
  categories: z.array(
    z.object({
      category: z.string(),
      records: z.array(
        z.object({
          id: z.string().min(1).max(128).regex(/^[A-Za-z0-9._:-]+$/),
          occurredAt: z.iso.datetime({ offset: true }).nullable(),
          version: z.number().int().min(1),
          values: z.record(z.string(), ZFieldValueSchema),
        }),
      ),
      nextCursor: z.string().max(200).nullable(),
      total: z.number().int().min(0).nullable().optional(),
    }),
  ),
});

const ZChangeResponseSchema = z.object({
  reference: z.string().min(1).max(200),
  version: z.number().int().min(1).optional(),
  currentVersion: z.number().int().min(1).optional(),
});

/**
 * An operator's service reached over HTTPS (docs/connector-protocol.md). Reads go out at once and
 * report the system unreachable after a short retry; changes are stored under their idempotency
 * key first (connector_operations), retried with backoff, and may be `accepted` for a signed
 * callback to finish later.
 */
export function createHttpConnector(deps: {
  system: string;
  profile: TProfile;
  transport: THttpTransport;
  /** For the idempotency rows, written outside any caller's transaction (the call is remote). */
  db: Db;
  clock: TClock;
  policies?: { read?: TRetryPolicy; write?: TRetryPolicy };
}): TConnector {
  const { system, transport, db, clock } = deps;
  const held = new Map<string, TCategory>(deps.profile.categories.filter((c) => c.system === system).map((c) => [c.id, c]));
  const readPolicy = deps.policies?.read ?? READ_POLICY;
  const writePolicy = deps.policies?.write ?? WRITE_POLICY;
  const subjectOf = (s: TConnectorSubject) => ({ id: s.customerId, customerNumber: s.customerNumber, email: s.email });
  const receipt = (operation: TReceipt['operation'], status: TReceipt['status'], reference: string | null, details: TReceiptDetails): TReceipt => ({
    system,
    operation,
    status,
    reference,
    at: clock.now().toISOString(),
    details,
  });

  async function change(
    operation: TChangingOperation,
    subject: TConnectorSubject,
    idempotencyKey: string,
    payload: Record<string, unknown>,
  ): Promise<TReceipt> {
    const claim = await claimOperation(db, { system, operation, idempotencyKey, customerId: subject.customerId, at: clock.now() });
    if (!claim.claimed) return storedReceipt(claim.row);
    const outcome = await transport.post(`/${operation}`, { subject: subjectOf(subject), ...payload }, { policy: writePolicy, idempotencyKey });
    const result = toReceipt(operation, outcome);
    await completeOperation(db, claim.id, result, outcome.attempts, clock.now());
    return result;
  }

  function toReceipt(operation: TChangingOperation, outcome: THttpOutcome): TReceipt {
    if (outcome.kind === 'unreachable') {
      return receipt(operation, 'failed', null, { reason: 'unreachable', attempts: outcome.attempts, lastStatus: outcome.lastStatus });
    }
    const parsed = ZChangeResponseSchema.safeParse(outcome.body);
    const reference = parsed.success ? parsed.data.reference : null;
    if (outcome.status === 200 || outcome.status === 201) {
      if (!parsed.success) return receipt(operation, 'failed', null, { reason: 'rejected', httpStatus: outcome.status, malformed: true });
      return receipt(operation, 'done', reference, { version: parsed.data.version ?? null, attempts: outcome.attempts });
    }
    if (outcome.status === 202) {
      if (!parsed.success) return receipt(operation, 'failed', null, { reason: 'rejected', httpStatus: 202, malformed: true });
      return receipt(operation, 'accepted', reference, { attempts: outcome.attempts });
    }
    if (outcome.status === 409) {
      return receipt(operation, 'failed', reference, { reason: 'version-conflict', currentVersion: parsed.success ? (parsed.data.currentVersion ?? null) : null });
    }
    if (outcome.status === 404) return receipt(operation, 'failed', reference, { reason: 'not-found' });
    return receipt(operation, 'failed', reference, { reason: 'rejected', httpStatus: outcome.status });
  }

  return {
    system,

    async access(subject, categories, options = {}): Promise<TAccessResult> {
      const wanted = categories.filter((id) => held.has(id));
      const outcome = await transport.post(
        '/access',
        { subject: subjectOf(subject), categories: wanted, cursor: options.cursor ?? null, limit: options.limit ?? 25, count: options.count ?? false },
        { policy: readPolicy },
      );
      if (outcome.kind === 'unreachable') {
        return { receipt: receipt('access', 'failed', null, { reason: 'unreachable', attempts: outcome.attempts, lastStatus: outcome.lastStatus }), categories: [] };
      }
      if (outcome.status === 400 && options.cursor) throw new InvalidCursorError('the system did not accept the cursor');
      const parsed = ZAccessResponseSchema.safeParse(outcome.body);
      if (outcome.status !== 200 || !parsed.success) {
        return { receipt: receipt('access', 'failed', null, { reason: 'rejected', httpStatus: outcome.status }), categories: [] };
      }
      const results = parsed.data.categories.flatMap((c) => {
        const category = held.get(c.category);
        if (!category || !wanted.includes(c.category)) return [];
        return [{ category: c.category, records: c.records.map((r) => shownOnly(r, category)), nextCursor: c.nextCursor, total: c.total ?? null }];
      });
      return { receipt: receipt('access', 'done', parsed.data.reference ?? null, { categories: results.length, attempts: outcome.attempts }), categories: results };
    },

    rectify: (subject, changes, idempotencyKey) => change('rectify', subject, idempotencyKey, { changes }),
    erase: (subject, plan, idempotencyKey) => change('erase', subject, idempotencyKey, { plan: { scope: plan.scope, categories: [...plan.categories] } }),
    restrict: (subject, idempotencyKey) => change('restrict', subject, idempotencyKey, {}),
    liftRestriction: (subject, idempotencyKey) => change('lift-restriction', subject, idempotencyKey, {}),
    consent: (subject, consent, idempotencyKey) => change('consent', subject, idempotencyKey, { consent }),
  };
}
