import {
  ZCreateErasureRequestSchema,
  ZErasurePreviewQuerySchema,
  ZErasurePreviewResponseSchema,
  ZErasureRequestIdParamsSchema,
  ZErasureRequestListResponseSchema,
  ZErasureRequestViewSchema,
  ZRestrictionViewSchema,
  ZVerifyCertificateRequestSchema,
  ZVerifyCertificateResponseSchema,
} from '@portal/shared/schemas/erasure.schema';
import { customerOnly, customerReads, publicRoute } from '../../http/route-policy.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TTokenService } from '../../lib/tokens/token-service.ts';
import { verifyCertificate } from './erasure-certificate.ts';
import type { TErasureService } from './erasure.service.ts';
import type { TRestrictionService } from './restriction.service.ts';

const tags = ['erasure'];
const PERMISSION = 'erase:personal-data:own';

export function registerErasureRoutes(
  routes: RouteRegistry,
  deps: { erasure: TErasureService; restriction: TRestrictionService; tokens: Pick<TTokenService, 'verify'>; issuer: string },
): void {
  const { erasure, restriction } = deps;

  routes.add({
    method: 'get',
    path: '/api/erasure/preview',
    tags,
    summary: 'What erasing your data would do, per system and category: erased, anonymised, or kept (why, under which law, until when).',
    policy: customerReads(PERMISSION),
    request: { query: ZErasurePreviewQuerySchema },
    responses: { 200: { description: 'The preview', schema: ZErasurePreviewResponseSchema } },
    handler: async ({ input, ctx, res }) => res.json(await erasure.preview(ctx, input.query.language)),
  });

  routes.add({
    method: 'post',
    path: '/api/erasure-requests',
    tags,
    summary:
      'Ask to erase your whole account or some categories. It starts when the grace period ends and can be cancelled until then. Needs a fresh sign-in and an Idempotency-Key header.',
    policy: customerOnly(PERMISSION, { stepUp: true }),
    request: { body: ZCreateErasureRequestSchema },
    responses: {
      202: { description: 'Scheduled', schema: ZErasureRequestViewSchema },
      200: { description: 'The request this Idempotency-Key already made', schema: ZErasureRequestViewSchema },
      400: { description: 'No Idempotency-Key, an invalid body, or categories that cannot be erased on their own' },
      409: { description: 'An erasure is already scheduled or under way' },
      422: { description: 'The Idempotency-Key was used with another body' },
    },
    handler: async ({ input, ctx, req, res }) => {
      const { created, view } = await erasure.create(ctx, req.get('idempotency-key'), input.body);
      res.setHeader('Location', `/api/erasure-requests/${view.id}`);
      res.status(created ? 202 : 200).json(view);
    },
  });

  routes.add({
    method: 'get',
    path: '/api/erasure-requests',
    tags,
    summary: 'Your erasure requests, newest first, with each system’s receipt and the certificate.',
    policy: customerReads(PERMISSION),
    responses: { 200: { description: 'Your requests', schema: ZErasureRequestListResponseSchema } },
    handler: async ({ ctx, res }) => res.json({ requests: await erasure.list(ctx) }),
  });

  routes.add({
    method: 'get',
    path: '/api/erasure-requests/:id',
    tags,
    summary: 'One of your erasure requests.',
    policy: customerReads(PERMISSION),
    request: { params: ZErasureRequestIdParamsSchema },
    responses: { 200: { description: 'The request', schema: ZErasureRequestViewSchema }, 404: { description: 'Not one of yours' } },
    handler: async ({ input, ctx, res }) => res.json(await erasure.get(ctx, input.params.id)),
  });

  routes.add({
    method: 'post',
    path: '/api/erasure-requests/:id/cancel',
    tags,
    summary: 'Cancel an erasure during its grace period (one click; repeating it changes nothing).',
    policy: customerOnly(PERMISSION),
    request: { params: ZErasureRequestIdParamsSchema },
    responses: {
      200: { description: 'Cancelled', schema: ZErasureRequestViewSchema },
      404: { description: 'Not one of yours' },
      409: { description: 'It already started' },
    },
    handler: async ({ input, ctx, res }) => res.json(await erasure.cancel(ctx, input.params.id)),
  });

  routes.add({
    method: 'get',
    path: '/api/processing-restriction',
    tags,
    summary: 'Whether processing of your data is restricted (“deactivated”), and since when.',
    policy: customerReads(PERMISSION),
    responses: { 200: { description: 'The state', schema: ZRestrictionViewSchema } },
    handler: async ({ ctx, res }) => res.json(await restriction.state(ctx)),
  });

  routes.add({
    method: 'post',
    path: '/api/processing-restriction',
    tags,
    summary: 'Restrict processing instead of erasing: your data is kept but not used, in every system, until you lift it.',
    policy: customerOnly(PERMISSION),
    responses: { 200: { description: 'Restricted; per system what it answered', schema: ZRestrictionViewSchema }, 409: { description: 'The account is being erased' } },
    handler: async ({ ctx, res }) => res.json(await restriction.restrict(ctx)),
  });

  routes.add({
    method: 'delete',
    path: '/api/processing-restriction',
    tags,
    summary: 'Lift the restriction: your data is used again as before.',
    policy: customerOnly(PERMISSION),
    responses: { 200: { description: 'Lifted', schema: ZRestrictionViewSchema }, 409: { description: 'Not restricted' } },
    handler: async ({ ctx, res }) => res.json(await restriction.lift(ctx)),
  });

  routes.add({
    method: 'post',
    path: '/api/erasure-certificates/verify',
    tags,
    summary: 'Checks an erasure certificate against the portal’s published keys and shows what it states.',
    policy: publicRoute('certificates name nobody and are shown to whoever holds one; checking one reveals nothing else'),
    request: { body: ZVerifyCertificateRequestSchema },
    responses: { 200: { description: 'Whether it is valid, and its content', schema: ZVerifyCertificateResponseSchema } },
    handler: async ({ input, res }) => res.json(await verifyCertificate(deps.tokens, deps.issuer, input.body.certificate)),
  });
}
