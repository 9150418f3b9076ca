import { randomUUID } from 'node:crypto';
import { addRetentionPeriod } from '@portal/shared/inventory/retention';
import { startOfLocalDay, toLocalDate } from '@portal/shared/deadlines/time-zone';
import type { TRetentionRuleCount } from '@portal/shared/schemas/retention.schema';
import { withTransaction, type Db, type Tx } from '../../db/client.ts';
import type { TJobQueue } from '../../jobs/job-queue.ts';
import type { TClock } from '../../lib/clock.ts';
import { insertErasureRequest } from '../erasure/erasure-requests.repository.ts';
import { ERASURE_START_JOB } from '../erasure/erasure-saga-deps.ts';
import { queueUnderAgeErasure } from '../erasure/under-age.ts';
import type { TInventory } from '../personal-data/inventory.ts';
import { retentionPlan, type TRetentionApplication } from './retention-plan.ts';
import { applyRecordsRule, archiveAccounts, expiredAccounts, purgeExpiredHolds, purgeLedger, removeEmptyShells, underAgeAccounts } from './retention.repository.ts';

export type TRetentionEngineDeps = { db: Db; clock: TClock; inventory: TInventory; queue: Pick<TJobQueue, 'send' | 'wake'>; graceDays: number };

/** The day before which a record-date period of `period` has ended for an entry made before it. */
function ledgerCutoff(today: string, period: TInventory['profile']['retentionRules'][number]['period'], timeZone: string): Date {
  // kept until = local day + period; purged when that is before today, i.e. local day < today - period.
  const negative = { ...period, amount: -period.amount };
  return startOfLocalDay(addRetentionPeriod(today, negative), timeZone);
}

/** Queues the whole account's erasure through the saga, as the customer's own request would be (no grace: nobody asked). */
async function queueAccountErasure(tx: Tx, deps: TRetentionEngineDeps, customerId: string, language: string, at: Date): Promise<void> {
  const request = await insertErasureRequest(tx, {
    customerId,
    scope: 'account',
    categories: deps.inventory.categories.map((c) => c.id),
    reason: 'retention',
    requestId: randomUUID(),
    language,
    graceDays: 0,
    scheduledFor: at,
    createdAt: at,
  });
  await deps.queue.send(ERASURE_START_JOB, { requestId: request.id, notBefore: at.toISOString() }, { tx });
}

/**
 * Applies (or, in a dry run, counts) one application of the schedule in its own transaction and
 * says what it touched, per category.
 */
async function apply(deps: TRetentionEngineDeps, application: TRetentionApplication, today: string, at: Date, dryRun: boolean): Promise<TRetentionRuleCount[]> {
  const { timeZone } = deps.inventory.profile.locale;
  return withTransaction(deps.db, async (tx) => {
    switch (application.kind) {
      case 'records': {
        const counts = await applyRecordsRule(tx, { ...application, today, timeZone, at, dryRun });
        return [{ rule: application.rule, category: application.category.id, effect: application.effect, ...counts }];
      }
      case 'account': {
        const ids = await expiredAccounts(tx, { rules: application.rules, today, timeZone });
        if (!dryRun && application.effect === 'archive') await archiveAccounts(tx, ids, at);
        if (!dryRun && application.effect === 'erase-account') {
          for (const id of ids) await queueAccountErasure(tx, deps, id, deps.inventory.profile.locale.defaultLanguage, at);
        }
        return [{ rule: application.rule, category: 'account', effect: application.effect, records: 0, accounts: ids.length }];
      }
      case 'ledger': {
        const counts = await purgeLedger(tx, { cutoff: ledgerCutoff(today, application.rule.period, timeZone), dryRun });
        return [{ rule: application.rule.id, category: application.category.id, effect: 'delete', ...counts }];
      }
      case 'legal-hold-expired': {
        const lines = (await purgeExpiredHolds(tx, { today, dryRun })).map((c) => ({ rule: 'legal-hold-expired', effect: 'delete' as const, ...c }));
        // Nothing expired still gets its line: the run shows the rule was applied.
        return lines.length > 0 ? lines : [{ rule: 'legal-hold-expired', category: 'all', effect: 'delete', records: 0, accounts: 0 }];
      }
      case 'minimum-age': {
        const ids = await underAgeAccounts(tx, { years: application.years, today });
        if (!dryRun) {
          for (const id of ids) await queueUnderAgeErasure(tx, deps, { customerId: id, requestId: randomUUID(), at });
        }
        return [{ rule: 'minimum-age', category: 'account', effect: 'erase-account', records: 0, accounts: ids.length }];
      }
      case 'erased-account-shell': {
        const removed = await removeEmptyShells(tx, dryRun);
        return [{ rule: 'erased-account-shell', category: 'account', effect: 'delete', records: removed, accounts: removed }];
      }
    }
  });
}

/**
 * The retention engine: applies the profile's schedule as of now (the operator's local day).
 * A dry run counts what each rule would archive, anonymise or purge and changes nothing.
 */
export async function runRetention(deps: TRetentionEngineDeps, dryRun: boolean): Promise<{ asOf: Date; counts: TRetentionRuleCount[] }> {
  const asOf = deps.clock.now();
  const today = toLocalDate(asOf, deps.inventory.profile.locale.timeZone);
  const counts: TRetentionRuleCount[] = [];
  for (const application of retentionPlan(deps.inventory.profile)) counts.push(...(await apply(deps, application, today, asOf, dryRun)));
  if (!dryRun) deps.queue.wake(ERASURE_START_JOB);
  return { asOf, counts };
}
