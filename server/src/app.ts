import express, { type Express } from 'express';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { TConfig } from './config/env.ts';
import type { Db } from './db/client.ts';
import type { TAuditRecorder } from './http/audit-recorder.ts';
import { createRateLimiter } from './http/rate-limiter.ts';
import { RouteRegistry } from './http/route-registry.ts';
import { staticSpa } from './http/static-spa.ts';
import type { TClock } from './lib/clock.ts';
import type { Logger } from './lib/logger.ts';
import type { TServerSecret } from './lib/server-secret.ts';
import type { TSigningKeys } from './lib/tokens/signing-keys.ts';
import type { TTokenService } from './lib/tokens/token-service.ts';
import { apiNotFound, errorHandler } from './middleware/error-handler.ts';
import { requestContext } from './middleware/request-context.ts';
import { requestLogger } from './middleware/request-logger.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { createAuditHttpModule } from './modules/audit/audit-http.module.ts';
import { createAuthModule } from './modules/auth/auth.module.ts';
import type { TAuthEmailSender } from './modules/auth/email-flows.service.ts';
import type { TPasswordHasher } from './modules/auth/password-hasher.ts';
import type { TConsentConfig } from './modules/consent/consent.config.ts';
import { createConsentModule } from './modules/consent/consent.module.ts';
import { createPrivacyNoticeModule, type TPrivacyNoticeModule } from './modules/privacy-notice/privacy-notice.module.ts';
import { createImpersonationModule } from './modules/impersonation/impersonation.module.ts';
import type { TMailDelivery, TMailSender } from './modules/mail/send-mail.ts';
import { createPersonalDataModule } from './modules/personal-data/personal-data.module.ts';
import { buildInventory } from './modules/personal-data/inventory.ts';
import { createExportsModule, type TExportsModule } from './modules/exports/exports.module.ts';
import type { TExportEmailSender } from './modules/exports/export-jobs.ts';
import type { TExportStorage } from './modules/exports/export-storage.ts';
import type { TJobQueue } from './jobs/job-queue.ts';
import { createStaffModule } from './modules/staff/staff.module.ts';
import { createErasureModule, type TErasureModule } from './modules/erasure/erasure.module.ts';
import type { TErasureCompletedSender } from './modules/erasure/erasure-saga-deps.ts';
import type { TErasureScheduledSender } from './modules/erasure/erasure.service.ts';
import { createRequestsModule, type TRequestsModule } from './modules/requests/requests.module.ts';
import { createRetentionModule, type TRetentionModule } from './modules/retention/retention.module.ts';
import { phoneCodeSender, type TSmsSender } from './modules/sms/sms-sender.ts';
import { registerSystemRoutes } from './modules/system/system.routes.ts';

export type TAppDeps = {
  config: Pick<TConfig, 'env' | 'trustProxy' | 'webDistDir' | 'publicOrigin'>;
  profile: TProfile;
  logger: Logger;
  db: Db;
  clock: TClock;
  secret: TServerSecret;
  audit: TAuditRecorder;
  hasher: TPasswordHasher;
  tokens: TTokenService;
  signingKeys: Pick<TSigningKeys, 'publicJwks'>;
  /** Defaults to the environment; tests pass their own. */
  consentConfig?: TConsentConfig;
  sendAuthEmail: TAuthEmailSender;
  /** The durable job queue; modules define their jobs on it, index.ts and worker.ts work them. */
  jobs: TJobQueue;
  exports: {
    /** The export-ready email (the job sends it when a package is built). */
    sendReadyEmail: TExportEmailSender;
    storage: TExportStorage;
    /** Local scratch space of builds (`<dataDir>/exports/.work`). */
    scratchDir: string;
    /** Records an export reads per page (default 500). */
    pageSize?: number;
    /** How long a build attempt may run before it counts as crashed (default 15 min). */
    attemptTimeoutSeconds?: number;
    retryDelaySeconds?: number;
  };
  /** Any other template (the customer's notice that staff opened their account). */
  sendMail: TMailSender;
  /** The same, awaited: for jobs that send one message per recipient and retry until it went out. */
  deliverMail: TMailDelivery;
  erasure: {
    sendScheduledEmail: TErasureScheduledSender;
    /** The last email with the certificate; awaited (the saga retries until it went out). */
    sendCompletedEmail: TErasureCompletedSender;
    /** Overrides the profile's grace period (ERASURE_GRACE_DAYS); default the profile's. */
    graceDays?: number;
    retryDelaySeconds?: number;
    attemptTimeoutSeconds?: number;
  };
  /** When the retention engine runs (cron, UTC; RETENTION_CRON); default 02:30 every day. */
  retentionCron?: string;
  /** Texts (codes for a new phone number); `unavailable` refuses phone changes. */
  sms: TSmsSender;
  isCommonPassword: (password: string) => boolean;
  pingDatabase: () => Promise<void>;
  version: string;
};

export type TApp = {
  app: Express;
  routes: RouteRegistry;
  auth: ReturnType<typeof createAuthModule>;
  consent: ReturnType<typeof createConsentModule>;
  /** Its jobs run wherever `deps.jobs` is worked (index.ts, worker.ts); tests drain them by hand. */
  exports: TExportsModule;
  erasure: TErasureModule;
  retention: TRetentionModule;
  requests: TRequestsModule;
  privacyNotice: TPrivacyNoticeModule;
};

/** Builds the BFF without listening, so tests run it in-process against a real database. */
export function createApp(deps: TAppDeps): TApp {
  const { db, clock } = deps;
  const rateLimiter = createRateLimiter({ db, clock, secret: deps.secret });
  const impersonation = createImpersonationModule({ db, clock, profile: deps.profile, audit: deps.audit, secret: deps.secret, sendMail: deps.sendMail });
  const auth = createAuthModule({
    db,
    clock,
    secret: deps.secret,
    audit: deps.audit,
    rateLimiter,
    hasher: deps.hasher,
    // `__Host-` cookies need Secure, which browsers refuse on plain http (local development only).
    secureCookies: deps.config.publicOrigin.startsWith('https://'),
    issuer: deps.profile.company.name,
    sendEmail: deps.sendAuthEmail,
    isCommonPassword: deps.isCommonPassword,
    resolveImpersonation: impersonation.resolve,
    onSignOut: impersonation.endOnSignOut,
  });

  const privacyNotice = createPrivacyNoticeModule({
    db,
    clock,
    profile: deps.profile,
    audit: deps.audit,
    queue: deps.jobs,
    deliverMail: deps.deliverMail,
    publicOrigin: deps.config.publicOrigin,
  });
  const routes = new RouteRegistry();
  registerSystemRoutes(routes, { ...deps, publicJwks: deps.signingKeys.publicJwks, notices: privacyNotice.notices });
  auth.registerRoutes(routes);
  const personalData = createPersonalDataModule({
    db,
    clock,
    profile: deps.profile,
    audit: deps.audit,
    logger: deps.logger,
    publicOrigin: deps.config.publicOrigin,
    contact: {
      secret: deps.secret,
      codes: auth.secondFactor,
      rateLimiter,
      senders: {
        email: ({ to, language, code, minutesValid }) =>
          deps.sendAuthEmail({ template: 'email-verification', to, language, params: { code, minutesValid } }),
        sms: phoneCodeSender(deps.sms, deps.profile.company.name),
      },
    },
  });
  personalData.registerRoutes(routes);
  const exports = createExportsModule({
    db,
    clock,
    inventory: buildInventory(deps.profile),
    registry: personalData.registry,
    audit: deps.audit,
    tokens: deps.tokens,
    secret: deps.secret,
    queue: deps.jobs,
    logger: deps.logger,
    publicOrigin: deps.config.publicOrigin,
    ...deps.exports,
  });
  exports.registerRoutes(routes);
  const erasure = createErasureModule({
    db,
    clock,
    inventory: buildInventory(deps.profile),
    registry: personalData.registry,
    personalData,
    tokens: deps.tokens,
    secret: deps.secret,
    queue: deps.jobs,
    audit: deps.audit,
    logger: deps.logger,
    publicOrigin: deps.config.publicOrigin,
    issuer: deps.config.publicOrigin,
    graceDays: deps.erasure.graceDays ?? deps.profile.settings.erasureGraceDays,
    sendScheduledEmail: deps.erasure.sendScheduledEmail,
    sendCompletedEmail: deps.erasure.sendCompletedEmail,
    removeExportFiles: async (ids) => {
      for (const id of ids) await exports.storage.removeExport(id);
    },
    signInEmailHash: auth.auth.emailHashOf,
    retry: { delaySeconds: deps.erasure.retryDelaySeconds, attemptTimeoutSeconds: deps.erasure.attemptTimeoutSeconds },
  });
  erasure.registerRoutes(routes);
  const retention = createRetentionModule({
    db,
    clock,
    inventory: buildInventory(deps.profile),
    queue: deps.jobs,
    audit: deps.audit,
    graceDays: deps.erasure.graceDays ?? deps.profile.settings.erasureGraceDays,
    cron: deps.retentionCron ?? '30 2 * * *',
  });
  retention.registerRoutes(routes);
  privacyNotice.registerRoutes(routes);
  const consent = createConsentModule({
    db,
    notices: privacyNotice.notices,
    queue: deps.jobs,
    connectors: personalData.registry,
    clock,
    profile: deps.profile,
    audit: deps.audit,
    secret: deps.secret,
    tokens: deps.tokens,
    config: { publicOrigin: deps.config.publicOrigin },
    ...(deps.consentConfig ? { consentConfig: deps.consentConfig } : {}),
  });
  consent.registerRoutes(routes);
  impersonation.registerRoutes(routes, { cookie: auth.cookie, stateForToken: auth.http.stateForToken });
  createStaffModule({
    db,
    clock,
    profile: deps.profile,
    audit: deps.audit,
    secret: deps.secret,
    sessions: auth.sessions,
    impersonation: impersonation.impersonation,
    sendPasswordSetup: (ctx, email) => auth.http.services.emailFlows.requestPasswordReset(ctx, email),
  }).registerRoutes(routes);
  createAuditHttpModule({ db, clock, profile: deps.profile, audit: deps.audit, tokens: deps.tokens, secret: deps.secret }).registerRoutes(routes);
  const requests = createRequestsModule({
    db,
    clock,
    profile: deps.profile,
    audit: deps.audit,
    secret: deps.secret,
    tokens: deps.tokens,
    rateLimiter,
    queue: deps.jobs,
    sendMail: deps.sendMail,
    sendCode: (to, language, code, minutesValid) => deps.sendAuthEmail({ template: 'email-verification', to, language, params: { code, minutesValid } }),
    publicOrigin: deps.config.publicOrigin,
  });
  requests.registerRoutes(routes);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy);
  app.use(requestContext());
  app.use(requestLogger(deps.logger));
  app.use(securityHeaders({ production: deps.config.env === 'production' }));

  // API responses carry personal data: never cached; the SPA's hashed assets below are.
  app.use('/api', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use('/api', auth.middleware);
  app.use(
    routes.toRouter({
      clock,
      allowedOrigins: new Set([new URL(deps.config.publicOrigin).origin]),
      onImpersonatedRequest: impersonation.onImpersonatedRequest,
    }),
  );
  app.use('/api', apiNotFound());
  app.use(staticSpa(deps.config.webDistDir));
  // Whatever is left (a POST to a page address, a route whose parameter is empty) gets the envelope too.
  app.use(apiNotFound());
  app.use(errorHandler(deps.logger));
  return { app, routes, auth, consent, exports, erasure, retention, requests, privacyNotice };
}
