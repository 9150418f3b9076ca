import type { Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { TRateLimiter } from '../../http/rate-limiter.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import { createAuthHttp } from './auth.http.ts';
import { registerAuthRoutes } from './auth.routes.ts';
import { createAuthService, type TSignOutHook } from './auth.service.ts';
import { createEmailFlowsService, type TAuthEmailSender } from './email-flows.service.ts';
import type { TPasswordHasher } from './password-hasher.ts';
import { createSecondFactorService } from './second-factor.service.ts';
import { createSessionCookie } from './session/session-cookie.ts';
import { sessionContext, type TImpersonationResolver } from './session/session-context.middleware.ts';
import { createSessionService } from './session/session.service.ts';

/** Wires the auth area: services, the session middleware and the routes. */
export function createAuthModule(deps: {
  db: Db;
  clock: TClock;
  secret: TServerSecret;
  audit: TAuditRecorder;
  rateLimiter: TRateLimiter;
  hasher: TPasswordHasher;
  secureCookies: boolean;
  issuer: string;
  sendEmail: TAuthEmailSender;
  isCommonPassword: (password: string) => boolean;
  resolveImpersonation?: TImpersonationResolver;
  /** Runs in the sign-out transaction (impersonation ends with the staff session). */
  onSignOut?: TSignOutHook;
}) {
  const { db, clock, secret, audit, rateLimiter, hasher } = deps;
  const cookie = createSessionCookie({ secure: deps.secureCookies });
  const sessions = createSessionService({ db, clock });
  const secondFactor = createSecondFactorService({ db, clock, secret, issuer: deps.issuer });
  const auth = createAuthService({ db, clock, sessions, hasher, secret, rateLimiter, audit, secondFactor, isCommonPassword: deps.isCommonPassword, ...(deps.onSignOut ? { onSignOut: deps.onSignOut } : {}) });
  const emailFlows = createEmailFlowsService({ db, clock, secret, rateLimiter, audit, auth, sessions, secondFactor, hasher, sendEmail: deps.sendEmail });
  const http = createAuthHttp({
    db,
    clock,
    audit,
    cookie,
    services: { auth, emailFlows, secondFactor, sessions },
    ...(deps.resolveImpersonation ? { resolveImpersonation: deps.resolveImpersonation } : {}),
  });
  return {
    cookie,
    sessions,
    secondFactor,
    auth,
    http,
    middleware: sessionContext({ db, sessions, cookie, ...(deps.resolveImpersonation ? { resolveImpersonation: deps.resolveImpersonation } : {}) }),
    registerRoutes: (routes: RouteRegistry) => registerAuthRoutes(routes, http),
  };
}

export type TAuthModule = ReturnType<typeof createAuthModule>;
