import { z } from 'zod';
import {
  ZErasureAlertListResponseSchema,
  ZErasureRequestIdParamsSchema,
  ZStaffCancelRequestSchema,
  ZStaffErasureListQuerySchema,
  ZStaffErasureListResponseSchema,
  ZStartEarlyRequestSchema,
  ZUnderAgeReportRequestSchema,
} from '@portal/shared/schemas/erasure.schema';
import { staffWith } from '../../http/route-policy.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TErasureStaffService } from './erasure-staff.service.ts';

const tags = ['erasure', 'staff'];
const ZStaffViewSchema = ZStaffErasureListResponseSchema.shape.requests.element;
const ZStepIdParamsSchema = z.object({ id: z.uuid() }).strict();

/** For the staff console: privacy officers see, start, cancel and repair erasures. */
export function registerErasureStaffRoutes(routes: RouteRegistry, staff: TErasureStaffService): void {
  routes.add({
    method: 'get',
    path: '/api/staff/erasure-requests',
    tags,
    summary: 'A customer’s erasure requests with their steps and receipts.',
    policy: staffWith('manage:requests:any'),
    request: { query: ZStaffErasureListQuerySchema },
    responses: { 200: { description: 'The requests', schema: ZStaffErasureListResponseSchema } },
    handler: async ({ input, res }) => res.json({ requests: await staff.listForCustomer(input.query.customerId) }),
  });

  routes.add({
    method: 'post',
    path: '/api/staff/erasure-requests/:id/start-now',
    tags,
    summary: 'Start an erasure before its grace period ends, on the customer’s written request (its reference is audited).',
    policy: staffWith('erase:personal-data:any', { stepUp: true }),
    request: { params: ZErasureRequestIdParamsSchema, body: ZStartEarlyRequestSchema },
    responses: {
      200: { description: 'Started: the saga runs now', schema: ZStaffViewSchema },
      404: { description: 'No such request' },
      409: { description: 'No longer waiting' },
    },
    handler: async ({ input, ctx, res }) => res.json(await staff.startNow(ctx, input.params.id, input.body.reference)),
  });

  routes.add({
    method: 'post',
    path: '/api/staff/erasure-requests/:id/cancel',
    tags,
    summary: 'Cancel a waiting erasure (a mistaken under-age report: the account is unfrozen).',
    policy: staffWith('erase:personal-data:any'),
    request: { params: ZErasureRequestIdParamsSchema, body: ZStaffCancelRequestSchema },
    responses: { 200: { description: 'Cancelled', schema: ZStaffViewSchema }, 404: { description: 'No such request' }, 409: { description: 'No longer waiting' } },
    handler: async ({ input, ctx, res }) => res.json(await staff.cancel(ctx, input.params.id, input.body.reference)),
  });

  routes.add({
    method: 'post',
    path: '/api/staff/under-age-reports',
    tags,
    summary: 'Report an account as a child’s under the profile’s minimum age: it is frozen at once and queued for erasure.',
    policy: staffWith('erase:personal-data:any', { stepUp: true }),
    request: { body: ZUnderAgeReportRequestSchema },
    responses: {
      201: { description: 'Frozen and queued', schema: ZStaffViewSchema },
      404: { description: 'No such customer' },
      409: { description: 'No minimum age in this profile, or the account is already frozen or being erased' },
    },
    handler: async ({ input, ctx, res }) => res.status(201).json(await staff.reportUnderAge(ctx, input.body.customerId, input.body.reference)),
  });

  routes.add({
    method: 'get',
    path: '/api/staff/erasure-alerts',
    tags,
    summary: 'Erasure steps that kept failing for days (dead-lettered), newest first: each needs a privacy officer.',
    policy: staffWith('manage:requests:any'),
    responses: { 200: { description: 'The alerts', schema: ZErasureAlertListResponseSchema } },
    handler: async ({ res }) => res.json({ alerts: await staff.alerts() }),
  });

  routes.add({
    method: 'post',
    path: '/api/staff/erasure-steps/:id/retry',
    tags,
    summary: 'Send a dead-lettered step again (after the system was fixed), with a fresh set of retries.',
    policy: staffWith('erase:personal-data:any'),
    request: { params: ZStepIdParamsSchema },
    responses: { 200: { description: 'Queued again', schema: ZStaffViewSchema }, 404: { description: 'No dead-lettered step with this id' } },
    handler: async ({ input, ctx, res }) => res.json(await staff.retryStep(ctx, input.params.id)),
  });
}
