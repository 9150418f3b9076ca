import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TJobQueue } from '../../jobs/job-queue.ts';
import type { TRetentionEngineDeps } from './retention-engine.ts';
import { registerRetentionRoutes } from './retention.routes.ts';
import { createRetentionService } from './retention.service.ts';

export const RETENTION_RUN_JOB = 'retention.run';

/** Wires the retention engine: its routes and its scheduled job (cron, RETENTION_CRON) on the shared queue. */
export function createRetentionModule(deps: Omit<TRetentionEngineDeps, 'queue'> & { queue: TJobQueue; audit: TAuditRecorder; cron: string }) {
  const retention = createRetentionService(deps);
  deps.queue.define({
    name: RETENTION_RUN_JOB,
    // A run that dies halfway is simply run again: each rule only touches what has expired.
    queue: { retryLimit: 3, retryDelay: 600, retryBackoff: true, expireInSeconds: 3_600 },
    cron: deps.cron,
    handler: async () => void (await retention.run({ dryRun: false, ctx: null })),
  });
  return {
    retention,
    registerRoutes: (routes: RouteRegistry) => registerRetentionRoutes(routes, retention),
  };
}

export type TRetentionModule = ReturnType<typeof createRetentionModule>;
