import { eq } from 'drizzle-orm';
import { withTransaction, type Db } from '../../db/client.ts';
import { customers } from '../../db/schema/customers.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { TRateLimiter } from '../../http/rate-limiter.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import type { TAuthService, TSignInOutcome } from './auth.service.ts';
import type { TPasswordHasher } from './password-hasher.ts';
import { findPasswordHash, findPrincipalByEmail, principalMaySignIn, savePasswordHash, type TPrincipal } from './principal.repository.ts';
import { EMAIL_CODE_TTL_MS, type TSecondFactorService } from './second-factor.service.ts';
import type { TSessionService } from './session/session.service.ts';
import { clearThrottle } from './sign-in-throttle.ts';

export type TAuthEmail = {
  template: 'sign-in-code' | 'account-claim' | 'password-reset' | 'email-verification';
  to: string;
  language: string;
  params: { code: string; minutesValid: number };
};

/** Emails go out after the response is decided, so known and unknown addresses answer alike and as fast. */
export type TAuthEmailSender = (email: TAuthEmail) => void;

const REQUEST_LIMIT_PER_IP = { limit: 20, windowSeconds: 600 };
const REQUEST_LIMIT_PER_EMAIL = { limit: 5, windowSeconds: 600 };
const MINUTES_VALID = EMAIL_CODE_TTL_MS / 60_000;
const CODE_REJECTED = 'That code is not valid or has expired. Request a new one.';

export function createEmailFlowsService(deps: {
  db: Db;
  clock: TClock;
  secret: TServerSecret;
  rateLimiter: TRateLimiter;
  audit: TAuditRecorder;
  auth: TAuthService;
  sessions: TSessionService;
  secondFactor: TSecondFactorService;
  hasher: TPasswordHasher;
  sendEmail: TAuthEmailSender;
}) {
  const { db, secondFactor } = deps;
  const languageOf = (p: TPrincipal) => (p.kind === 'customer' ? p.language : 'en');

  async function limitRequests(ctx: TRequestContext, purpose: string, email: string): Promise<void> {
    await deps.rateLimiter.hit(`${purpose}:ip:${ctx.ip}`, REQUEST_LIMIT_PER_IP);
    await deps.rateLimiter.hit(`${purpose}:email:${deps.secret.hmac('rate-email', email)}`, REQUEST_LIMIT_PER_EMAIL);
  }

  /** Every failure of a code step looks the same, whether the address, the code or its age was wrong. */
  async function consume(ctx: TRequestContext, email: string, purpose: 'sign-in' | 'claim' | 'password-reset', code: string) {
    await deps.rateLimiter.hit(`${purpose}-verify:ip:${ctx.ip}`, REQUEST_LIMIT_PER_IP);
    const principal = await findPrincipalByEmail(db, email);
    const ok = principal !== undefined && (await secondFactor.consumeEmailCode(principal, purpose, code));
    if (!principal || !ok || !principalMaySignIn(principal)) {
      throw new AppError('validation_failed', CODE_REJECTED, { fields: { code: [CODE_REJECTED] } });
    }
    return principal;
  }

  return {
    async requestSignInCode(ctx: TRequestContext, email: string): Promise<void> {
      await limitRequests(ctx, 'sign-in-code', email);
      const principal = await findPrincipalByEmail(db, email);
      if (!principal || !principalMaySignIn(principal)) return;
      const code = await secondFactor.issueEmailCode(principal, 'sign-in');
      deps.sendEmail({ template: 'sign-in-code', to: principal.email, language: languageOf(principal), params: { code, minutesValid: MINUTES_VALID } });
    },

    async signInWithCode(ctx: TRequestContext, email: string, code: string): Promise<TSignInOutcome> {
      const principal = await consume(ctx, email, 'sign-in', code);
      return deps.auth.startSession(ctx, principal, { method: 'email-code' });
    },

    /** Sign-up for people the operator already holds: only addresses of customers without a password get a code. */
    async requestClaim(ctx: TRequestContext, email: string): Promise<void> {
      await limitRequests(ctx, 'claim', email);
      const principal = await findPrincipalByEmail(db, email);
      if (!principal || principal.kind !== 'customer' || !principalMaySignIn(principal)) return;
      if (await findPasswordHash(db, principal)) return;
      const code = await secondFactor.issueEmailCode(principal, 'claim');
      deps.sendEmail({ template: 'account-claim', to: principal.email, language: principal.language, params: { code, minutesValid: MINUTES_VALID } });
    },

    async completeClaim(ctx: TRequestContext, input: { email: string; code: string; password: string }): Promise<TSignInOutcome> {
      deps.auth.assertAcceptablePassword(input.password, 'password');
      const principal = await consume(ctx, input.email, 'claim', input.code);
      const hash = await deps.hasher.hash(input.password);
      await withTransaction(db, async (tx) => {
        await savePasswordHash(tx, principal, hash, deps.clock.now());
        // Receiving the code proves the address.
        await tx.update(customers).set({ emailVerifiedAt: deps.clock.now() }).where(eq(customers.id, principal.id));
        await deps.audit(tx, ctx, {
          action: 'auth.account.claimed',
          outcome: 'success',
          actor: { kind: principal.kind, id: principal.id },
          subjectCustomerId: principal.id,
        });
      });
      return deps.auth.startSession(ctx, principal, { method: 'email-code' });
    },

    async requestPasswordReset(ctx: TRequestContext, email: string): Promise<void> {
      await limitRequests(ctx, 'password-reset', email);
      const principal = await findPrincipalByEmail(db, email);
      if (!principal || !principalMaySignIn(principal)) return;
      const code = await secondFactor.issueEmailCode(principal, 'password-reset');
      deps.sendEmail({ template: 'password-reset', to: principal.email, language: languageOf(principal), params: { code, minutesValid: MINUTES_VALID } });
    },

    /** A reset also lifts a sign-in lock and ends every session: whoever locked the account is out. */
    async completePasswordReset(ctx: TRequestContext, input: { email: string; code: string; newPassword: string }): Promise<void> {
      deps.auth.assertAcceptablePassword(input.newPassword, 'newPassword');
      const principal = await consume(ctx, input.email, 'password-reset', input.code);
      const hash = await deps.hasher.hash(input.newPassword);
      await withTransaction(db, async (tx) => {
        await savePasswordHash(tx, principal, hash, deps.clock.now());
        await clearThrottle(tx, deps.auth.emailHashOf(principal.email));
        await deps.sessions.revokeAll(tx, principal, 'credential-change');
        await deps.audit(tx, ctx, {
          action: 'auth.password.reset',
          outcome: 'success',
          actor: { kind: principal.kind, id: principal.id },
          subjectCustomerId: principal.kind === 'customer' ? principal.id : null,
        });
      });
    },

    async requestEmailVerification(ctx: TRequestContext, principal: TPrincipal): Promise<void> {
      await deps.rateLimiter.hit(`verify-email:${principal.id}`, REQUEST_LIMIT_PER_EMAIL);
      const code = await secondFactor.issueEmailCode(principal, 'verify-email');
      deps.sendEmail({ template: 'email-verification', to: principal.email, language: languageOf(principal), params: { code, minutesValid: MINUTES_VALID } });
    },

    async confirmEmailVerification(ctx: TRequestContext, principal: TPrincipal, code: string): Promise<void> {
      if (principal.kind !== 'customer') throw new AppError('forbidden', 'Only customers verify their email here.');
      if (!(await secondFactor.consumeEmailCode(principal, 'verify-email', code))) {
        throw new AppError('validation_failed', CODE_REJECTED, { fields: { code: [CODE_REJECTED] } });
      }
      await withTransaction(db, async (tx) => {
        await tx.update(customers).set({ emailVerifiedAt: deps.clock.now() }).where(eq(customers.id, principal.id));
        await deps.audit(tx, ctx, { action: 'auth.email.verified', outcome: 'success', subjectCustomerId: principal.id });
      });
    },

    async requestStepUpCode(ctx: TRequestContext, principal: TPrincipal): Promise<void> {
      await deps.rateLimiter.hit(`step-up-code:${principal.id}`, REQUEST_LIMIT_PER_EMAIL);
      const code = await secondFactor.issueEmailCode(principal, 'step-up');
      deps.sendEmail({ template: 'sign-in-code', to: principal.email, language: languageOf(principal), params: { code, minutesValid: MINUTES_VALID } });
    },
  };
}

export type TEmailFlowsService = ReturnType<typeof createEmailFlowsService>;
