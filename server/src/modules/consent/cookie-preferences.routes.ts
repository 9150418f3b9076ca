import {
  ZCookieCategoryParamsSchema,
  ZCookiePreferencesQuerySchema,
  ZCookiePreferencesResponseSchema,
  ZUpdateCookiePreferenceRequestSchema,
  ZUpdateCookiePreferenceResponseSchema,
} from '@portal/shared/schemas/cookie-preferences.schema';
import { customerOnly, customerReads } from '../../http/route-policy.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TCookiePreferencesService } from './cookie-preferences.service.ts';

const tags = ['consent'];

export function registerCookiePreferencesRoutes(routes: RouteRegistry, cookies: TCookiePreferencesService): void {
  routes.add({
    method: 'get',
    path: '/api/cookie-preferences',
    tags,
    summary: "The operator's cookie categories with their vendors and the customer's choice for each (nothing pre-ticked).",
    policy: customerReads('manage:consent:own'),
    request: { query: ZCookiePreferencesQuerySchema },
    responses: { 200: { description: 'Cookie categories and choices', schema: ZCookiePreferencesResponseSchema } },
    handler: async ({ input, ctx, res }) => res.json(await cookies.get(ctx, input.query.language)),
  });

  routes.add({
    method: 'put',
    path: '/api/cookie-preferences/:category',
    tags,
    summary: 'Allow or refuse a non-essential cookie category; recorded in the consent ledger with the notice version.',
    policy: customerOnly('manage:consent:own'),
    request: { params: ZCookieCategoryParamsSchema, body: ZUpdateCookiePreferenceRequestSchema },
    responses: {
      200: { description: 'The choice now in force', schema: ZUpdateCookiePreferenceResponseSchema },
      404: { description: 'The operator uses no cookies of this category' },
      409: { description: 'The privacy notice changed since the page was loaded' },
    },
    handler: async ({ input, ctx, res }) => res.json(await cookies.update(ctx, input.params.category, input.body)),
  });
}
