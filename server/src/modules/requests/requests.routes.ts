import {
  ZFileRequestSchema,
  ZRequestIdParamsSchema,
  ZRequestListResponseSchema,
  ZRequestMessageBodySchema,
  ZRequestViewSchema,
} from '@portal/shared/schemas/requests.schema';
import { customerOnly, customerReads } from '../../http/route-policy.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TRequestsService } from './requests.service.ts';

const tags = ['requests'];
const PERMISSION = 'manage:requests:own';

export function registerRequestRoutes(routes: RouteRegistry, requests: TRequestsService): void {
  routes.add({
    method: 'get',
    path: '/api/requests',
    tags,
    summary: 'Your requests (exports, erasures, corrections, opt-outs and the ones you filed), newest first, each with its due date.',
    policy: customerReads(PERMISSION),
    responses: { 200: { description: 'Your requests', schema: ZRequestListResponseSchema } },
    handler: async ({ ctx, res }) => res.json({ requests: await requests.list(ctx) }),
  });

  routes.add({
    method: 'post',
    path: '/api/requests',
    tags,
    summary: 'File a request the portal cannot carry out by itself (restriction, objection, …); the privacy team answers by the due date.',
    policy: customerOnly(PERMISSION),
    request: { body: ZFileRequestSchema },
    responses: {
      201: { description: 'Filed', schema: ZRequestViewSchema },
      409: { description: 'One of this type is already open' },
    },
    handler: async ({ input, ctx, res }) => {
      const view = await requests.file(ctx, input.body);
      res.setHeader('Location', `/api/requests/${view.id}`);
      res.status(201).json(view);
    },
  });

  routes.add({
    method: 'get',
    path: '/api/requests/:id',
    tags,
    summary: 'One of your requests: status, due date and what set it, the timeline, results and messages.',
    policy: customerReads(PERMISSION),
    request: { params: ZRequestIdParamsSchema },
    responses: { 200: { description: 'The request', schema: ZRequestViewSchema }, 404: { description: 'Not one of yours' } },
    handler: async ({ input, ctx, res }) => res.json(await requests.get(ctx, input.params.id)),
  });

  routes.add({
    method: 'post',
    path: '/api/requests/:id/messages',
    tags,
    summary: 'Write to the privacy team about one of your requests.',
    policy: customerOnly(PERMISSION),
    request: { params: ZRequestIdParamsSchema, body: ZRequestMessageBodySchema },
    responses: { 201: { description: 'Sent', schema: ZRequestViewSchema }, 404: { description: 'Not one of yours' } },
    handler: async ({ input, ctx, res }) => res.status(201).json(await requests.message(ctx, input.params.id, input.body.body)),
  });

  routes.add({
    method: 'post',
    path: '/api/requests/:id/cancel',
    tags,
    summary: 'Withdraw a request you filed, while it is open.',
    policy: customerOnly(PERMISSION),
    request: { params: ZRequestIdParamsSchema },
    responses: { 200: { description: 'Cancelled', schema: ZRequestViewSchema }, 409: { description: 'Closed, or made by another feature' } },
    handler: async ({ input, ctx, res }) => res.json(await requests.cancel(ctx, input.params.id)),
  });
}
