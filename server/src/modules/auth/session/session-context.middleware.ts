import type { RequestHandler } from 'express';
import type { Db } from '../../../db/client.ts';
import type { TImpersonation, TRequestContext } from '../../../middleware/request-context.ts';
import { loadPrincipal, principalMaySignIn } from '../principal.repository.ts';
import type { TSessionCookie } from './session-cookie.ts';
import type { TLiveSession, TSessionService } from './session.service.ts';

/**
 * The impersonation a staff session carries, if it is still on; ends it (and says so in the audit
 * trail) when its time is up or its customer can no longer be impersonated. `ctx` names the staff
 * member as the actor.
 */
export type TImpersonationResolver = (session: TLiveSession, ctx: TRequestContext) => Promise<TImpersonation | null>;

/**
 * Turns the session cookie into `ctx.session`, `ctx.actor` and `ctx.subject`. A cookie that no longer
 * names a live session is cleared, so the browser stops sending it.
 */
export function sessionContext(deps: {
  db: Db;
  sessions: TSessionService;
  cookie: TSessionCookie;
  resolveImpersonation?: TImpersonationResolver;
}): RequestHandler {
  return async (req, res, next) => {
    const token = deps.cookie.read(req);
    if (!token) return next();
    const session = await deps.sessions.resolve(token);
    const principal = session ? await loadPrincipal(deps.db, session.principal) : undefined;
    if (!session || !principal || !principalMaySignIn(principal)) {
      if (session) await deps.sessions.revoke(deps.db, session.id, 'account-unavailable');
      deps.cookie.clear(res);
      return next();
    }
    req.ctx.session = session;
    if (principal.kind === 'customer') {
      req.ctx.actor = { kind: 'customer', id: principal.id };
      req.ctx.subject = { customerId: principal.id };
    } else {
      req.ctx.actor = { kind: 'staff', id: principal.id, role: principal.role };
      const impersonation =
        deps.resolveImpersonation && session.impersonationId ? await deps.resolveImpersonation(session, req.ctx) : null;
      req.ctx.impersonation = impersonation;
      req.ctx.subject = impersonation ? { customerId: impersonation.customerId } : null;
    }
    next();
  };
}
