import type { TLanguage } from '@portal/shared/domain/languages';
import type { TErasureScope } from '@portal/shared/schemas/erasure.schema';
import type { Db } from '../../db/client.ts';
import type { TJobQueue } from '../../jobs/job-queue.ts';
import type { TClock } from '../../lib/clock.ts';
import type { Logger } from '../../lib/logger.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TTokenService } from '../../lib/tokens/token-service.ts';
import type { TConnectorRegistry } from '../connectors/connector-registry.ts';
import type { TInventory } from '../personal-data/inventory.ts';

export const ERASURE_START_JOB = 'erasure.start';
export const ERASURE_STEP_JOB = 'erasure.step';
export const ERASURE_STEP_DEAD_JOB = 'erasure.step.dead';
export const ERASURE_FINALIZE_JOB = 'erasure.finalize';

/** The last email: the certificate, and where to verify it. Awaited: the saga retries until it went out. */
export type TErasureCompletedEmail = { to: string; language: TLanguage; scope: TErasureScope; reference: string; certificateUrl: string };
export type TErasureCompletedSender = (email: TErasureCompletedEmail) => Promise<void>;

/** Everything the saga's jobs need; tests build the same through the app. */
export type TErasureSagaDeps = {
  db: Db;
  clock: TClock;
  inventory: TInventory;
  registry: TConnectorRegistry;
  tokens: Pick<TTokenService, 'sign'>;
  secret: TServerSecret;
  queue: Pick<TJobQueue, 'send' | 'wake'>;
  logger: Logger;
  publicOrigin: string;
  sendCompletedEmail: TErasureCompletedSender;
  /** Deletes the files of exports the freeze shredded (their keys are already gone). */
  removeExportFiles: (exportIds: readonly string[]) => Promise<void>;
  /** The sign-in throttle's keyed hash of an address (auth owns how it is made). */
  signInEmailHash: (email: string) => string;
  retry?: { delaySeconds?: number; attemptTimeoutSeconds?: number };
};

/** `/erasure-certificate#<jws>`: the fragment never reaches a server log; the page verifies it. */
export const certificateUrlOf = (publicOrigin: string, certificate: string) => `${new URL('/erasure-certificate', publicOrigin).href}#${certificate}`;
