import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import { systemClock, type TClock } from '../../lib/clock.ts';
import type { Logger } from '../../lib/logger.ts';
import { createConnectorCallbacksService, type TOperationSettledHook } from '../connectors/connector-callbacks.service.ts';
import { createConnectorRegistry, type TConnectorRegistry } from '../connectors/connector-registry.ts';
import { registerConnectorRoutes } from '../connectors/connectors.routes.ts';
import type { TRetryPolicy } from '../connectors/http-transport.ts';
import type { TRateLimiter } from '../../http/rate-limiter.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TSecondFactorService } from '../auth/second-factor.service.ts';
import { createContactChangeService, type TContactCodeSenders } from './contact-change.service.ts';
import { createCorrectFieldService } from './correct-field.service.ts';
import { buildInventory } from './inventory.ts';
import { createMyDataService } from './my-data.service.ts';
import { registerPersonalDataRoutes } from './personal-data.routes.ts';
import { settlePropagations } from './personal-data.repository.ts';
import { createRectificationService } from './rectification.service.ts';

export type TPersonalDataModuleDeps = {
  db: Db;
  clock: TClock;
  profile: TProfile;
  audit: TAuditRecorder;
  logger: Logger;
  /** Callbacks from operator systems come back to this origin. */
  publicOrigin: string;
  /** Where http systems' URLs and secrets are read (the profile names the variables); default process.env. */
  env?: Record<string, string | undefined>;
  /** Signature timestamps follow real time whatever `clock` says (the other side checks them). */
  wallClock?: TClock;
  retryPolicies?: { read?: TRetryPolicy; write?: TRetryPolicy };
  /** Email and phone changes: codes to the new address. */
  contact: {
    secret: TServerSecret;
    codes: Pick<TSecondFactorService, 'issueEmailCode' | 'consumeEmailCode'>;
    senders: TContactCodeSenders;
    rateLimiter: TRateLimiter;
  };
};

/** Wires "My data": the connectors of the profile's systems, the access view, corrections, callbacks. */
export function createPersonalDataModule(deps: TPersonalDataModuleDeps) {
  const { db, clock, audit } = deps;
  const wallClock = deps.wallClock ?? systemClock;
  const inventory = buildInventory(deps.profile);
  const registry: TConnectorRegistry = createConnectorRegistry({
    profile: deps.profile,
    db,
    clock,
    wallClock,
    publicOrigin: deps.publicOrigin,
    ...(deps.env ? { env: deps.env } : {}),
    ...(deps.retryPolicies ? { policies: deps.retryPolicies } : {}),
  });
  for (const system of registry.systems) {
    if (system.kind === 'http' && system.status === 'not-configured') {
      deps.logger.warn({ system: system.id }, 'connector not configured: its categories show as unavailable');
    }
  }
  const contactChanges = createContactChangeService({ db, profile: deps.profile, inventory, audit, ...deps.contact });
  const services = {
    myData: createMyDataService({ db, clock, inventory, registry, audit }),
    contactChanges,
    corrections: createCorrectFieldService({ db, clock, inventory, registry, audit, contactChanges }),
    rectification: createRectificationService({ db, clock, inventory, registry, audit }),
  };
  // Other modules whose calls a callback can settle (erasure steps) listen here too.
  const settledHooks: TOperationSettledHook[] = [];
  const callbacks = createConnectorCallbacksService({
    db,
    clock,
    wallClock,
    audit,
    registry,
    onSettled: async (tx, operation) => {
      await settlePropagations(tx, operation.id, operation.status === 'done' ? 'done' : 'failed', clock.now());
      for (const hook of settledHooks) await hook(tx, operation);
    },
  });
  return {
    registry,
    ...services,
    /** Told in the callback's transaction when an accepted connector call settles. */
    onOperationSettled(hook: TOperationSettledHook) {
      settledHooks.push(hook);
    },
    registerRoutes(routes: RouteRegistry) {
      registerPersonalDataRoutes(routes, services);
      registerConnectorRoutes(routes, callbacks);
    },
  };
}

export type TPersonalDataModule = ReturnType<typeof createPersonalDataModule>;
