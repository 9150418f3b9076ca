import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { eq } from 'drizzle-orm';
import { LANGUAGES, type TLanguage } from '@portal/shared/domain/languages';
import { withTransaction, type Db } from '../../db/client.ts';
import { customers } from '../../db/schema/customers.ts';
import type { TJobDefinition, TJobRun } from '../../jobs/job-queue.ts';
import type { TClock } from '../../lib/clock.ts';
import type { Logger } from '../../lib/logger.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TTokenService } from '../../lib/tokens/token-service.ts';
import type { TConnectorRegistry } from '../connectors/connector-registry.ts';
import type { TInventory } from '../personal-data/inventory.ts';
import { auditExportSystemEvent } from './export-audit.ts';
import { buildExportArchive } from './build-export-archive.ts';
import { encryptStream, newExportKey, openExportKey } from './export-encryption.ts';
import { clearExportScratch, createExportScratch } from './export-scratch.ts';
import { exportObjectName, type TExportStorage } from './export-storage.ts';
import { claimExport, expiredExports, failExport, findExport, markExportPurged, markExportReady, recordProgress, requeueExport } from './exports.repository.ts';

export const EXPORT_BUILD_JOB = 'export.build';
export const EXPORT_DEAD_JOB = 'export.build.dead';
export const EXPORT_PURGE_JOB = 'export.purge';

/** The export-ready email: sent once the file is there; the link goes to the portal, never to the file. */
export type TExportReadyEmail = { to: string; language: string; portalUrl: string; expiresAt: Date };
export type TExportEmailSender = (email: TExportReadyEmail) => void;

export type TExportJobData = { exportId: string };

export type TExportJobsDeps = {
  db: Db;
  clock: TClock;
  inventory: TInventory;
  registry: TConnectorRegistry;
  tokens: Pick<TTokenService, 'signDetached'>;
  secret: TServerSecret;
  storage: TExportStorage;
  /** Local scratch space for builds (`<dataDir>/exports/.work`), encrypted like the packages. */
  scratchDir: string;
  publicOrigin: string;
  logger: Logger;
  sendReadyEmail: TExportEmailSender;
  /** Records read per database page: the most a build holds in memory per category. */
  pageSize?: number;
  /** How long one attempt may run before it counts as crashed and runs again (default 15 min). */
  attemptTimeoutSeconds?: number;
  /** The wait before the first retry (default 30 s; doubling, with jitter). */
  retryDelaySeconds?: number;
};

const DAY_MS = 86_400_000;
/** The `aad` of a package: the bytes of one export's file cannot pass for another's. */
export const packageAad = (exportId: string) => `${exportId}:package`;

/** This attempt no longer holds the export: a newer attempt took over, or the export was cancelled. */
class AttemptSuperseded extends Error {
  override readonly name = 'AttemptSuperseded';
}

/**
 * The jobs behind "Download my data": build (retried with backoff, then dead-lettered), the dead
 * letter that fails the export for good, and the purge of expired files. Each is idempotent: an
 * attempt may be cut off anywhere and run again, and a finished export is never built twice.
 */
export function createExportJobs(deps: TExportJobsDeps) {
  const { db, clock, storage, logger } = deps;
  const pageSize = deps.pageSize ?? 500;
  const linkDays = deps.inventory.profile.settings.exportLinkDays;

  async function build({ job, attempt }: TJobRun<TExportJobData>): Promise<void> {
    const exportId = job.data.exportId;
    // The fence: pg-boss job id and retry, unique per attempt; every write below is conditional on it.
    const fence = `${job.id}/${job.retryCount}`;
    const row = await claimExport(db, { id: exportId, fence, now: clock.now(), keySealed: newExportKey(deps.secret, exportId).sealed });
    if (!row?.keySealed) {
      logger.info({ exportId, jobId: job.id }, 'export already ended: nothing to build');
      return;
    }
    const [customer] = await db
      .select({ id: customers.id, customerNumber: customers.customerNumber, email: customers.email })
      .from(customers)
      .where(eq(customers.id, row.customerId));
    if (!customer) throw new Error('the customer of this export is gone');
    const key = openExportKey(deps.secret, exportId, row.keySealed);
    const language = (LANGUAGES as readonly string[]).includes(row.language) ? (row.language as TLanguage) : deps.inventory.profile.locale.defaultLanguage;
    const objectName = exportObjectName(exportId, row.attempts);
    logger.info({ exportId, attempt, jobId: job.id }, 'export build started');
    let writer: Awaited<ReturnType<TExportStorage['writer']>> | undefined;
    let scratch: Awaited<ReturnType<typeof createExportScratch>> | undefined;
    try {
      writer = await storage.writer(objectName);
      scratch = await createExportScratch(deps.scratchDir, exportId, key);
      const zipBytes = new PassThrough();
      const stored = pipeline(zipBytes, encryptStream(key, packageAad(exportId)), writer.stream);
      stored.catch(() => undefined);
      const result = await buildExportArchive({
        exportRow: row,
        subject: { customerId: customer.id, customerNumber: customer.customerNumber, email: customer.email },
        language,
        inventory: deps.inventory,
        registry: deps.registry,
        tokens: deps.tokens,
        publicOrigin: deps.publicOrigin,
        generatedAt: clock.now(),
        output: zipBytes,
        scratch,
        pageSize,
        onProgress: async (progress) => {
          if (!(await recordProgress(db, { id: exportId, fence, ...progress }))) throw new AttemptSuperseded();
        },
      });
      await stored;
      // Check before publishing too: an attempt that was taken over must not leave a second file.
      if (!(await recordProgress(db, { id: exportId, fence, categoriesDone: result.manifest.categories.length, recordsWritten: result.records }))) {
        throw new AttemptSuperseded();
      }
      await writer.commit();
      const completedAt = clock.now();
      const expiresAt = new Date(completedAt.getTime() + linkDays * DAY_MS);
      const ready = await withTransaction(db, async (tx) => {
        const updated = await markExportReady(tx, {
          id: exportId,
          fence,
          fileName: objectName,
          fileSize: result.size,
          fileSha256: result.sha256,
          categoriesDone: result.manifest.categories.length,
          recordsWritten: result.records,
          completedAt,
          expiresAt,
        });
        if (updated) await auditExportSystemEvent(tx, clock, updated, 'export.build.completed', 'success', { attempt, records: result.records, bytes: result.size });
        return updated;
      });
      if (!ready) throw new AttemptSuperseded();
      logger.info({ exportId, attempt, bytes: result.size, records: result.records }, 'export ready');
      deps.sendReadyEmail({ to: customer.email, language, portalUrl: new URL('/download', deps.publicOrigin).href, expiresAt });
    } catch (error) {
      await writer?.abort();
      if (error instanceof AttemptSuperseded) {
        logger.warn({ exportId, attempt }, 'export attempt superseded: another attempt or a cancellation holds it');
        return;
      }
      // pg-boss retries it (or dead-letters it after the last attempt); the customer sees it waiting.
      await requeueExport(db, { id: exportId, fence, failure: 'build-interrupted' });
      throw error;
    } finally {
      await scratch?.clear();
    }
  }

  /** Out of retries (failed or crashed every time): the export fails for good and its files go. */
  async function failForGood({ job }: TJobRun<TExportJobData>): Promise<void> {
    const exportId = job.data.exportId;
    await withTransaction(db, async (tx) => {
      const failed = await failExport(tx, { id: exportId, failure: 'build-failed', at: clock.now() });
      if (failed) await auditExportSystemEvent(tx, clock, failed, 'export.build.failed', 'failure', { reason: 'attempts-exhausted', attempts: failed.attempts });
    });
    await storage.removeExport(exportId);
    await clearExportScratch(deps.scratchDir, exportId);
  }

  /** Deletes files and keys past their expiry (product.md: 7 days) and marks their exports expired. */
  async function purgeExpired(): Promise<number> {
    let purged = 0;
    for (const row of await expiredExports(db, clock.now())) {
      await storage.removeExport(row.id);
      await clearExportScratch(deps.scratchDir, row.id);
      const done = await withTransaction(db, async (tx) => {
        const marked = await markExportPurged(tx, row.id, clock.now());
        if (marked) await auditExportSystemEvent(tx, clock, row, 'export.file.purged', 'success');
        return marked;
      });
      if (done) purged += 1;
    }
    // Files of exports that ended without one (failed, cancelled, erased) or of superseded attempts.
    for (const name of await storage.list()) {
      const row = await findExport(db, name.slice(0, 36));
      const active = row?.status === 'queued' || row?.status === 'running';
      if (!active && !(row?.status === 'ready' && row.fileName === name)) await storage.remove(name);
    }
    return purged;
  }

  const definitions: TJobDefinition[] = [
    { name: EXPORT_DEAD_JOB, queue: { retryLimit: 5, retryDelay: 60, retryBackoff: true }, handler: (run) => failForGood(run as TJobRun<TExportJobData>) },
    {
      name: EXPORT_BUILD_JOB,
      queue: {
        // Three attempts, 30 s then about 1 min apart (by default), then the dead letter.
        retryLimit: 2,
        retryDelay: deps.retryDelaySeconds ?? 30,
        retryBackoff: true,
        expireInSeconds: deps.attemptTimeoutSeconds ?? 900,
        deadLetter: EXPORT_DEAD_JOB,
      },
      handler: (run) => build(run as TJobRun<TExportJobData>),
    },
    { name: EXPORT_PURGE_JOB, queue: { retryLimit: 3, retryDelay: 300 }, cron: '*/15 * * * *', handler: async () => void (await purgeExpired()) },
  ];

  return { definitions, purgeExpired };
}

export type TExportJobs = ReturnType<typeof createExportJobs>;
