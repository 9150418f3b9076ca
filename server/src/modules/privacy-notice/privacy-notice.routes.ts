import {
  ZPrivacyNoticeQuerySchema,
  ZPrivacyNoticeResponseSchema,
  ZPublishPrivacyNoticeRequestSchema,
  ZPublishPrivacyNoticeResponseSchema,
} from '@portal/shared/schemas/privacy-notice.schema';
import { publicRoute, staffWith } from '../../http/route-policy.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TPrivacyNoticeService } from './privacy-notice.service.ts';

const tags = ['privacy-notice'];

export function registerPrivacyNoticeRoutes(routes: RouteRegistry, notices: TPrivacyNoticeService): void {
  routes.add({
    method: 'get',
    path: '/api/privacy-notice',
    tags,
    summary: 'The privacy notice in force, in ?language= where written, and every version with a summary of its change.',
    policy: publicRoute('the privacy notice must be available to everyone before they sign up (GDPR Art. 13)'),
    request: { query: ZPrivacyNoticeQuerySchema },
    responses: { 200: { description: 'The notice and its history', schema: ZPrivacyNoticeResponseSchema } },
    handler: async ({ input, res }) => res.json(await notices.getNotice(input.query.language)),
  });

  routes.add({
    method: 'post',
    path: '/api/staff/privacy-notice/versions',
    tags: ['staff', ...tags],
    summary: 'Publish a new notice version (privacy officers); every customer is emailed once with its effective date.',
    policy: staffWith('manage:requests:any', { whileImpersonating: 'forbidden' }),
    request: { body: ZPublishPrivacyNoticeRequestSchema },
    responses: {
      201: { description: 'Published; the announcement job is queued', schema: ZPublishPrivacyNoticeResponseSchema },
      400: { description: 'Effective date in the past, or the default language text is missing' },
      409: { description: 'A version with this id exists' },
    },
    handler: async ({ input, ctx, res }) => res.status(201).json(await notices.publish(ctx, input.body)),
  });
}
