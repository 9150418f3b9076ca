import { join } from 'node:path';
import { loadProfile } from '@portal/shared/profiles/registry';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import { createApp, type TApp } from './app.ts';
import { ConfigError, loadConfig, type TConfig } from './config/env.ts';
import { APP_DB_ROLE, createDatabase } from './db/client.ts';
import { resolveDatabase } from './db/database-url.ts';
import { assertApplicationLogin } from './db/application-login.ts';
import { runMigrations } from './db/migrate.ts';
import { seedDemoData } from './db/seed/seed-demo-data.ts';
import { createJobQueue, type TJobQueue } from './jobs/job-queue.ts';
import { systemClock } from './lib/clock.ts';
import { createLogger, type Logger } from './lib/logger.ts';
import { loadServerSecret } from './lib/server-secret.ts';
import { loadSigningKeys } from './lib/tokens/signing-keys.ts';
import { createTokenService } from './lib/tokens/token-service.ts';
import { readServerVersion } from './lib/version.ts';
import { createAuditRecorder } from './modules/audit/audit-recorder.ts';
import { createAuditService } from './modules/audit/audit.service.ts';
import { isCommonPassword } from './modules/auth/common-passwords/common-passwords.ts';
import { createPasswordHasher } from './modules/auth/password-hasher.ts';
import { createExportStorage } from './modules/exports/create-export-storage.ts';
import { exportScratchDirOf } from './modules/exports/exports.module.ts';
import { createMailer, type TMailer } from './modules/mail/create-mailer.ts';
import { createMailDelivery, createMailSender } from './modules/mail/send-mail.ts';
import type { TLanguage } from './modules/mail/mail-types.ts';
import { createSmsSender } from './modules/sms/sms-sender.ts';

/** Prints a start-up failure people can act on, without a stack trace for problems they caused. */
export function failStart(error: unknown): never {
  if (error instanceof ConfigError) {
    console.error(`Custodia cannot start. ${error.message}`);
  } else if (error instanceof Error && error.name === 'ProfileError') {
    console.error(`Custodia cannot start: the operator profile is not valid.\n${error.message}`);
  } else {
    console.error('Custodia cannot start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
}

export type TRuntime = {
  config: TConfig;
  profile: TProfile;
  logger: Logger;
  app: TApp;
  jobs: TJobQueue;
  /** Runs `fn` first when stopping (the server closes its HTTP listener before the rest goes). */
  beforeStop: (fn: () => Promise<void>) => void;
  /** Stops everything started, in reverse order; idempotent. Signals call it too. */
  stop: () => Promise<void>;
};

/**
 * Everything a server (`index.ts`) and a worker (`worker.ts`) share: config, database (embedded or
 * DATABASE_URL), migrations, keys, mail, the job queue and the app with its modules, so a worker runs
 * exactly the job code the server would. Signals stop it cleanly, also during migrations.
 */
export async function bootstrap(role: 'server' | 'worker'): Promise<TRuntime> {
  let config: TConfig;
  let profile: TProfile;
  try {
    config = loadConfig();
    profile = loadProfile(config.profileId);
  } catch (error) {
    failStart(error);
  }
  const logger = createLogger(config.logLevel).child({ role });
  logger.info({ profile: profile.id, embedded: !config.databaseUrl }, 'starting');
  if (config.erasureGraceDays !== undefined) {
    logger.warn({ graceDays: config.erasureGraceDays, profileGraceDays: profile.settings.erasureGraceDays }, "ERASURE_GRACE_DAYS overrides the profile's erasure grace period");
  }

  const database = await resolveDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    profileId: profile.id,
    log: (message: string) => logger.info(message),
  });
  // Migrations and the demo data run as the connecting user (the tables' owner); everything after as
  // the application's role, which cannot change or remove audit rows (docs/decisions/0003).
  // The job queue keeps the owner's connections: pg-boss creates a table per queue when a queue is
  // first defined. Jobs sent inside a request's transaction still run as the application's role.
  const owner = createDatabase(database.connectionString, { max: 4, applicationName: `custodia-${role}-owner` });
  const { db, pool, close } = createDatabase(config.appDatabaseUrl ?? database.connectionString, {
    role: APP_DB_ROLE,
    applicationName: `custodia-${role}`,
    onError: (error: Error) => logger.error({ err: error }, 'database pool error'),
  });

  const running: { beforeStop?: () => Promise<void>; mailer?: TMailer; jobs?: TJobQueue; stopCheckpoints?: () => void } = {};
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await running.beforeStop?.().catch((error: unknown) => logger.error({ err: error }, 'stopping failed'));
      await running.jobs?.stop().catch((error: unknown) => logger.error({ err: error }, 'stopping the job queue failed'));
      running.stopCheckpoints?.();
      await running.mailer?.close().catch((error: unknown) => logger.error({ err: error }, 'closing the mailer failed'));
      await close().catch((error: unknown) => logger.error({ err: error }, 'closing the pool failed'));
      await owner.close().catch((error: unknown) => logger.error({ err: error }, 'closing the owner pool failed'));
      await database.stop().catch((error: unknown) => logger.error({ err: error }, 'stopping the database failed'));
      logger.info('stopped');
    })());
  const onSignal = (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    logger.info({ signal }, 'stopping');
    void stop().then(() => process.exit(0));
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));

  try {
    await runMigrations(owner.db);
    if (config.appDatabaseUrl) await assertApplicationLogin(pool);
    if (role === 'server' && config.seedDemoData) {
      const result = await seedDemoData(owner.db, profile, { now: new Date() });
      logger.info({ profile: profile.id, seeded: result.seeded }, 'demo data ready');
    }
  } catch (error) {
    await owner.close().catch(() => undefined);
    await close().catch(() => undefined);
    await database.stop().catch(() => undefined);
    failStart(error);
  }

  const clock = systemClock;
  const secret = loadServerSecret({ dataDir: config.dataDir, base64: config.serverSecret });
  const signingKeys = await loadSigningKeys({ dataDir: config.dataDir, privateJwk: config.signingKeyJwk });
  const tokens = createTokenService({ keys: signingKeys, issuer: config.publicOrigin, clock });
  const mailer = await createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir: join(config.dataDir, 'outbox') }, logger);
  running.mailer = mailer;
  if (mailer.mode === 'dev-outbox') logger.info({ outbox: join(config.dataDir, 'outbox') }, 'no SMTP_URL: mail is kept in the outbox');
  const operator = { companyName: profile.company.name, privacyEmail: profile.company.privacyEmail };
  const languages: readonly string[] = profile.locale.languages;
  const languageOf = (language: string) => (languages.includes(language) ? language : profile.locale.defaultLanguage) as TLanguage;
  const mailOptions = { operator, timeZone: profile.locale.timeZone };

  const jobs = createJobQueue({
    pool: owner.pool,
    logger,
    supervise: true,
    schedule: true,
    maintenanceIntervalSeconds: config.jobMaintenanceSeconds,
  });
  running.jobs = jobs;
  const auditService = createAuditService({ db, tokens, now: () => clock.now() });
  running.stopCheckpoints = auditService.startCheckpointSchedule({
    onError: (error) => logger.error({ err: error }, 'audit checkpoint failed'),
  });

  const app = createApp({
    config,
    profile,
    logger,
    db,
    clock,
    secret,
    tokens,
    signingKeys,
    audit: createAuditRecorder({ clock, secret }),
    hasher: createPasswordHasher(),
    sendAuthEmail: (email) => {
      mailer
        .send(email.template, { to: email.to, language: languageOf(email.language), params: email.params, ...mailOptions })
        .catch((error: unknown) => logger.error({ err: error, template: email.template }, 'auth email not sent'));
    },
    sendMail: createMailSender(mailer, profile, logger),
    deliverMail: createMailDelivery(mailer, profile),
    jobs,
    exports: {
      storage: createExportStorage(config),
      scratchDir: exportScratchDirOf(config.dataDir),
      pageSize: config.exportPageSize,
      attemptTimeoutSeconds: config.exportAttemptTimeoutSeconds,
      retryDelaySeconds: config.exportRetryDelaySeconds,
      sendReadyEmail: (email) => {
        const { to, language, ...params } = email;
        mailer
          .send('export-ready', { to, language: languageOf(language), params, ...mailOptions })
          .catch((error: unknown) => logger.error({ err: error, template: 'export-ready' }, 'export email not sent'));
      },
    },
    erasure: {
      ...(config.erasureGraceDays !== undefined ? { graceDays: config.erasureGraceDays } : {}),
      retryDelaySeconds: config.erasureRetryDelaySeconds,
      attemptTimeoutSeconds: config.erasureAttemptTimeoutSeconds,
      sendScheduledEmail: ({ to, language, ...params }) => {
        mailer
          .send('erasure-scheduled', { to, language: languageOf(language), params, ...mailOptions })
          .catch((error: unknown) => logger.error({ err: error, template: 'erasure-scheduled' }, 'erasure email not sent'));
      },
      sendCompletedEmail: async ({ to, language, ...params }) => {
        await mailer.send('erasure-completed', { to, language: languageOf(language), params, ...mailOptions });
      },
    },
    retentionCron: config.retentionCron,
    // No SMS provider is integrated: texts stay in a local outbox outside production.
    sms: createSmsSender({ outboxDir: config.env === 'production' ? null : join(config.dataDir, 'sms-outbox') }),
    isCommonPassword,
    pingDatabase: async () => {
      await pool.query('select 1');
    },
    version: readServerVersion(),
  });
  await jobs.start();
  return {
    config,
    profile,
    logger,
    app,
    jobs,
    beforeStop: (fn) => {
      running.beforeStop = fn;
    },
    stop,
  };
}
