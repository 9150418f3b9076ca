import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type TApp } from '../src/app.ts';
import type { Db } from '../src/db/client.ts';
import { rateLimitBuckets } from '../src/db/schema/auth.ts';
import { createFakeClock } from '../src/lib/clock.ts';
import { createLogger } from '../src/lib/logger.ts';
import { createServerSecret, type TServerSecret } from '../src/lib/server-secret.ts';
import { generateSigningKeys } from '../src/lib/tokens/signing-keys.ts';
import { createTokenService, type TTokenService } from '../src/lib/tokens/token-service.ts';
import type { TAuthEmail } from '../src/modules/auth/email-flows.service.ts';
import { createPasswordHasher, type TPasswordHasher } from '../src/modules/auth/password-hasher.ts';
import { createAuditRecorder } from '../src/modules/audit/audit-recorder.ts';
import { isCommonPassword } from '../src/modules/auth/common-passwords/common-passwords.ts';
import { loadProfile } from '@portal/shared/profiles/registry';
import type { TProfile, TProfileId } from '@portal/shared/profiles/profile.schema';
import { createSmsSender, readSmsOutbox, type TSmsMessage } from '../src/modules/sms/sms-sender.ts';
import { createJobQueue, type TJobQueue } from '../src/jobs/job-queue.ts';
import type { TExportReadyEmail } from '../src/modules/exports/export-jobs.ts';
import type { TErasureCompletedEmail } from '../src/modules/erasure/erasure-saga-deps.ts';
import type { TErasureScheduledEmail } from '../src/modules/erasure/erasure.service.ts';
import { createLocalExportStorage, type TExportStorage } from '../src/modules/exports/export-storage.ts';
import { createTestDatabase } from './setup/test-database.ts';

export type TTestApp = TApp & {
  baseUrl: string;
  /** The application's role (APP_DB_ROLE), as the server uses it. */
  db: Db;
  /** The tables' owner, for tests that must go around the application (tampering, setup). */
  ownerDb: Db;
  clock: ReturnType<typeof createFakeClock>;
  hasher: TPasswordHasher;
  tokens: TTokenService;
  /** The server secret (keyed hashes: throttle keys, audit IP and reason hashes). */
  secret: TServerSecret;
  /** Auth emails the app asked to send (the SMTP path itself is tested in the mail module). */
  sentEmails: TAuthEmail[];
  /** Export-ready emails the jobs asked to send. */
  sentExportEmails: TExportReadyEmail[];
  /** Erasure emails: scheduled (with how to cancel) and completed (with the certificate). */
  sentErasureEmails: { scheduled: TErasureScheduledEmail[]; completed: TErasureCompletedEmail[] };
  /** The real job queue (pg-boss) with no workers: tests run jobs with `jobs.drain(name)`. */
  jobs: TJobQueue;
  /** The database the app runs on (for child processes such as a worker). */
  connectionString: string;
  /** Where export files and build scratch space live. */
  exportsDir: string;
  /** Other mail the app sent (template, recipient, parameters). */
  sentMail: { template: string; to: string; language: string; params: unknown }[];
  /** How many awaited deliveries (deliverMail) still fail, as an SMTP server that refuses would. */
  deliveryFailures: { remaining: number };
  /** Texts the app sent, from its development outbox. */
  sentTexts: () => Promise<TSmsMessage[]>;
  /** fetch against the running test server; relative paths are resolved against it. */
  request: (path: string, init?: RequestInit) => Promise<Response>;
  /** For suites that sign in more often than the per-IP limits allow (every test comes from 127.0.0.1). */
  resetRateLimits: () => Promise<void>;
  close: () => Promise<void>;
};

/** The real app on a real port over a fresh, migrated PostgreSQL database, with a clock tests control. */
export async function startTestApp(
  options: {
    profile?: TProfileId;
    webDistDir?: string;
    smsWebhookSecret?: string | null;
    /** Overrides of the profile's settings (a profile that requires support grants, a shorter impersonation). */
    settings?: Partial<TProfile['settings']>;
    exportStorage?: TExportStorage;
    exportPageSize?: number;
    exportJobTimings?: { attemptTimeoutSeconds: number; retryDelaySeconds: number };
    /** Overrides the profile's erasure grace period, as ERASURE_GRACE_DAYS does. */
    erasureGraceDays?: number;
    erasureJobTimings?: { attemptTimeoutSeconds: number; retryDelaySeconds: number };
  } = {},
): Promise<TTestApp> {
  const database = await createTestDatabase();
  const clock = createFakeClock();
  const secret = createServerSecret(randomBytes(32));
  const hasher = createPasswordHasher();
  const sentEmails: TAuthEmail[] = [];
  const sentMail: TTestApp['sentMail'] = [];
  const deliveryFailures = { remaining: 0 };
  const smsOutboxDir = await mkdtemp(join(tmpdir(), 'custodia-sms-'));
  const signingKeys = await generateSigningKeys();
  const exportsDir = await mkdtemp(join(tmpdir(), 'custodia-exports-'));
  const sentExportEmails: TExportReadyEmail[] = [];
  // On the owner's pool, as bootstrap.ts does: pg-boss creates a table when a queue is first defined.
  const sentErasureEmails: TTestApp['sentErasureEmails'] = { scheduled: [], completed: [] };
  const jobs = createJobQueue({ pool: database.pool, logger: createLogger('silent') });
  const tokens = createTokenService({ keys: signingKeys, issuer: 'http://localhost:3000', clock });
  // The app runs as the application's role, as in production; fixtures and assertions share it.
  const appDb = database.app.db;
  const built = createApp({
    config: { env: 'test', trustProxy: false, webDistDir: options.webDistDir ?? '/nonexistent', publicOrigin: 'http://localhost:3000' },
    profile: withSettings(loadProfile(options.profile ?? 'cocomo'), options.settings),
    // TEST_LOG_LEVEL=debug shows what the app logs (a 500's cause) while debugging a test.
    logger: createLogger((process.env.TEST_LOG_LEVEL ?? 'silent') as Parameters<typeof createLogger>[0]),
    db: appDb,
    clock,
    secret,
    hasher,
    tokens,
    signingKeys,
    // Without the option the consent module reads SMS_WEBHOOK_SECRET, as in production.
    ...(options.smsWebhookSecret !== undefined ? { consentConfig: { smsWebhookSecret: options.smsWebhookSecret } } : {}),
    audit: createAuditRecorder({ clock, secret }),
    sendAuthEmail: (email) => sentEmails.push(email),
    jobs,
    exports: {
      storage: options.exportStorage ?? createLocalExportStorage(exportsDir),
      scratchDir: join(exportsDir, '.work'),
      sendReadyEmail: (email) => void sentExportEmails.push(email),
      ...(options.exportPageSize ? { pageSize: options.exportPageSize } : {}),
      // The job row takes these when queued: a worker process with other settings cannot change them.
      ...options.exportJobTimings,
    },
    sendMail: (template, message) => {
      sentMail.push({ template, ...message });
    },
    deliverMail: async (template, message) => {
      if (deliveryFailures.remaining > 0) {
        deliveryFailures.remaining -= 1;
        throw new Error('SMTP refused the message (a test failure)');
      }
      sentMail.push({ template, ...message });
    },
    erasure: {
      sendScheduledEmail: (email) => void sentErasureEmails.scheduled.push(email),
      sendCompletedEmail: async (email) => void sentErasureEmails.completed.push(email),
      ...(options.erasureGraceDays !== undefined ? { graceDays: options.erasureGraceDays } : {}),
      ...(options.erasureJobTimings ? { retryDelaySeconds: options.erasureJobTimings.retryDelaySeconds, attemptTimeoutSeconds: options.erasureJobTimings.attemptTimeoutSeconds } : {}),
    },
    sms: createSmsSender({ outboxDir: smsOutboxDir }),
    isCommonPassword,
    pingDatabase: async () => {
      await database.app.pool.query('select 1');
    },
    version: 'test',
  });
  const server = built.app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ...built,
    baseUrl,
    db: appDb,
    ownerDb: database.db,
    clock,
    hasher,
    tokens,
    secret,
    sentEmails,
    sentExportEmails,
    sentErasureEmails,
    jobs,
    connectionString: database.connectionString,
    exportsDir,
    sentMail,
    deliveryFailures,
    sentTexts: () => readSmsOutbox(smsOutboxDir),
    request: (path, init) => fetch(new URL(path, baseUrl), init),
    resetRateLimits: async () => {
      await appDb.delete(rateLimitBuckets);
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await jobs.stop(1_000);
      await database.close();
      await rm(exportsDir, { recursive: true, force: true });
      await rm(smsOutboxDir, { recursive: true, force: true });
    },
  };
}

function withSettings(profile: TProfile, settings: Partial<TProfile['settings']> | undefined): TProfile {
  return settings ? { ...profile, settings: { ...profile.settings, ...settings } } : profile;
}
