import type { Request } from 'express';
import {
  ZOneClickUnsubscribeFormSchema,
  ZUnsubscribeParamsSchema,
  ZUnsubscribePreviewResponseSchema,
  ZUnsubscribeResultSchema,
} from '@portal/shared/schemas/consent.schema';
import { publicRoute } from '../../http/route-policy.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TUnsubscribeService } from './unsubscribe.service.ts';

const tags = ['consent'];
const MULTIPART_LIMIT = 10_000;

/**
 * RFC 8058 §3.1: the body is `List-Unsubscribe=One-Click`, sent as application/x-www-form-urlencoded
 * (parsed by the route table) or multipart/form-data (read here; nothing else consumed the stream).
 */
async function isOneClickBody(req: Request): Promise<boolean> {
  if (req.is('application/x-www-form-urlencoded'))
    return ZOneClickUnsubscribeFormSchema.safeParse(req.body).success;
  if (!req.is('multipart/form-data')) return false;
  let body = '';
  for await (const chunk of req as AsyncIterable<Buffer>) {
    body += chunk.toString('utf8');
    if (body.length > MULTIPART_LIMIT) return false;
  }
  return /name="?List-Unsubscribe"?\r?\n(?:[^\r\n]+\r?\n)*\r?\nOne-Click\r?\n/.test(body);
}

export function registerUnsubscribeRoutes(
  routes: RouteRegistry,
  unsubscribe: TUnsubscribeService,
): void {
  const oneClick = (path: string) =>
    routes.add({
      method: 'post',
      path,
      tags,
      summary:
        'RFC 8058 one-click unsubscribe: form body List-Unsubscribe=One-Click; honoured at once, repeatable.',
      policy: publicRoute(
        'mail apps POST this without cookies or sign-in; the signed token names the recipient and list',
      ),
      bodyType: 'form',
      csrfExempt:
        'RFC 8058: mail providers POST it from their servers without our header; the unguessable signed token in the URL is the authorisation, and it can only withdraw consent',
      request: { params: ZUnsubscribeParamsSchema },
      responses: {
        200: { description: 'Unsubscribed (or already)', schema: ZUnsubscribeResultSchema },
        400: {
          description: 'Not a valid unsubscribe link, or not a one-click body; nothing changed',
        },
        410: { description: 'The link has expired; nothing changed' },
      },
      handler: async ({ input, ctx, req, res }) => {
        if (!(await isOneClickBody(req)))
          throw new AppError(
            'bad_request',
            'Send List-Unsubscribe=One-Click as a form body (RFC 8058).',
          );
        res.setHeader('Cache-Control', 'no-store');
        res.json(await unsubscribe.unsubscribe(ctx, input.params.token, 'one-click-unsubscribe'));
      },
    });
  // The List-Unsubscribe header carries /unsubscribe/<token>: a POST there acts, a GET opens the SPA's page.
  oneClick('/unsubscribe/:token');
  oneClick('/api/unsubscribe/:token');

  routes.add({
    method: 'get',
    path: '/api/unsubscribe/:token',
    tags,
    summary: 'What the unsubscribe link would do; changes nothing (mail scanners follow links).',
    policy: publicRoute(
      'opened from an email link without signing in; the signed token names the recipient and list',
    ),
    request: { params: ZUnsubscribeParamsSchema },
    responses: {
      200: {
        description: 'The list and whether it is already withdrawn',
        schema: ZUnsubscribePreviewResponseSchema,
      },
      400: { description: 'Not a valid unsubscribe link' },
      410: { description: 'The link has expired' },
    },
    handler: async ({ input, res }) => res.json(await unsubscribe.preview(input.params.token)),
  });

  routes.add({
    method: 'post',
    path: '/api/unsubscribe/:token/confirm',
    tags,
    summary: 'Unsubscribe from the confirmation page the email link opens.',
    policy: publicRoute(
      'the confirmation page works without signing in; the signed token names the recipient and list',
    ),
    request: { params: ZUnsubscribeParamsSchema },
    responses: {
      200: { description: 'Unsubscribed (or already)', schema: ZUnsubscribeResultSchema },
      400: { description: 'Not a valid unsubscribe link; nothing changed' },
      410: { description: 'The link has expired; nothing changed' },
    },
    handler: async ({ input, ctx, res }) =>
      res.json(await unsubscribe.unsubscribe(ctx, input.params.token, 'unsubscribe-link')),
  });
}
