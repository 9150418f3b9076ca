import { ZSessionStateSchema, type TSessionState } from '@portal/shared/schemas/auth.schema';
import {
  ZGrantSupportAccessRequestSchema,
  ZStartImpersonationRequestSchema,
  ZSupportAccessResponseSchema,
} from '@portal/shared/schemas/impersonation.schema';
import { customerOnly, customerReads, staffWith } from '../../http/route-policy.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import type { TSessionCookie } from '../auth/session/session-cookie.ts';
import type { TImpersonationService } from './impersonation.service.ts';
import type { TSupportAccessService } from './support-access.service.ts';

export type TImpersonationHttp = {
  cookie: TSessionCookie;
  /** The session state behind a new cookie value (auth module). */
  stateForToken: (ctx: TRequestContext, token: string) => Promise<TSessionState>;
};

const tags = ['impersonation'];
const state = { 200: { description: 'The session state after the change (new cookie value)', schema: ZSessionStateSchema } };
const supportAccess = { 200: { description: 'Support access now', schema: ZSupportAccessResponseSchema } };

export function registerImpersonationRoutes(
  routes: RouteRegistry,
  services: { impersonation: TImpersonationService; supportAccess: TSupportAccessService },
  http: TImpersonationHttp,
): void {
  const { impersonation, supportAccess: grants } = services;

  routes.add({
    method: 'post', path: '/api/impersonation', tags,
    summary: 'Start acting as a customer, read-only, with a reason and a ticket (needs a re-authentication from the last 5 minutes).',
    policy: staffWith('impersonate:customer:any', { stepUp: true, whileImpersonating: 'forbidden' }),
    request: { body: ZStartImpersonationRequestSchema },
    responses: {
      ...state,
      403: { description: 'This customer cannot be impersonated (staff, locked, erasure, no grant) or one is already going on' },
      404: { description: 'No such customer' },
    },
    handler: async ({ input, ctx, res }) => {
      const { token } = await impersonation.start(ctx, input.body);
      http.cookie.set(res, token);
      res.json(await http.stateForToken(ctx, token));
    },
  });

  routes.add({
    method: 'post', path: '/api/impersonation/stop', tags,
    summary: 'Stop impersonating: back to your own identity (new cookie value).',
    policy: staffWith('impersonate:customer:any'),
    responses: { ...state, 409: { description: 'Not impersonating anyone' } },
    handler: async ({ ctx, res }) => {
      const { token } = await impersonation.stop(ctx);
      http.cookie.set(res, token);
      res.json(await http.stateForToken({ ...ctx, impersonation: null, subject: null }, token));
    },
  });

  routes.add({
    method: 'get', path: '/api/support-access', tags,
    summary: 'Whether you let support open your account, and until when.',
    policy: customerReads('read:personal-data:own'),
    responses: supportAccess,
    handler: async ({ ctx, res }) => res.json(await grants.get(ctx)),
  });

  routes.add({
    method: 'put', path: '/api/support-access', tags,
    summary: 'Let support open your account for 1 to 7 days from now (replaces an earlier grant).',
    policy: customerOnly('manage:account:own'),
    request: { body: ZGrantSupportAccessRequestSchema },
    responses: supportAccess,
    handler: async ({ input, ctx, res }) => res.json(await grants.grant(ctx, input.body.days)),
  });

  routes.add({
    method: 'delete', path: '/api/support-access', tags,
    summary: 'Withdraw support access now.',
    policy: customerOnly('manage:account:own'),
    responses: supportAccess,
    handler: async ({ ctx, res }) => res.json(await grants.revoke(ctx)),
  });
}
