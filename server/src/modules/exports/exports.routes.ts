import { pipeline } from 'node:stream/promises';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import {
  EXPORT_SCHEMA_VERSION,
  ZCreateExportRequestSchema,
  ZExportDownloadQuerySchema,
  ZExportIdParamsSchema,
  ZExportLinkResponseSchema,
  ZExportListResponseSchema,
  ZExportSchemaParamsSchema,
  ZExportViewSchema,
} from '@portal/shared/schemas/export.schema';
import { customerOnly, customerReads, publicRoute } from '../../http/route-policy.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import { AppError } from '../../lib/app-error.ts';
import { exportDataSchema } from './export-data-schema.ts';
import type { TExportsService } from './exports.service.ts';

const tags = ['exports'];
const PERMISSION = 'export:personal-data:own';

export function registerExportRoutes(routes: RouteRegistry, deps: { exports: TExportsService; profile: TProfile; publicOrigin: string }): void {
  const { exports } = deps;

  routes.add({
    method: 'post',
    path: '/api/exports',
    tags,
    summary:
      'Ask for a copy of your data (a ZIP). Needs a fresh sign-in and an Idempotency-Key header: the same key with the same body answers the same export.',
    policy: customerOnly(PERMISSION, { stepUp: true }),
    request: { body: ZCreateExportRequestSchema },
    responses: {
      202: { description: 'Queued; poll GET /api/exports/{id} for progress', schema: ZExportViewSchema },
      200: { description: 'The export this Idempotency-Key already asked for', schema: ZExportViewSchema },
      400: { description: 'No Idempotency-Key, or an invalid body' },
      409: { description: 'An export is already being prepared' },
      422: { description: 'The Idempotency-Key was used with another body' },
    },
    handler: async ({ input, ctx, req, res }) => {
      const { created, view } = await exports.create(ctx, req.get('idempotency-key'), input.body);
      res.setHeader('Location', `/api/exports/${view.id}`);
      res.status(created ? 202 : 200).json(view);
    },
  });

  routes.add({
    method: 'get',
    path: '/api/exports',
    tags,
    summary: 'Your exports, newest first, with their status and progress.',
    // Status only, never a file or a ticket: staff helping the customer may see that one is running.
    policy: customerReads(PERMISSION),
    responses: { 200: { description: 'Your exports', schema: ZExportListResponseSchema } },
    handler: async ({ ctx, res }) => res.json({ exports: await exports.list(ctx) }),
  });

  routes.add({
    method: 'get',
    path: '/api/exports/:id',
    tags,
    summary: 'One of your exports: status, progress (categories done, records written), expiry.',
    policy: customerReads(PERMISSION),
    request: { params: ZExportIdParamsSchema },
    responses: { 200: { description: 'The export', schema: ZExportViewSchema }, 404: { description: 'Not one of your exports' } },
    handler: async ({ input, ctx, res }) => res.json(await exports.get(ctx, input.params.id)),
  });

  routes.add({
    method: 'post',
    path: '/api/exports/:id/link',
    tags,
    summary: 'A download URL with a ticket valid for five minutes, for you and this export only.',
    policy: customerOnly(PERMISSION, { stepUp: true }),
    request: { params: ZExportIdParamsSchema },
    responses: {
      200: { description: 'The URL to download from', schema: ZExportLinkResponseSchema },
      404: { description: 'Not one of your exports' },
      409: { description: 'Not ready yet' },
      410: { description: 'Expired and deleted; ask for a new export' },
    },
    handler: async ({ input, ctx, res }) => res.json(await exports.issueLink(ctx, input.params.id)),
  });

  routes.add({
    method: 'get',
    path: '/api/exports/:id/download',
    tags,
    summary: 'The ZIP itself. Needs the ticket from POST /api/exports/{id}/link and your own session; every download is audited.',
    policy: customerOnly(PERMISSION, { stepUp: true }),
    request: { params: ZExportIdParamsSchema, query: ZExportDownloadQuerySchema },
    responses: {
      200: { description: 'The ZIP', contentType: 'application/zip' },
      403: { description: 'A ticket for another customer or export, or not a ticket' },
      410: { description: 'The ticket or the export expired' },
    },
    handler: async ({ input, ctx, res }) => {
      const file = await exports.openDownload(ctx, input.params.id, input.query.token);
      // security.md line 14.
      res.setHeader('Content-Type', 'application/zip');
      res.setHeader('Content-Length', String(file.size));
      res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'no-referrer');
      // A browser that stops the download closes the socket: nothing to answer any more.
      await pipeline(file.stream, res).catch(() => res.destroy());
    },
  });

  routes.add({
    method: 'get',
    path: '/api/schemas/export/:version.json',
    tags,
    summary: 'The JSON Schema (draft 2020-12) of the data/<category>.json files in an export.',
    policy: publicRoute('the export format is public documentation: it describes fields, never anyone’s data'),
    request: { params: ZExportSchemaParamsSchema },
    responses: { 200: { description: 'A JSON Schema', contentType: 'application/schema+json' }, 404: { description: 'No such version' } },
    handler: ({ input, res }) => {
      if (input.params.version !== EXPORT_SCHEMA_VERSION) throw new AppError('not_found', 'There is no export schema of that version.');
      res.setHeader('Cache-Control', 'public, max-age=3600');
      res.type('application/schema+json').send(JSON.stringify(exportDataSchema(deps.profile, deps.publicOrigin), null, 2));
    },
  });
}
