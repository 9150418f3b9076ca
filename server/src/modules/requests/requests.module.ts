import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { TRateLimiter } from '../../http/rate-limiter.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TJobQueue } from '../../jobs/job-queue.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TTokenService } from '../../lib/tokens/token-service.ts';
import type { TMailSender } from '../mail/send-mail.ts';
import { createPublicRequestsService } from './public-requests.service.ts';
import { registerPublicRequestRoutes } from './public-requests.routes.ts';
import { purgeDueDocuments } from './purge-documents.ts';
import { createRequestNotifier } from './request-notifier.ts';
import { registerRequestRoutes } from './requests.routes.ts';
import { createRequestsService } from './requests.service.ts';
import { registerStaffRequestRoutes } from './staff-requests.routes.ts';
import { createStaffRequestsService } from './staff-requests.service.ts';

export const PURGE_DOCUMENTS_JOB = 'requests.purge-documents';

/** Requests and deadlines (issue 9): My requests, the staff queue, requests without an account. */
export function createRequestsModule(deps: {
  db: Db;
  clock: TClock;
  profile: TProfile;
  audit: TAuditRecorder;
  secret: TServerSecret;
  tokens: Pick<TTokenService, 'sign' | 'verify'>;
  rateLimiter: TRateLimiter;
  queue: TJobQueue;
  sendMail: TMailSender;
  sendCode: (to: string, language: string, code: string, minutesValid: number) => void;
  publicOrigin: string;
}) {
  const notifier = createRequestNotifier(deps);
  const base = { db: deps.db, clock: deps.clock, profile: deps.profile, audit: deps.audit, notifier };
  const requests = createRequestsService(base);
  const staff = createStaffRequestsService({ ...base, secret: deps.secret });
  const publicRequests = createPublicRequestsService({ ...base, secret: deps.secret, tokens: deps.tokens, rateLimiter: deps.rateLimiter, sendCode: deps.sendCode });
  deps.queue.define({
    name: PURGE_DOCUMENTS_JOB,
    // Idempotent: it only wipes files whose date has passed and that are still there.
    queue: { retryLimit: 5, retryDelay: 300, retryBackoff: true, expireInSeconds: 600 },
    cron: '15 * * * *',
    handler: async () => void (await purgeDueDocuments(deps.db, deps.clock)),
  });
  return {
    requests,
    staff,
    publicRequests,
    purgeDueDocuments: () => purgeDueDocuments(deps.db, deps.clock),
    registerRoutes(routes: RouteRegistry) {
      registerRequestRoutes(routes, requests);
      registerStaffRequestRoutes(routes, staff, deps);
      registerPublicRequestRoutes(routes, publicRequests, deps);
    },
  };
}

export type TRequestsModule = ReturnType<typeof createRequestsModule>;
