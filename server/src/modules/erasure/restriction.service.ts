import { sql } from 'drizzle-orm';
import type { TRestrictionView } from '@portal/shared/schemas/erasure.schema';
import { withTransaction, type Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import type { TConnectorSubject, TReceipt } from '../connectors/connector.ts';
import type { TConnectorRegistry } from '../connectors/connector-registry.ts';
import type { TInventory } from '../personal-data/inventory.ts';
import { loadSubject } from '../personal-data/my-data.service.ts';

type TSystemResult = TRestrictionView['systems'][number];

/**
 * "Deactivate" (GDPR Art. 18): processing is restricted in every system, data is kept but not
 * used (no marketing, no profiling), and the customer can lift it again. Own tables change with
 * the audit event in one transaction; each operator system is asked through its connector, and one
 * that fails is reported and asked again when the customer repeats the request.
 */
export function createRestrictionService(deps: { db: Db; inventory: TInventory; registry: TConnectorRegistry; audit: TAuditRecorder }) {
  const { db, inventory, registry } = deps;

  async function since(customerId: string): Promise<string | null> {
    const result = await db.execute<{ at: Date }>(
      sql`select occurred_at as at from audit_events where subject_customer_id = ${customerId} and action = 'erasure.restriction.started' order by seq desc limit 1`,
    );
    const at = result.rows[0]?.at;
    return at ? new Date(at).toISOString() : null;
  }

  async function everywhere(ctx: TRequestContext, subject: TConnectorSubject, lift: boolean): Promise<TSystemResult[]> {
    const key = `${lift ? 'lift-restriction' : 'restrict'}:${subject.customerId}:${ctx.requestId}`;
    const results: TSystemResult[] = [];
    for (const system of registry.systems) {
      if (!inventory.categories.some((c) => c.system === system.id)) continue;
      let receipt: TReceipt | null;
      if (system.kind === 'own-tables') {
        receipt = await withTransaction(db, async (tx) => {
          const connector = registry.connector(system.id, tx);
          const own = connector ? await (lift ? connector.liftRestriction(subject, key) : connector.restrict(subject, key)) : null;
          await deps.audit(tx, ctx, {
            action: lift ? 'erasure.restriction.lifted' : 'erasure.restriction.started',
            outcome: own?.status === 'done' ? 'success' : 'failure',
            targetType: 'customer',
            targetId: subject.customerId,
          });
          return own;
        });
      } else {
        const connector = registry.connector(system.id);
        receipt = connector ? await (lift ? connector.liftRestriction(subject, key) : connector.restrict(subject, key)) : null;
      }
      results.push({
        system: system.id,
        name: system.name,
        status: receipt?.status ?? 'failed',
        reason: receipt === null ? 'not-configured' : receipt.status === 'failed' ? String(receipt.details.reason ?? 'failed') : null,
      });
    }
    return results;
  }

  return {
    async state(ctx: TRequestContext): Promise<TRestrictionView> {
      const { row } = await loadSubject(db, ctx);
      const restricted = row.status === 'restricted';
      return { status: restricted ? 'restricted' : 'active', since: restricted ? await since(row.id) : null, systems: [] };
    },

    async restrict(ctx: TRequestContext): Promise<TRestrictionView> {
      const { row, subject } = await loadSubject(db, ctx);
      if (row.status !== 'active' && row.status !== 'restricted') throw new AppError('conflict', 'This account is being erased; its processing is already stopped.');
      const systems = await everywhere(ctx, subject, false);
      return { status: 'restricted', since: await since(row.id), systems };
    },

    async lift(ctx: TRequestContext): Promise<TRestrictionView> {
      const { row, subject } = await loadSubject(db, ctx);
      if (row.status !== 'restricted') throw new AppError('conflict', 'Processing of your data is not restricted.');
      const systems = await everywhere(ctx, subject, true);
      return { status: 'active', since: null, systems };
    },
  };
}

export type TRestrictionService = ReturnType<typeof createRestrictionService>;
