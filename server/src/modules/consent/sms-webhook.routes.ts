import {
  ZSmsInboundRequestSchema,
  ZSmsInboundResponseSchema,
} from '@portal/shared/schemas/consent.schema';
import { publicRoute } from '../../http/route-policy.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import {
  SMS_SIGNATURE_HEADER,
  SMS_TIMESTAMP_HEADER,
  verifySmsWebhook,
} from './sms-webhook-signature.ts';
import type { TSmsStopService } from './sms-stop.service.ts';

export function registerSmsWebhookRoutes(
  routes: RouteRegistry,
  deps: { smsStop: TSmsStopService; secret: string | null; clock: TClock },
): void {
  routes.add({
    method: 'post',
    path: '/api/webhooks/sms-inbound',
    tags: ['consent', 'webhooks'],
    summary: `Inbound text from the SMS provider, signed with ${SMS_SIGNATURE_HEADER} and ${SMS_TIMESTAMP_HEADER}; STOP withdraws SMS consent.`,
    policy: publicRoute(
      'called by the SMS provider, authenticated by the HMAC signature, not a session',
    ),
    csrfExempt:
      'server-to-server call from the SMS provider; the HMAC signature with the shared SMS_WEBHOOK_SECRET authenticates it',
    request: { body: ZSmsInboundRequestSchema },
    responses: {
      200: {
        description: 'The one reply to send back to the sender',
        schema: ZSmsInboundResponseSchema,
      },
      401: { description: 'Missing, stale or wrong signature' },
      503: { description: 'SMS_WEBHOOK_SECRET is not configured' },
    },
    handler: async ({ input, ctx, req, res }) => {
      if (!deps.secret)
        throw new AppError('unavailable', 'The SMS webhook is not configured on this portal.');
      const headers = {
        signature: req.get(SMS_SIGNATURE_HEADER),
        timestamp: req.get(SMS_TIMESTAMP_HEADER),
      };
      if (!verifySmsWebhook(deps.secret, headers, input.body, deps.clock.now())) {
        throw new AppError('unauthenticated', 'The request signature is missing or not valid.');
      }
      res.json(await deps.smsStop.receive(ctx, input.body));
    },
  });
}
