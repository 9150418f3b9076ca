import type { Response } from 'express';
import type { TSessionState } from '@portal/shared/schemas/auth.schema';
import { withTransaction, type Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TActor, TRequestContext } from '../../middleware/request-context.ts';
import { presentSessionState } from './auth.presenter.ts';
import type { TAuthService, TSignInOutcome } from './auth.service.ts';
import type { TEmailFlowsService } from './email-flows.service.ts';
import { loadPrincipal, type TPrincipal } from './principal.repository.ts';
import type { TSecondFactorService } from './second-factor.service.ts';
import type { TSessionCookie } from './session/session-cookie.ts';
import { STEP_UP_WINDOW_MS } from './session/session-timeouts.ts';
import type { TSessionService } from './session/session.service.ts';
import type { TImpersonationResolver } from './session/session-context.middleware.ts';

export type TAuthHttp = ReturnType<typeof createAuthHttp>;

/** What the auth routes share: turning outcomes into cookies and session-state bodies. */
export function createAuthHttp(deps: {
  db: Db;
  clock: TClock;
  audit: TAuditRecorder;
  cookie: TSessionCookie;
  services: { auth: TAuthService; emailFlows: TEmailFlowsService; secondFactor: TSecondFactorService; sessions: TSessionService };
  resolveImpersonation?: TImpersonationResolver;
}) {
  const { db, clock, audit, cookie, services } = deps;
  const { secondFactor, sessions } = services;

  const actorOf = (ctx: TRequestContext): TActor => {
    if (!ctx.actor) throw new AppError('unauthenticated', 'Please sign in.');
    return ctx.actor;
  };

  async function principalOf(ctx: TRequestContext): Promise<TPrincipal> {
    const actor = actorOf(ctx);
    const principal = await loadPrincipal(db, { kind: actor.kind, id: actor.id });
    if (!principal) throw new AppError('unauthenticated', 'Please sign in.');
    return principal;
  }

  async function sessionState(ctx: TRequestContext): Promise<TSessionState> {
    const session = ctx.session;
    if (!session || !ctx.actor) return presentSessionState({ kind: 'signed-out' });
    const principal = await principalOf(ctx);
    const secondFactorEnabled = await secondFactor.isEnabled(principal);
    if (session.secondFactorPending) {
      return presentSessionState({ kind: 'pending', enrolmentRequired: !secondFactorEnabled });
    }
    return presentSessionState({
      kind: 'signed-in',
      principal,
      session,
      secondFactorEnabled,
      now: clock.now(),
      impersonation: ctx.impersonation,
    });
  }

  /** After a state change the context is rebuilt from the new cookie's session. */
  async function stateForToken(ctx: TRequestContext, token: string): Promise<TSessionState> {
    const session = await sessions.resolve(token);
    if (!session) return presentSessionState({ kind: 'signed-out' });
    const principal = await loadPrincipal(db, session.principal);
    if (!principal) return presentSessionState({ kind: 'signed-out' });
    const actor: TActor = principal.kind === 'customer' ? { kind: 'customer', id: principal.id } : { kind: 'staff', id: principal.id, role: principal.role };
    const next = { ...ctx, session, actor };
    const impersonation =
      actor.kind === 'staff' && session.impersonationId && deps.resolveImpersonation
        ? await deps.resolveImpersonation(session, next)
        : null;
    return sessionState({ ...next, impersonation, subject: impersonation ? { customerId: impersonation.customerId } : next.subject });
  }

  function assertRecentlyAuthenticated(ctx: TRequestContext): void {
    const session = ctx.session;
    if (!session || clock.now().getTime() - session.authenticatedAt.getTime() > STEP_UP_WINDOW_MS) {
      throw new AppError('step_up_required', 'Please confirm it is you to continue.');
    }
  }

  return {
    services,
    cookie,
    actorOf,
    principalOf,
    sessionState,
    stateForToken,
    assertRecentlyAuthenticated,

    async respondSignedIn(ctx: TRequestContext, res: Response, outcome: TSignInOutcome): Promise<void> {
      cookie.set(res, outcome.token);
      res.json(await stateForToken(ctx, outcome.token));
    },

    async completeSecondFactor(ctx: TRequestContext, res: Response, code: string): Promise<void> {
      const session = ctx.session;
      const actor = actorOf(ctx);
      if (!session?.secondFactorPending) throw new AppError('conflict', 'This session needs no second factor.');
      const ref = { kind: actor.kind, id: actor.id };
      const isTotp = /^\d{6}$/.test(code.trim());
      const token = await withTransaction(db, async (tx) => {
        const ok = isTotp ? await secondFactor.verifyTotp(ref, code, tx) : await secondFactor.useRecoveryCode(ref, code, tx);
        await audit(tx, ctx, {
          action: ok ? 'auth.sign-in.succeeded' : 'auth.second-factor.failed',
          outcome: ok ? 'success' : 'failure',
          details: { method: isTotp ? 'totp' : 'recovery-code' },
        });
        return ok ? sessions.rotate(tx, session.id, { authenticated: true, secondFactorPending: false }) : undefined;
      });
      if (!token) {
        const message = 'That code is not right. Codes change every 30 seconds; recovery codes work once.';
        throw new AppError('validation_failed', message, { fields: { code: [message] } });
      }
      cookie.set(res, token);
      res.json(await stateForToken(ctx, token));
    },

    /**
     * A pending session may enrol only when nothing is enrolled yet (staff must enrol before anything else);
     * replacing an existing factor is a second-factor change and needs a fresh re-authentication.
     */
    async beginTotpEnrolment(ctx: TRequestContext) {
      const principal = await principalOf(ctx);
      if (ctx.impersonation) throw new AppError('forbidden', 'Second factors cannot be changed while impersonating.');
      const pending = ctx.session?.secondFactorPending === true;
      if (pending && (await secondFactor.isEnabled(principal))) {
        throw new AppError('forbidden', 'Finish signing in with your existing second factor first.');
      }
      if (!pending) assertRecentlyAuthenticated(ctx);
      return secondFactor.beginTotpEnrolment(principal, principal.email);
    },

    async confirmTotp(ctx: TRequestContext, res: Response, code: string): Promise<void> {
      const principal = await principalOf(ctx);
      const session = ctx.session;
      if (!session) throw new AppError('unauthenticated', 'Please sign in.');
      const result = await withTransaction(db, async (tx) => {
        const codes = await secondFactor.confirmTotp(tx, principal, code);
        if (!codes) return undefined;
        await audit(tx, ctx, { action: 'auth.second-factor.enrolled', outcome: 'success', details: { method: 'totp' } });
        // Enrolling finishes a pending staff sign-in; either way the session id rotates (line 2).
        const token = await sessions.rotate(tx, session.id, { authenticated: true, secondFactorPending: false });
        return { codes, token };
      });
      if (!result) {
        const message = 'That code is not right. Check the time on your phone and try the current code.';
        throw new AppError('validation_failed', message, { fields: { code: [message] } });
      }
      cookie.set(res, result.token);
      res.json({ recoveryCodes: result.codes });
    },

    async disableTotp(ctx: TRequestContext): Promise<void> {
      const principal = await principalOf(ctx);
      if (ctx.impersonation) throw new AppError('forbidden', 'Second factors cannot be changed while impersonating.');
      if (principal.kind === 'staff') throw new AppError('forbidden', 'Staff accounts must keep their second factor.');
      assertRecentlyAuthenticated(ctx);
      await withTransaction(db, async (tx) => {
        await secondFactor.disableTotp(tx, principal);
        await audit(tx, ctx, { action: 'auth.second-factor.removed', outcome: 'success', details: { method: 'totp' } });
      });
    },

    async revokeOne(ctx: TRequestContext, sessionId: string): Promise<void> {
      const actor = actorOf(ctx);
      const own = await sessions.list({ kind: actor.kind, id: actor.id });
      if (!own.some((s) => s.id === sessionId)) throw new AppError('not_found', 'No such session of yours.');
      await withTransaction(db, async (tx) => {
        await sessions.revoke(tx, sessionId, 'revoked-by-user');
        await audit(tx, ctx, { action: 'auth.session.revoked', outcome: 'success', targetType: 'session', targetId: sessionId });
      });
    },

    async revokeOthers(ctx: TRequestContext): Promise<void> {
      const actor = actorOf(ctx);
      await withTransaction(db, async (tx) => {
        const revoked = await sessions.revokeAll(tx, { kind: actor.kind, id: actor.id }, 'revoked-by-user', ctx.session?.id);
        await audit(tx, ctx, { action: 'auth.session.revoked-others', outcome: 'success', details: { count: revoked.length } });
      });
    },
  };
}
