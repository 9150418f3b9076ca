import { join } from 'node:path';
import type { Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TJobQueue } from '../../jobs/job-queue.ts';
import type { TClock } from '../../lib/clock.ts';
import type { Logger } from '../../lib/logger.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TTokenService } from '../../lib/tokens/token-service.ts';
import type { TConnectorRegistry } from '../connectors/connector-registry.ts';
import type { TInventory } from '../personal-data/inventory.ts';
import { createExportJobs, type TExportEmailSender } from './export-jobs.ts';
import type { TExportStorage } from './export-storage.ts';
import { registerExportRoutes } from './exports.routes.ts';
import { createExportsService } from './exports.service.ts';

export type TExportsModuleDeps = {
  db: Db;
  clock: TClock;
  inventory: TInventory;
  registry: TConnectorRegistry;
  audit: TAuditRecorder;
  tokens: TTokenService;
  secret: TServerSecret;
  queue: TJobQueue;
  storage: TExportStorage;
  /** Local scratch space for builds; encrypted like the packages. */
  scratchDir: string;
  logger: Logger;
  publicOrigin: string;
  sendReadyEmail: TExportEmailSender;
  pageSize?: number;
  attemptTimeoutSeconds?: number;
  retryDelaySeconds?: number;
};

/** Wires "Download my data": the routes, and the build, dead-letter and purge jobs on the shared queue. */
export function createExportsModule(deps: TExportsModuleDeps) {
  const jobs = createExportJobs(deps);
  for (const definition of jobs.definitions) deps.queue.define(definition);
  const service = createExportsService({
    db: deps.db,
    clock: deps.clock,
    inventory: deps.inventory,
    tokens: deps.tokens,
    audit: deps.audit,
    storage: deps.storage,
    secret: deps.secret,
    queue: deps.queue,
  });
  return {
    service,
    jobs,
    storage: deps.storage,
    registerRoutes(routes: RouteRegistry) {
      registerExportRoutes(routes, { exports: service, profile: deps.inventory.profile, publicOrigin: deps.publicOrigin });
    },
  };
}

export type TExportsModule = ReturnType<typeof createExportsModule>;
export const exportsDirOf = (dataDir: string) => join(dataDir, 'exports');
export const exportScratchDirOf = (dataDir: string) => join(dataDir, 'exports', '.work');
