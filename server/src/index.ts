import type { Server } from 'node:http';
import { join } from 'node:path';
import { loadProfile } from '@portal/shared/profiles/registry';
import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './config/env.ts';
import { createDatabase } from './db/client.ts';
import { resolveDatabase } from './db/database-url.ts';
import { runMigrations } from './db/migrate.ts';
import { seedDemoData } from './db/seed/seed-demo-data.ts';
import { systemClock } from './lib/clock.ts';
import { createLogger } from './lib/logger.ts';
import { loadServerSecret } from './lib/server-secret.ts';
import { loadSigningKeys } from './lib/tokens/signing-keys.ts';
import { createTokenService } from './lib/tokens/token-service.ts';
import { createAuditRecorder } from './modules/audit/audit-recorder.ts';
import { createAuditService } from './modules/audit/audit.service.ts';
import { isCommonPassword } from './modules/auth/common-passwords/common-passwords.ts';
import type { TAuthEmail } from './modules/auth/email-flows.service.ts';
import { createPasswordHasher } from './modules/auth/password-hasher.ts';
import { createMailer, type TMailer } from './modules/mail/create-mailer.ts';
import type { TLanguage } from './modules/mail/mail-types.ts';
import { createSmsSender } from './modules/sms/sms-sender.ts';
import { readServerVersion } from './lib/version.ts';

/** Prints a start-up failure people can act on, without a stack trace for problems they caused. */
function failStart(error: unknown): never {
  if (error instanceof ConfigError) {
    console.error(`Custodia cannot start. ${error.message}`);
  } else if (error instanceof Error && error.name === 'ProfileError') {
    console.error(`Custodia cannot start: the operator profile is not valid.\n${error.message}`);
  } else {
    console.error('Custodia cannot start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
}

async function main(): Promise<void> {
  let config;
  let profile;
  try {
    config = loadConfig();
    profile = loadProfile(config.profileId);
  } catch (error) {
    failStart(error);
  }
  const logger = createLogger(config.logLevel);
  logger.info({ profile: profile.id, embedded: !config.databaseUrl }, 'starting');

  const database = await resolveDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    profileId: profile.id,
    log: (message: string) => logger.info(message),
  });
  const { db, pool, close } = createDatabase(database.connectionString, {
    onError: (error: Error) => logger.error({ err: error }, 'database pool error'),
  });

  // Set once listening; the signal handlers exist before that, during migrations.
  const running: { server?: Server; mailer?: TMailer; stopCheckpoints?: () => void } = {};
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'stopping');
    const { server } = running;
    if (server) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Requests in flight get five seconds to finish.
      setTimeout(() => server.closeAllConnections(), 5_000).unref();
      await closed;
    }
    running.stopCheckpoints?.();
    await running.mailer?.close().catch((error: unknown) => logger.error({ err: error }, 'closing the mailer failed'));
    await close().catch((error: unknown) => logger.error({ err: error }, 'closing the pool failed'));
    await database.stop().catch((error: unknown) => logger.error({ err: error }, 'stopping the database failed'));
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    await runMigrations(db);
    if (config.seedDemoData) {
      const result = await seedDemoData(db, profile, { now: new Date() });
      logger.info({ profile: profile.id, seeded: result.seeded }, 'demo data ready');
    }
  } catch (error) {
    await close().catch(() => undefined);
    await database.stop().catch(() => undefined);
    failStart(error);
  }

  const clock = systemClock;
  const secret = loadServerSecret({ dataDir: config.dataDir, base64: config.serverSecret });
  const signingKeys = await loadSigningKeys({ dataDir: config.dataDir, privateJwk: config.signingKeyJwk });
  const tokens = createTokenService({ keys: signingKeys, issuer: config.publicOrigin, clock });
  const mailer = await createMailer(
    { smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir: join(config.dataDir, 'outbox') },
    logger,
  );
  running.mailer = mailer;
  if (mailer.mode === 'dev-outbox') logger.info({ outbox: join(config.dataDir, 'outbox') }, 'no SMTP_URL: mail is kept in the outbox');
  const operator = { companyName: profile.company.name, privacyEmail: profile.company.privacyEmail };
  const languages: readonly string[] = profile.locale.languages;
  const sendAuthEmail = (email: TAuthEmail) => {
    const language = (languages.includes(email.language) ? email.language : profile.locale.defaultLanguage) as TLanguage;
    mailer
      .send(email.template, { to: email.to, language, operator, params: email.params, timeZone: profile.locale.timeZone })
      .catch((error: unknown) => logger.error({ err: error, template: email.template }, 'auth email not sent'));
  };
  const auditService = createAuditService({ db, tokens, now: () => clock.now() });
  running.stopCheckpoints = auditService.startCheckpointSchedule({
    onError: (error) => logger.error({ err: error }, 'audit checkpoint failed'),
  });

  const { app } = createApp({
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
    sendAuthEmail,
    // No SMS provider is integrated: texts stay in a local outbox outside production.
    sms: createSmsSender({ outboxDir: config.env === 'production' ? null : join(config.dataDir, 'sms-outbox') }),
    isCommonPassword,
    pingDatabase: async () => {
      await pool.query('select 1');
    },
    version: readServerVersion(),
  });
  const server = app.listen(config.port, config.host, () => {
    logger.info({ url: `http://localhost:${config.port}`, host: config.host }, 'listening');
  });
  running.server = server;
  server.on('error', (error) => {
    logger.error({ err: error }, 'cannot listen');
    void stop('listen-error');
  });
}

void main();
