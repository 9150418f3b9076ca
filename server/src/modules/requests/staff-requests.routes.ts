import type { z } from 'zod';
import {
  ZAssignRequestSchema,
  ZCompleteRequestSchema,
  ZDecideHoldSchema,
  ZDocumentParamsSchema,
  ZHoldParamsSchema,
  ZProposeHoldSchema,
  ZReasonBodySchema,
  ZRequestIdParamsSchema,
  ZRequestMessageBodySchema,
  ZRequestMetricsQuerySchema,
  ZRequestMetricsResponseSchema,
  ZStaffRequestQueueQuerySchema,
  ZStaffRequestQueueResponseSchema,
  ZStaffRequestViewSchema,
  ZVerifyIdentitySchema,
} from '@portal/shared/schemas/requests.schema';
import { staffWith } from '../../http/route-policy.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TClock } from '../../lib/clock.ts';
import type { Db } from '../../db/client.ts';
import { requestMetrics } from './request-metrics.ts';
import type { TStaffRequestsService } from './staff-requests.service.ts';

const tags = ['staff', 'requests'];
const policy = staffWith('manage:requests:any', { whileImpersonating: 'forbidden' });
const view = { 200: { description: 'The request after the action', schema: ZStaffRequestViewSchema }, 404: { description: 'No such request' }, 409: { description: 'Not possible in its state' } };

export function registerStaffRequestRoutes(routes: RouteRegistry, staff: TStaffRequestsService, metrics: { db: Db; clock: TClock }): void {
  routes.add({
    method: 'get',
    path: '/api/staff/requests',
    tags,
    summary: 'The request queue, due first: filters by status, type, deadline and assignment; counts of open, due-soon and overdue.',
    policy,
    request: { query: ZStaffRequestQueueQuerySchema },
    responses: { 200: { description: 'The queue', schema: ZStaffRequestQueueResponseSchema } },
    handler: async ({ input, ctx, res }) => res.json(await staff.queue(ctx, input.query)),
  });

  routes.add({
    method: 'get',
    path: '/api/staff/requests/:id',
    tags,
    summary: 'One request with its timeline, messages, holds, documents and the actions possible now (audited).',
    policy,
    request: { params: ZRequestIdParamsSchema },
    responses: view,
    handler: async ({ input, ctx, res }) => res.json(await staff.get(ctx, input.params.id)),
  });

  const action = <S extends z.ZodType>(path: string, summary: string, body: S | null, run: (ctx: Parameters<TStaffRequestsService['get']>[0], id: string, body: z.infer<S>) => Promise<unknown>) =>
    routes.add({
      method: 'post',
      path: `/api/staff/requests/:id/${path}`,
      tags,
      summary,
      policy,
      request: body ? { params: ZRequestIdParamsSchema, body } : { params: ZRequestIdParamsSchema },
      responses: view,
      handler: async ({ input, ctx, res }) => res.json(await run(ctx, input.params.id, (input as { body?: z.infer<S> }).body as z.infer<S>)),
    });

  action('assign', 'Take the request, or give it back to the queue.', ZAssignRequestSchema, (ctx, id, b) => staff.assign(ctx, id, b.to));
  action('acknowledge', 'Acknowledge the request: work starts and the customer is told.', null, (ctx, id) => staff.acknowledge(ctx, id));
  action('verify-identity', 'Record how the requester’s identity was verified; an ID document is deleted at once.', ZVerifyIdentitySchema, (ctx, id, b) => staff.verifyIdentity(ctx, id, b));
  action('extend', 'Extend the deadline with a reason, sent to the customer; refused once the first period has passed.', ZReasonBodySchema, (ctx, id, b) => staff.extend(ctx, id, b.reason));
  action('complete', 'Answer the request (completed or partially completed) with a message to the customer.', ZCompleteRequestSchema, (ctx, id, b) => staff.complete(ctx, id, b));
  action('reject', 'Refuse the request with the reason; the customer is told of the right to complain.', ZReasonBodySchema, (ctx, id, b) => staff.reject(ctx, id, b.reason));
  action('messages', 'Write to the customer about the request.', ZRequestMessageBodySchema, (ctx, id, b) => staff.message(ctx, id, b.body));
  action('holds', 'Propose placing or lifting a legal hold; a second privacy officer must confirm.', ZProposeHoldSchema, (ctx, id, b) => staff.proposeHold(ctx, id, b));

  routes.add({
    method: 'post',
    path: '/api/staff/requests/:id/holds/:holdId/decision',
    tags,
    summary: 'Confirm or decline another privacy officer’s hold proposal (never your own).',
    policy,
    request: { params: ZHoldParamsSchema, body: ZDecideHoldSchema },
    responses: { ...view, 403: { description: 'You proposed it' } },
    handler: async ({ input, ctx, res }) => res.json(await staff.decideHold(ctx, input.params.id, input.params.holdId, input.body.decision)),
  });

  routes.add({
    method: 'get',
    path: '/api/staff/requests/:id/documents/:documentId',
    tags,
    summary: 'An ID document the requester uploaded, decrypted for privacy officers only (audited).',
    policy,
    request: { params: ZDocumentParamsSchema },
    responses: { 200: { description: 'The file', contentType: 'application/octet-stream' }, 404: { description: 'No such document, or deleted' } },
    handler: async ({ input, ctx, res }) => {
      const file = await staff.document(ctx, input.params.id, input.params.documentId);
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Disposition', `attachment; filename="${encodeURIComponent(file.fileName)}"`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.send(file.body);
    },
  });

  routes.add({
    method: 'get',
    path: '/api/staff/request-metrics',
    tags,
    summary: 'Requests received, completed and denied, median and mean days to answer, by type, for a year.',
    policy,
    request: { query: ZRequestMetricsQuerySchema },
    responses: { 200: { description: 'The metrics', schema: ZRequestMetricsResponseSchema } },
    handler: async ({ input, res }) => {
      const now = metrics.clock.now();
      res.json(await requestMetrics(metrics.db, input.query.year ?? now.getUTCFullYear(), now));
    },
  });
}
