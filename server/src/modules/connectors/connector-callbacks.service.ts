import type { TConnectorCallbackRequest } from '@portal/shared/schemas/personal-data.schema';
import { withTransaction, type Db, type Tx } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import { canonicalJson } from '../audit/canonical-json.ts';
import { findOperation, settleOperation, type TOperationRow } from './connector-operations.repository.ts';
import type { TConnectorRegistry } from './connector-registry.ts';
import { verifyBody } from './connector-signature.ts';

/** Told when an accepted operation finishes, in the same transaction (corrections update their status). */
export type TOperationSettledHook = (tx: Tx, operation: TOperationRow) => Promise<void>;

const NOT_FOUND = 'No such operation.';

/**
 * Signed callbacks from operator systems (docs/connector-protocol.md): the signature is checked with
 * the system's own secret over the canonical JSON of the body, then the operation stored under the
 * idempotency key is settled once; repeats answer the state it settled in.
 */
export function createConnectorCallbacksService(deps: {
  db: Db;
  clock: TClock;
  wallClock: TClock;
  audit: TAuditRecorder;
  registry: TConnectorRegistry;
  onSettled: TOperationSettledHook;
}) {
  return {
    async receive(
      ctx: TRequestContext,
      input: { system: string; signature: string | undefined; rawBody: unknown; body: TConnectorCallbackRequest & { details: Record<string, string | number | boolean | null> } },
    ) {
      const system = deps.registry.system(input.system);
      // Unknown and unconfigured systems look alike: neither can sign.
      if (!system || system.kind !== 'http' || system.status !== 'ready') throw new AppError('not_found', NOT_FOUND);
      let signed: string;
      try {
        signed = canonicalJson(input.rawBody);
      } catch {
        throw new AppError('unauthenticated', 'The callback signature is not valid.');
      }
      if (!verifyBody(system.secret, input.signature, signed, deps.wallClock.now())) {
        throw new AppError('unauthenticated', 'The callback signature is not valid.');
      }
      const { body } = input;
      const operation = await findOperation(deps.db, system.id, body.idempotencyKey);
      if (!operation || operation.operation !== body.operation) throw new AppError('not_found', NOT_FOUND);
      if (operation.reference !== null && operation.reference !== body.reference) {
        throw new AppError('conflict', 'The reference does not match the operation.');
      }
      return withTransaction(deps.db, async (tx) => {
        const settled = await settleOperation(tx, { id: operation.id, status: body.status, details: body.details, at: deps.clock.now() });
        if (!settled) throw new AppError('not_found', NOT_FOUND);
        if (settled.status === 'done' || settled.status === 'failed') {
          await deps.onSettled(tx, settled);
          await deps.audit(tx, ctx, {
            action: 'connectors.operation.settled',
            outcome: settled.status === 'done' ? 'success' : 'failure',
            actor: null,
            subjectCustomerId: settled.customerId,
            targetType: 'connector-operation',
            targetId: settled.id,
            details: { system: system.id, operation: settled.operation, status: settled.status },
          });
        }
        return { received: true as const, status: settled.status === 'in-progress' ? ('accepted' as const) : settled.status };
      });
    },
  };
}

export type TConnectorCallbacksService = ReturnType<typeof createConnectorCallbacksService>;
