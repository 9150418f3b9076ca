import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TJobQueue } from '../../jobs/job-queue.ts';
import type { TTokenService } from '../../lib/tokens/token-service.ts';
import type { TPersonalDataModule } from '../personal-data/personal-data.module.ts';
import { createErasureJobs } from './erasure-jobs.ts';
import type { TErasureSagaDeps } from './erasure-saga-deps.ts';
import { registerErasureStaffRoutes } from './erasure-staff.routes.ts';
import { createErasureStaffService } from './erasure-staff.service.ts';
import { settleErasureOperation } from './erasure-step.ts';
import { registerErasureRoutes } from './erasure.routes.ts';
import { createErasureService, type TErasureScheduledSender } from './erasure.service.ts';
import { createRestrictionService } from './restriction.service.ts';

export type TErasureModuleDeps = Omit<TErasureSagaDeps, 'queue' | 'tokens'> & {
  queue: TJobQueue;
  tokens: Pick<TTokenService, 'sign' | 'verify'>;
  audit: TAuditRecorder;
  personalData: Pick<TPersonalDataModule, 'onOperationSettled'>;
  /** Days between the request and the start (the profile's, or ERASURE_GRACE_DAYS). */
  graceDays: number;
  sendScheduledEmail: TErasureScheduledSender;
  /** The `iss` of certificates, shown when one is verified. */
  issuer: string;
};

/** Wires "Delete my data": routes, the saga's jobs on the shared queue, and the callback hook. */
export function createErasureModule(deps: TErasureModuleDeps) {
  for (const definition of createErasureJobs(deps)) deps.queue.define(definition);
  deps.personalData.onOperationSettled((tx, operation) => settleErasureOperation(deps, tx, operation));
  const erasure = createErasureService(deps);
  const restriction = createRestrictionService(deps);
  const staff = createErasureStaffService(deps);
  return {
    erasure,
    restriction,
    staff,
    registerRoutes(routes: RouteRegistry) {
      registerErasureRoutes(routes, { erasure, restriction, tokens: deps.tokens, issuer: deps.issuer });
      registerErasureStaffRoutes(routes, staff);
    },
  };
}

export type TErasureModule = ReturnType<typeof createErasureModule>;
