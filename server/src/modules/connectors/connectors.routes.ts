import {
  ZConnectorCallbackParamsSchema,
  ZConnectorCallbackRequestSchema,
  ZConnectorCallbackResponseSchema,
} from '@portal/shared/schemas/personal-data.schema';
import { publicRoute } from '../../http/route-policy.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TConnectorCallbacksService } from './connector-callbacks.service.ts';
import { SIGNATURE_HEADER } from './connector-signature.ts';

export function registerConnectorRoutes(routes: RouteRegistry, callbacks: TConnectorCallbacksService): void {
  routes.add({
    method: 'post',
    path: '/api/connectors/:system/callback',
    tags: ['connectors'],
    summary: 'An operator system reports the result of an operation it accepted earlier (HMAC-signed; see docs/connector-protocol.md).',
    policy: publicRoute('operator systems call it server to server; the HMAC-SHA256 signature with the system secret authenticates it'),
    csrfExempt: 'server-to-server callback without a browser session, authenticated by its X-Custodia-Signature',
    request: { params: ZConnectorCallbackParamsSchema, body: ZConnectorCallbackRequestSchema },
    responses: {
      200: { description: 'The operation as it now stands', schema: ZConnectorCallbackResponseSchema },
      401: { description: 'Missing, stale or wrong signature' },
      404: { description: 'No such system or operation' },
    },
    handler: async ({ input, ctx, req, res }) =>
      res.json(
        await callbacks.receive(ctx, {
          system: input.params.system,
          signature: req.get(SIGNATURE_HEADER),
          rawBody: req.body as unknown,
          body: input.body,
        }),
      ),
  });
}
