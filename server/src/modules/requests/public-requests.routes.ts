import {
  ZIdDocumentUploadResponseSchema,
  ZIdDocumentUploadSchema,
  ZPublicRequestConfirmResponseSchema,
  ZPublicRequestConfirmSchema,
  ZPublicRequestStartResponseSchema,
  ZPublicRequestStartSchema,
  ZPublicVerificationParamsSchema,
  ZRequestMetricsQuerySchema,
  ZRequestMetricsResponseSchema,
} from '@portal/shared/schemas/requests.schema';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { Db } from '../../db/client.ts';
import { publicRoute } from '../../http/route-policy.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import { requestMetrics } from './request-metrics.ts';
import type { TPublicRequestsService } from './public-requests.service.ts';

const tags = ['public requests'];
const WHY = 'people who cannot sign in exercise their rights; identity is proved by an emailed code and data points';

/** CCPA profiles publish their request metrics (11 CCR §7102). */
export function publishesMetrics(profile: TProfile): boolean {
  return profile.jurisdictions.includes('ccpa');
}

export function registerPublicRequestRoutes(routes: RouteRegistry, service: TPublicRequestsService, metrics: { db: Db; clock: TClock; profile: TProfile }): void {
  routes.add({
    method: 'post',
    path: '/api/public-requests',
    tags,
    summary: 'Start a request without an account: a 6-digit code goes to the email given. The answer is the same whoever you are.',
    policy: publicRoute(WHY),
    request: { body: ZPublicRequestStartSchema },
    responses: { 202: { description: 'Code sent', schema: ZPublicRequestStartResponseSchema }, 429: { description: 'Too many requests' } },
    handler: async ({ input, ctx, res }) => res.status(202).json(await service.start(ctx, input.body)),
  });

  routes.add({
    method: 'post',
    path: '/api/public-requests/:verificationId/confirm',
    tags,
    summary: 'Confirm with the emailed code: the request is filed and gets its reference and due date.',
    policy: publicRoute(WHY),
    request: { params: ZPublicVerificationParamsSchema, body: ZPublicRequestConfirmSchema },
    responses: {
      201: { description: 'Filed', schema: ZPublicRequestConfirmResponseSchema },
      400: { description: 'Wrong code' },
      410: { description: 'Expired, or too many wrong codes' },
    },
    handler: async ({ input, ctx, res }) => res.status(201).json(await service.confirm(ctx, input.params.verificationId, input.body.code)),
  });

  routes.add({
    method: 'post',
    path: '/api/public-requests/id-document',
    tags,
    summary: 'The last resort: an ID document for a request that could not be verified otherwise. Stored encrypted, deleted when verified or closed, at most after 30 days.',
    policy: publicRoute('the upload token from the confirmation proves the person confirmed the emailed code for this request'),
    jsonLimit: '8mb',
    request: { body: ZIdDocumentUploadSchema },
    responses: { 201: { description: 'Stored', schema: ZIdDocumentUploadResponseSchema }, 403: { description: 'Not a valid upload token' }, 413: { description: 'Larger than 5 MB' } },
    handler: async ({ input, ctx, res }) => res.status(201).json(await service.uploadDocument(ctx, input.body)),
  });

  routes.add({
    method: 'get',
    path: '/api/public/request-metrics',
    tags,
    summary: 'Requests received, completed and denied, and days to answer, by type, for a calendar year (CCPA profiles).',
    policy: publicRoute('the CCPA regulations ask these yearly metrics to be published'),
    request: { query: ZRequestMetricsQuerySchema },
    responses: { 200: { description: 'The metrics', schema: ZRequestMetricsResponseSchema }, 404: { description: 'This operator publishes none' } },
    handler: async ({ input, res }) => {
      if (!publishesMetrics(metrics.profile)) throw new AppError('not_found', 'This operator does not publish request metrics.');
      const now = metrics.clock.now();
      res.json(await requestMetrics(metrics.db, input.query.year ?? now.getUTCFullYear(), now));
    },
  });
}
