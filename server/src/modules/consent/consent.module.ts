import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TTokenService } from '../../lib/tokens/token-service.ts';
import type { TNoticeSource } from '../privacy-notice/privacy-notice.service.ts';
import type { TJobQueue } from '../../jobs/job-queue.ts';
import type { TConnectorRegistry } from '../connectors/connector-registry.ts';
import { createConsentDownstream } from './consent-downstream.ts';
import { loadConsentConfig, type TConsentConfig } from './consent.config.ts';
import { registerCookiePreferencesRoutes } from './cookie-preferences.routes.ts';
import { createCookiePreferencesService } from './cookie-preferences.service.ts';
import { registerConsentRoutes } from './consent.routes.ts';
import { createConsentService } from './consent.service.ts';
import { createConsentRecordsService } from './consent-records.service.ts';
import { registerSmsWebhookRoutes } from './sms-webhook.routes.ts';
import { createSmsStopService } from './sms-stop.service.ts';
import { registerUnsubscribeRoutes } from './unsubscribe.routes.ts';
import { createUnsubscribeService } from './unsubscribe.service.ts';

export type TConsentModuleDeps = {
  db: Db;
  /** The privacy notice version in force (privacy-notice module): shown, checked and recorded. */
  notices: TNoticeSource;
  /** Where consent changes go downstream: the job queue and the systems' connectors. */
  queue?: TJobQueue;
  connectors?: TConnectorRegistry;
  clock: TClock;
  profile: TProfile;
  audit: TAuditRecorder;
  secret: TServerSecret;
  tokens: TTokenService;
  config: { publicOrigin: string };
  /** Defaults to the environment (SMS_WEBHOOK_SECRET); tests pass their own. */
  consentConfig?: TConsentConfig;
};

/** Wires the consent area: preferences, ledger, receipts, one-click unsubscribe, SMS STOP, GPC. */
export function createConsentModule(deps: TConsentModuleDeps) {
  const { db, clock, profile, audit, secret, tokens, notices } = deps;
  const config = deps.consentConfig ?? loadConsentConfig();
  const downstream =
    deps.queue && deps.connectors
      ? createConsentDownstream({ db, clock, profile, queue: deps.queue, connectors: deps.connectors })
      : undefined;
  const consent = createConsentService({ db, clock, profile, audit, secret, notices, downstream });
  const records = createConsentRecordsService({ db, clock, profile, audit, tokens, notices });
  const unsubscribe = createUnsubscribeService({
    db,
    clock,
    profile,
    audit,
    secret,
    tokens,
    notices,
    downstream,
    publicOrigin: deps.config.publicOrigin,
  });
  const cookies = createCookiePreferencesService({ db, clock, profile, audit, secret, notices, downstream });
  const smsStop = createSmsStopService({ db, clock, profile, audit, secret, notices, downstream });
  return {
    consent,
    records,
    unsubscribe,
    smsStop,
    cookies,
    downstream,
    /** For code that sends marketing mail: the List-Unsubscribe URL of a customer and purpose. */
    unsubscribeUrl: unsubscribe.unsubscribeUrl,
    registerRoutes(routes: RouteRegistry) {
      registerConsentRoutes(routes, { consent, records, profile });
      registerCookiePreferencesRoutes(routes, cookies);
      registerUnsubscribeRoutes(routes, unsubscribe);
      registerSmsWebhookRoutes(routes, { smsStop, secret: config.smsWebhookSecret, clock });
    },
  };
}

export type TConsentModule = ReturnType<typeof createConsentModule>;
