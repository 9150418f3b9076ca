import { randomBytes } from 'node:crypto';
import { SIGN_IN_FAILED_MESSAGE, type TStepUpRequest } from '@portal/shared/schemas/auth.schema';
import { withTransaction, type Db, type Tx } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { TRateLimiter } from '../../http/rate-limiter.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import type { TPasswordHasher } from './password-hasher.ts';
import {
  findPasswordHash,
  findPrincipalByEmail,
  hasConfirmedTotp,
  principalMaySignIn,
  savePasswordHash,
  type TPrincipal,
} from './principal.repository.ts';
import type { TSecondFactorService } from './second-factor.service.ts';
import type { TSessionService } from './session/session.service.ts';
import { assertMayAttempt, clearThrottle, readThrottle, recordFailure, throttleKeyOf } from './sign-in-throttle.ts';

export type TAuthServiceDeps = {
  db: Db;
  clock: TClock;
  sessions: TSessionService;
  hasher: TPasswordHasher;
  secret: TServerSecret;
  rateLimiter: TRateLimiter;
  audit: TAuditRecorder;
  secondFactor: TSecondFactorService;
  isCommonPassword: (password: string) => boolean;
  onSignOut?: TSignOutHook;
};

/** Work that must end with a session, in the same transaction (an impersonation it carries). */
export type TSignOutHook = (tx: Tx, ctx: TRequestContext) => Promise<void>;

/** Per-IP ceilings on top of the per-account throttle (security.md line 9). */
export const SIGN_IN_IP_LIMIT = { limit: 30, windowSeconds: 60 };

export type TSignInOutcome = { token: string; secondFactorRequired: boolean };

export function createAuthService(deps: TAuthServiceDeps) {
  const { db, clock, sessions, hasher, secret, audit } = deps;
  // Unknown emails are verified against this, so they cost the same argon2 time as known ones (line 10).
  const decoyHash = hasher.hash(randomBytes(18).toString('base64'));

  const emailHashOf = (email: string) => throttleKeyOf(secret, email);

  async function checkPassword(principal: TPrincipal | undefined, password: string): Promise<boolean> {
    const stored = principal ? await findPasswordHash(db, principal) : undefined;
    const valid = await hasher.verify(stored ?? (await decoyHash), password);
    if (valid && stored && principal && hasher.needsRehash(stored)) {
      await savePasswordHash(db, principal, await hasher.hash(password), clock.now());
    }
    return valid && stored !== undefined;
  }

  return {
    emailHashOf,

    async signInWithPassword(ctx: TRequestContext, input: { email: string; password: string }): Promise<TSignInOutcome> {
      await deps.rateLimiter.hit(`sign-in:ip:${ctx.ip}`, SIGN_IN_IP_LIMIT);
      const emailHash = emailHashOf(input.email);
      assertMayAttempt(await readThrottle(db, emailHash), clock.now());
      const principal = await findPrincipalByEmail(db, input.email);
      const passwordOk = await checkPassword(principal, input.password);

      if (!principal || !passwordOk || !principalMaySignIn(principal)) {
        const locked = await withTransaction(db, async (tx) => {
          const justLocked = await recordFailure(tx, emailHash, clock.now());
          // Unknown emails leave no actor: the audit row holds only the request id and IP hash.
          const actor = principal ? { kind: principal.kind, id: principal.id } : null;
          await audit(tx, ctx, {
            action: 'auth.sign-in.failed',
            outcome: 'failure',
            actor,
            subjectCustomerId: principal?.kind === 'customer' ? principal.id : null,
            details: { method: 'password' },
          });
          if (justLocked) {
            await audit(tx, ctx, {
              action: 'auth.account.locked',
              outcome: 'success',
              actor,
              subjectCustomerId: principal?.kind === 'customer' ? principal.id : null,
            });
          }
          return justLocked;
        });
        if (locked) {
          throw new AppError('locked', 'This account is locked after too many failed sign-ins. Reset your password to unlock it.');
        }
        throw new AppError('unauthenticated', SIGN_IN_FAILED_MESSAGE);
      }
      return this.startSession(ctx, principal, { method: 'password', emailHash });
    },

    /** Shared by every first-factor method: clears the throttle, rotates any old session, audits. */
    async startSession(
      ctx: TRequestContext,
      principal: TPrincipal,
      options: { method: string; emailHash?: string },
    ): Promise<TSignInOutcome> {
      const secondFactorRequired = principal.kind === 'staff' || (await hasConfirmedTotp(db, principal));
      return withTransaction(db, async (tx) => {
        await clearThrottle(tx, options.emailHash ?? emailHashOf(principal.email));
        // Signing in from a browser that still holds a session replaces it (line 2: rotation on sign-in).
        if (ctx.session) await sessions.revoke(tx, ctx.session.id, 'rotated');
        const { token, session } = await sessions.issue(tx, {
          principal: { kind: principal.kind, id: principal.id },
          secondFactorPending: secondFactorRequired,
          userAgent: ctx.userAgent,
          ip: ctx.ip,
        });
        await audit(tx, ctx, {
          action: secondFactorRequired ? 'auth.sign-in.first-factor-passed' : 'auth.sign-in.succeeded',
          outcome: 'success',
          actor: { kind: principal.kind, id: principal.id },
          subjectCustomerId: principal.kind === 'customer' ? principal.id : null,
          targetType: 'session',
          targetId: session.id,
          details: { method: options.method },
        });
        return { token, secondFactorRequired };
      });
    },

    async signOut(ctx: TRequestContext): Promise<void> {
      const session = ctx.session;
      if (!session) return;
      await withTransaction(db, async (tx) => {
        await deps.onSignOut?.(tx, ctx);
        await sessions.revoke(tx, session.id, 'sign-out');
        await audit(tx, ctx, { action: 'auth.sign-out', outcome: 'success', targetType: 'session', targetId: session.id });
      });
    },

    /** Re-authentication for step-up guarded actions; returns the rotated cookie value. */
    async stepUp(ctx: TRequestContext, input: TStepUpRequest): Promise<string> {
      const session = ctx.session;
      const actor = ctx.actor;
      if (!session || !actor) throw new AppError('unauthenticated', 'Please sign in.');
      await deps.rateLimiter.hit(`step-up:session:${session.id}`, { limit: 10, windowSeconds: 300 });
      const principal = { kind: actor.kind, id: actor.id };
      let ok: boolean;
      if (input.method === 'password') {
        const stored = await findPasswordHash(db, principal);
        ok = stored !== undefined && (await hasher.verify(stored, input.password));
      } else if (input.method === 'totp') {
        ok = await deps.secondFactor.verifyTotp(principal, input.code);
      } else {
        ok = await deps.secondFactor.consumeEmailCode(principal, 'step-up', input.code);
      }
      return withTransaction(db, async (tx) => {
        await audit(tx, ctx, {
          action: ok ? 'auth.step-up.succeeded' : 'auth.step-up.failed',
          outcome: ok ? 'success' : 'failure',
          details: { method: input.method },
        });
        if (!ok) throw new AppError('unauthenticated', 'That did not match. Please try again.');
        return sessions.rotate(tx, session.id, { authenticated: true });
      });
    },

    async changePassword(
      ctx: TRequestContext,
      input: { currentPassword: string; newPassword: string },
    ): Promise<string> {
      const session = ctx.session;
      const actor = ctx.actor;
      if (!session || !actor) throw new AppError('unauthenticated', 'Please sign in.');
      const principal = { kind: actor.kind, id: actor.id };
      const stored = await findPasswordHash(db, principal);
      if (!stored || !(await hasher.verify(stored, input.currentPassword))) {
        throw new AppError('validation_failed', 'Your current password is not right.', {
          fields: { currentPassword: ['Your current password is not right.'] },
        });
      }
      this.assertAcceptablePassword(input.newPassword);
      const hash = await hasher.hash(input.newPassword);
      return withTransaction(db, async (tx) => {
        await savePasswordHash(tx, principal, hash, clock.now());
        // A changed password ends every other session: whoever knew the old one is signed out.
        await sessions.revokeAll(tx, principal, 'credential-change', session.id);
        await audit(tx, ctx, { action: 'auth.password.changed', outcome: 'success' });
        return sessions.rotate(tx, session.id, { authenticated: true });
      });
    },

    assertAcceptablePassword(password: string, field = 'newPassword'): void {
      if (deps.isCommonPassword(password)) {
        const message = 'This password is one of the most common ones and easy to guess. Please choose another.';
        throw new AppError('validation_failed', message, { fields: { [field]: [message] } });
      }
    },
  };
}

export type TAuthService = ReturnType<typeof createAuthService>;
