import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import { throttleKeyOf } from '../auth/sign-in-throttle.ts';
import { createSessionService } from '../auth/session/session.service.ts';
import type { TMailSender } from '../mail/send-mail.ts';
import { auditImpersonatedRequests } from './impersonated-request-audit.ts';
import { registerImpersonationRoutes, type TImpersonationHttp } from './impersonation.routes.ts';
import { createImpersonationService } from './impersonation.service.ts';
import { createSupportAccessService } from './support-access.service.ts';

/**
 * Wires impersonation and support access. Built before the auth module, which takes `resolve` (the
 * session's impersonation on every request) and `endOnSignOut` from it.
 */
export function createImpersonationModule(deps: {
  db: Db;
  clock: TClock;
  profile: TProfile;
  audit: TAuditRecorder;
  secret: TServerSecret;
  sendMail: TMailSender;
}) {
  const { db, clock, profile, audit, secret } = deps;
  const impersonation = createImpersonationService({
    db,
    clock,
    profile,
    audit,
    secret,
    sessions: createSessionService({ db, clock }),
    sendMail: deps.sendMail,
    emailHashOf: (email) => throttleKeyOf(secret, email),
  });
  const supportAccess = createSupportAccessService({ db, clock, profile, audit, impersonation });
  return {
    impersonation,
    supportAccess,
    resolve: impersonation.resolve,
    endOnSignOut: impersonation.endOnSignOut,
    onImpersonatedRequest: auditImpersonatedRequests(db, audit),
    registerRoutes: (routes: RouteRegistry, http: TImpersonationHttp) =>
      registerImpersonationRoutes(routes, { impersonation, supportAccess }, http),
  };
}

export type TImpersonationModule = ReturnType<typeof createImpersonationModule>;
