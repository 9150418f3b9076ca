import { sql } from 'drizzle-orm';
import type { TJobDefinition, TJobRun } from '../../jobs/job-queue.ts';
import { deadLetterErasureStep, finalizeErasure } from './erasure-finalize.ts';
import {
  ERASURE_FINALIZE_JOB,
  ERASURE_START_JOB,
  ERASURE_STEP_DEAD_JOB,
  ERASURE_STEP_JOB,
  type TErasureSagaDeps,
} from './erasure-saga-deps.ts';
import { startErasure, type TErasureStartJobData } from './erasure-start.ts';
import { runErasureStep, type TErasureStepJobData } from './erasure-step.ts';

export const ERASURE_SWEEP_JOB = 'erasure.sweep';

/**
 * Retries of one step: a minute, then doubling (pg-boss adds up to as much again as jitter), eleven
 * times: about 1.4 to 2.8 days in all before the dead letter (the issue: "up to ~3 days").
 */
export const STEP_RETRY_LIMIT = 11;

type TRequestJobData = { requestId: string };

/**
 * The safety net under the saga: a request whose start job was lost (its retries used up while the
 * database was away) or whose finalizer never ran is picked up again. Every job is idempotent, so
 * sending one too many does nothing.
 */
async function sweep(deps: TErasureSagaDeps): Promise<void> {
  const overdue = new Date(deps.clock.now().getTime() - 10 * 60_000).toISOString();
  const start = await deps.db.execute<{ id: string }>(sql`select id from erasure_requests where status = 'scheduled' and scheduled_for < ${overdue}::timestamptz limit 100`);
  for (const { id } of start.rows) await deps.queue.send(ERASURE_START_JOB, { requestId: id });
  const finish = await deps.db.execute<{ id: string }>(sql`
    select r.id from erasure_requests r
    where (r.status in ('running', 'needs-attention') and not exists (select 1 from erasure_steps s where s.request_id = r.id and s.status <> 'done'))
       or (r.status = 'completed' and r.notified_at is null)
    limit 100`);
  for (const { id } of finish.rows) await deps.queue.send(ERASURE_FINALIZE_JOB, { requestId: id }, { singletonKey: id });
}

/** The saga's jobs on the shared queue (docs/decisions/0004-erasure-strategy.md). */
export function createErasureJobs(deps: TErasureSagaDeps): TJobDefinition[] {
  return [
    {
      name: ERASURE_STEP_DEAD_JOB,
      queue: { retryLimit: 5, retryDelay: 60, retryBackoff: true },
      handler: ({ job }: TJobRun<TErasureStepJobData>) => deadLetterErasureStep(deps, job.data.stepId),
    },
    {
      name: ERASURE_START_JOB,
      queue: { retryLimit: 8, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 },
      handler: async ({ job }: TJobRun<TErasureStartJobData>) => void (await startErasure(deps, job.data)),
    },
    {
      name: ERASURE_STEP_JOB,
      queue: {
        retryLimit: STEP_RETRY_LIMIT,
        retryDelay: deps.retry?.delaySeconds ?? 60,
        retryBackoff: true,
        // An attempt this old counts as crashed and runs again (an HTTP erase takes at most about a minute).
        expireInSeconds: deps.retry?.attemptTimeoutSeconds ?? 600,
        deadLetter: ERASURE_STEP_DEAD_JOB,
      },
      handler: (run: TJobRun<TErasureStepJobData>) => runErasureStep(deps, run),
    },
    {
      name: ERASURE_FINALIZE_JOB,
      queue: { retryLimit: 10, retryDelay: 60, retryBackoff: true, expireInSeconds: 300 },
      handler: ({ job }: TJobRun<TRequestJobData>) => finalizeErasure(deps, job.data.requestId),
    },
    { name: ERASURE_SWEEP_JOB, queue: { retryLimit: 2, retryDelay: 60 }, cron: '*/15 * * * *', handler: () => sweep(deps) },
  ] as TJobDefinition[];
}
