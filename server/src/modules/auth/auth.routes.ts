import { z } from 'zod';
import {
  EMAIL_SENT_IF_KNOWN_MESSAGE,
  ZAcceptedResponseSchema,
  ZChangePasswordRequestSchema,
  ZDeviceSessionListSchema,
  ZEmailCodeSignInRequestSchema,
  ZEmailOnlyRequestSchema,
  ZEmailSchema,
  ZNewPasswordSchema,
  ZOneTimeCodeSchema,
  ZSecondFactorRequestSchema,
  ZSessionStateSchema,
  ZSignInRequestSchema,
  ZStepUpRequestSchema,
} from '@portal/shared/schemas/auth.schema';
import { customerOnly, ownAccount, publicRoute, signedIn } from '../../http/route-policy.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import { presentDeviceSession } from './auth.presenter.ts';
import type { TAuthHttp } from './auth.http.ts';

const tags = ['auth'];
const stateResponse = { 200: { description: 'The session state after the step', schema: ZSessionStateSchema } };
const accepted = { 202: { description: 'Accepted; an email follows if the address is known', schema: ZAcceptedResponseSchema } };
const noContent = { 204: { description: 'Done' } };

export function assertNotImpersonating(ctx: TRequestContext): void {
  if (ctx.impersonation) throw new AppError('forbidden', 'Credentials and sessions cannot be changed while impersonating.');
}

export function registerAuthRoutes(routes: RouteRegistry, http: TAuthHttp): void {
  const { auth, emailFlows, sessions } = http.services;

  routes.add({
    method: 'get', path: '/api/auth/session', summary: 'Who is signed in (or that nobody is).', tags,
    policy: publicRoute('answers "signed out" without a session'),
    responses: stateResponse,
    handler: async ({ ctx, res }) => res.json(await http.sessionState(ctx)),
  });

  routes.add({
    method: 'post', path: '/api/auth/sign-in', summary: 'Sign in with email and password.', tags,
    policy: publicRoute('this is how a session starts'),
    request: { body: ZSignInRequestSchema },
    responses: { ...stateResponse, 401: { description: 'Wrong email or password (one answer for both)' }, 423: { description: 'Locked' }, 429: { description: 'Throttled' } },
    handler: async ({ input, ctx, res }) => http.respondSignedIn(ctx, res, await auth.signInWithPassword(ctx, input.body)),
  });

  routes.add({
    method: 'post', path: '/api/auth/second-factor', summary: 'Finish sign-in with a TOTP or recovery code.', tags,
    policy: signedIn({ partial: true }),
    request: { body: ZSecondFactorRequestSchema },
    responses: stateResponse,
    handler: async ({ input, ctx, res }) => http.completeSecondFactor(ctx, res, input.body.code),
  });

  routes.add({
    method: 'post', path: '/api/auth/totp/enrol', summary: 'Start TOTP enrolment: a secret and its QR code.', tags,
    policy: ownAccount({ partial: true }),
    responses: { 200: { description: 'The new secret', schema: z.object({ otpauthUri: z.string(), secret: z.string(), qrSvg: z.string() }).strict() } },
    handler: async ({ ctx, res }) => res.json(await http.beginTotpEnrolment(ctx)),
  });

  routes.add({
    method: 'post', path: '/api/auth/totp/confirm', summary: 'Confirm TOTP enrolment with a first code; returns recovery codes once.', tags,
    policy: ownAccount({ partial: true }),
    request: { body: z.object({ code: ZOneTimeCodeSchema }).strict() },
    responses: { 200: { description: 'Recovery codes', schema: z.object({ recoveryCodes: z.array(z.string()) }).strict() } },
    handler: async ({ input, ctx, res }) => http.confirmTotp(ctx, res, input.body.code),
  });

  routes.add({
    method: 'delete', path: '/api/auth/totp', summary: 'Turn the authenticator app off (customers only; staff must keep it).', tags,
    // A second factor is only removed by its owner after re-authenticating (ASVS 6.4.1).
    policy: customerOnly('manage:account:own', { stepUp: true }),
    responses: noContent,
    handler: async ({ ctx, res }) => {
      await http.disableTotp(ctx);
      res.status(204).end();
    },
  });

  routes.add({
    method: 'post', path: '/api/auth/sign-out', summary: 'End this session.', tags,
    policy: signedIn({ partial: true }),
    responses: noContent,
    handler: async ({ ctx, res }) => {
      await auth.signOut(ctx);
      http.cookie.clear(res);
      res.status(204).end();
    },
  });

  routes.add({
    method: 'post', path: '/api/auth/step-up', summary: 'Re-authenticate; step-up guarded actions work for five minutes.', tags,
    policy: ownAccount(),
    request: { body: ZStepUpRequestSchema },
    responses: noContent,
    handler: async ({ input, ctx, res }) => {
      assertNotImpersonating(ctx);
      http.cookie.set(res, await auth.stepUp(ctx, input.body));
      res.status(204).end();
    },
  });

  routes.add({
    method: 'post', path: '/api/auth/step-up/email-code', summary: 'Email a code for step-up.', tags,
    policy: ownAccount(),
    responses: accepted,
    handler: async ({ ctx, res }) => {
      assertNotImpersonating(ctx);
      await emailFlows.requestStepUpCode(ctx, await http.principalOf(ctx));
      res.status(202).json({ message: EMAIL_SENT_IF_KNOWN_MESSAGE });
    },
  });

  const emailRequest = (path: string, summary: string, run: (ctx: TRequestContext, email: string) => Promise<void>) =>
    routes.add({
      method: 'post', path, summary, tags,
      policy: publicRoute('used before signing in; answers alike for every address'),
      request: { body: ZEmailOnlyRequestSchema },
      responses: accepted,
      handler: async ({ input, ctx, res }) => {
        await run(ctx, input.body.email);
        res.status(202).json({ message: EMAIL_SENT_IF_KNOWN_MESSAGE });
      },
    });
  emailRequest('/api/auth/email-code/request', 'Email a one-time sign-in code.', emailFlows.requestSignInCode);
  emailRequest('/api/auth/claim/request', 'Sign up: email a code to claim an account the operator holds.', emailFlows.requestClaim);
  emailRequest('/api/auth/password-reset/request', 'Email a password reset code.', emailFlows.requestPasswordReset);

  routes.add({
    method: 'post', path: '/api/auth/email-code/sign-in', summary: 'Sign in with an emailed code.', tags,
    policy: publicRoute('this is how a session starts'),
    request: { body: ZEmailCodeSignInRequestSchema },
    responses: stateResponse,
    handler: async ({ input, ctx, res }) =>
      http.respondSignedIn(ctx, res, await emailFlows.signInWithCode(ctx, input.body.email, input.body.code)),
  });

  routes.add({
    method: 'post', path: '/api/auth/claim/complete', summary: 'Sign up: the emailed code and a new password.', tags,
    policy: publicRoute('this is how an account gets its password'),
    request: { body: z.object({ email: ZEmailSchema, code: ZOneTimeCodeSchema, password: ZNewPasswordSchema }).strict() },
    responses: stateResponse,
    handler: async ({ input, ctx, res }) => http.respondSignedIn(ctx, res, await emailFlows.completeClaim(ctx, input.body)),
  });

  routes.add({
    method: 'post', path: '/api/auth/password-reset/complete', summary: 'Set a new password with the emailed code.', tags,
    policy: publicRoute('used by people who cannot sign in'),
    request: { body: z.object({ email: ZEmailSchema, code: ZOneTimeCodeSchema, newPassword: ZNewPasswordSchema }).strict() },
    responses: noContent,
    handler: async ({ input, ctx, res }) => {
      await emailFlows.completePasswordReset(ctx, input.body);
      res.status(204).end();
    },
  });

  routes.add({
    method: 'post', path: '/api/auth/email-verification/request', summary: 'Email a code that verifies the address.', tags,
    policy: ownAccount(),
    responses: accepted,
    handler: async ({ ctx, res }) => {
      assertNotImpersonating(ctx);
      await emailFlows.requestEmailVerification(ctx, await http.principalOf(ctx));
      res.status(202).json({ message: EMAIL_SENT_IF_KNOWN_MESSAGE });
    },
  });

  routes.add({
    method: 'post', path: '/api/auth/email-verification/confirm', summary: 'Verify the address with the emailed code.', tags,
    policy: ownAccount(),
    request: { body: z.object({ code: ZOneTimeCodeSchema }).strict() },
    responses: noContent,
    handler: async ({ input, ctx, res }) => {
      assertNotImpersonating(ctx);
      await emailFlows.confirmEmailVerification(ctx, await http.principalOf(ctx), input.body.code);
      res.status(204).end();
    },
  });

  routes.add({
    method: 'post', path: '/api/auth/password', summary: 'Change the password (needs a recent re-authentication).', tags,
    policy: ownAccount(),
    request: { body: ZChangePasswordRequestSchema },
    responses: noContent,
    handler: async ({ input, ctx, res }) => {
      assertNotImpersonating(ctx);
      http.assertRecentlyAuthenticated(ctx);
      http.cookie.set(res, await auth.changePassword(ctx, input.body));
      res.status(204).end();
    },
  });

  routes.add({
    method: 'get', path: '/api/auth/sessions', summary: 'Sessions and devices of the signed-in person.', tags,
    policy: signedIn(),
    responses: { 200: { description: 'Live sessions', schema: ZDeviceSessionListSchema } },
    handler: async ({ ctx, res }) => {
      const actor = http.actorOf(ctx);
      const list = await sessions.list({ kind: actor.kind, id: actor.id });
      res.json({ sessions: list.map((s) => presentDeviceSession(s, ctx.session?.id)) });
    },
  });

  routes.add({
    method: 'delete', path: '/api/auth/sessions/:id', summary: 'Sign out one of your other sessions.', tags,
    policy: ownAccount(),
    request: { params: z.object({ id: z.uuid() }).strict() },
    responses: { ...noContent, 404: { description: 'Not one of your sessions' } },
    handler: async ({ input, ctx, res }) => {
      assertNotImpersonating(ctx);
      await http.revokeOne(ctx, input.params.id);
      res.status(204).end();
    },
  });

  routes.add({
    method: 'post', path: '/api/auth/sessions/revoke-others', summary: 'Sign out everywhere else.', tags,
    policy: ownAccount(),
    responses: noContent,
    handler: async ({ ctx, res }) => {
      assertNotImpersonating(ctx);
      await http.revokeOthers(ctx);
      res.status(204).end();
    },
  });

}
