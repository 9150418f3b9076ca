import { desc, eq } from 'drizzle-orm';
import { localize } from '@portal/shared/domain/languages';
import type { z } from 'zod';
import type { TRetentionRuleCount, TRetentionRunView, ZRetentionScheduleResponseSchema } from '@portal/shared/schemas/retention.schema';
import { withTransaction, type DbOrTx } from '../../db/client.ts';
import { retentionRuns } from '../../db/schema/retention.ts';
import type { TAuditEventInput, TAuditRecorder } from '../../http/audit-recorder.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { toAuditEventContent } from '../audit/audit-event.ts';
import type { TAuditDetails } from '../audit/audit-event.ts';
import { runRetention, type TRetentionEngineDeps } from './retention-engine.ts';

type TRunRow = typeof retentionRuns.$inferSelect;

function presentRun(row: TRunRow): TRetentionRunView {
  return {
    id: row.id,
    dryRun: row.dryRun,
    trigger: row.trigger,
    status: row.status,
    asOf: row.asOf.toISOString(),
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    counts: row.counts.map((c) => ({ rule: c.rule, category: c.category, effect: c.effect, records: c.records, accounts: c.accounts })),
  };
}

/** Ids and counts only: one line per rule and category that touched anything. */
function auditDetails(runId: string, dryRun: boolean, counts: readonly TRetentionRuleCount[]): TAuditDetails {
  const touched = counts.filter((c) => c.records > 0 || c.accounts > 0);
  return {
    runId,
    dryRun,
    records: counts.reduce((n, c) => n + c.records, 0),
    accounts: counts.reduce((n, c) => n + c.accounts, 0),
    // One scalar per line (the request audit recorder takes no arrays): `rule/category/effect=records/accounts`.
    ...Object.fromEntries(touched.slice(0, 100).map((c, i) => [`line${i + 1}`, `${c.rule}/${c.category}/${c.effect}=${c.records}/${c.accounts}`])),
  };
}

/**
 * Runs of the retention engine, kept (`retention_runs`) and audited with their counts: by the
 * schedule (the system acts) or by a privacy officer (dry runs too, so what was looked at is on record).
 */
export function createRetentionService(deps: TRetentionEngineDeps & { audit: TAuditRecorder; cron: string }) {
  const { db, clock, inventory } = deps;

  async function audit(
    tx: DbOrTx,
    ctx: TRequestContext | null,
    runId: string,
    action: 'retention.run.failed' | 'retention.run.dry-run' | 'retention.run.completed',
    outcome: 'success' | 'failure',
    details: TAuditDetails,
  ) {
    // The union of the three actions does not narrow `details`; each call passes the shape its action declares.
    if (ctx) return deps.audit(tx, ctx, { action, outcome, targetType: 'retention-run', targetId: runId, details } as TAuditEventInput);
    await appendAuditEvent(tx, toAuditEventContent({ action, outcome, actorKind: 'system', targetType: 'retention-run', targetId: runId, details }, () => clock.now()));
  }

  return {
    async run(input: { dryRun: boolean; ctx: TRequestContext | null }): Promise<TRetentionRunView> {
      const [row] = await db
        .insert(retentionRuns)
        .values({ dryRun: input.dryRun, trigger: input.ctx ? 'staff' : 'schedule', startedBy: input.ctx?.actor?.id ?? null, status: 'running', asOf: clock.now(), startedAt: clock.now() })
        .returning();
      if (!row) throw new Error('retention run not recorded');
      let result: Awaited<ReturnType<typeof runRetention>>;
      try {
        result = await runRetention(deps, input.dryRun);
      } catch (error) {
        await withTransaction(db, async (tx) => {
          await tx.update(retentionRuns).set({ status: 'failed', finishedAt: clock.now() }).where(eq(retentionRuns.id, row.id));
          await audit(tx, input.ctx, row.id, 'retention.run.failed', 'failure', { runId: row.id, dryRun: input.dryRun });
        });
        throw error;
      }
      const finished = await withTransaction(db, async (tx) => {
        const [updated] = await tx
          .update(retentionRuns)
          .set({ status: 'completed', asOf: result.asOf, counts: result.counts, finishedAt: clock.now() })
          .where(eq(retentionRuns.id, row.id))
          .returning();
        await audit(tx, input.ctx, row.id, input.dryRun ? 'retention.run.dry-run' : 'retention.run.completed', 'success', auditDetails(row.id, input.dryRun, result.counts));
        return updated ?? row;
      });
      return presentRun(finished);
    },

    async runs(limit = 20): Promise<TRetentionRunView[]> {
      return (await db.select().from(retentionRuns).orderBy(desc(retentionRuns.startedAt)).limit(limit)).map(presentRun);
    },

    schedule(): z.infer<typeof ZRetentionScheduleResponseSchema> {
      const { profile } = inventory;
      const language = profile.locale.defaultLanguage;
      return {
        cron: deps.cron,
        minimumAge: profile.settings.minimumAge ?? null,
        rules: profile.retentionRules.map((rule) => ({
          id: rule.id,
          description: localize(rule.description, language),
          period: { amount: rule.period.amount, unit: rule.period.unit },
          from: rule.from,
          action: rule.action,
          basis: rule.basis,
          categories: profile.categories.filter((c) => c.fields.some((f) => f.retention === rule.id)).map((c) => c.id),
        })),
      };
    },
  };
}

export type TRetentionService = ReturnType<typeof createRetentionService>;
