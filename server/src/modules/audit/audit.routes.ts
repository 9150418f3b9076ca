import { once } from 'node:events';
import type { Response } from 'express';
import {
  ZAccessLogQuerySchema,
  ZAccessLogResponseSchema,
  ZAuditExportQuerySchema,
  ZAuditSearchQuerySchema,
  ZAuditSearchResponseSchema,
  ZAuditVerificationSchema,
} from '@portal/shared/schemas/audit.schema';
import { customerReads, staffWith } from '../../http/route-policy.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TAccessLogService } from './access-log.service.ts';
import { CSV_HEADER, csvLine } from './audit-viewer.presenter.ts';
import type { TAuditViewerService } from './audit-viewer.service.ts';

const tags = ['audit'];
const READ_AUDIT = staffWith('read:audit:any');

/** Writes with backpressure, so a large export never piles up in memory. */
async function write(res: Response, chunk: string): Promise<void> {
  if (!res.write(chunk)) await once(res, 'drain');
}

export function registerAuditRoutes(routes: RouteRegistry, services: { viewer: TAuditViewerService; accessLog: TAccessLogService }): void {
  const { viewer, accessLog } = services;

  routes.add({
    method: 'get', path: '/api/staff/audit/events', tags, policy: READ_AUDIT,
    summary: 'Search the audit trail by customer, staff member, event type and date, newest first. The search is audited.',
    request: { query: ZAuditSearchQuerySchema },
    responses: { 200: { description: 'A page of entries', schema: ZAuditSearchResponseSchema } },
    handler: async ({ input, ctx, res }) => {
      const { cursor, limit, ...filters } = input.query;
      res.json(await viewer.search(ctx, filters, { cursor, limit }));
    },
  });

  routes.add({
    method: 'get', path: '/api/staff/audit/events/export', tags, policy: READ_AUDIT,
    summary: 'Download the matching entries as CSV or JSON, with the same columns as the viewer. The export is audited.',
    request: { query: ZAuditExportQuerySchema },
    responses: {
      200: { description: 'The entries, as an attachment', contentType: 'text/csv' },
    },
    handler: async ({ input, ctx, res }) => {
      const { format, ...filters } = input.query;
      const entries = viewer.exportEntries(ctx, filters, format);
      // Pull the first entry before any header goes out: a failure (audit append) still gets the error envelope.
      const first = await entries.next();
      const stamp = new Date().toISOString().slice(0, 10);
      res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="audit-trail-${stamp}.${format}"`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      let count = 0;
      const emit = (entry: NonNullable<typeof first.value>) =>
        write(res, format === 'csv' ? csvLine(entry) : `${count++ === 0 ? '\n' : ',\n'}${JSON.stringify(entry)}`);
      await write(res, format === 'csv' ? CSV_HEADER : '[');
      if (!first.done) await emit(first.value);
      for await (const entry of entries) await emit(entry);
      res.end(format === 'csv' ? '' : '\n]\n');
    },
  });

  routes.add({
    method: 'post', path: '/api/staff/audit/verify', tags, policy: READ_AUDIT,
    summary: 'Walk the whole hash chain and its signed checkpoints; reports the first bad sequence number. Audited.',
    responses: { 200: { description: 'The result', schema: ZAuditVerificationSchema } },
    handler: async ({ ctx, res }) => res.json(await viewer.verify(ctx)),
  });

  routes.add({
    method: 'get', path: '/api/my-data/access-log', tags,
    policy: customerReads('read:personal-data:own'),
    summary: 'Who touched my data: staff views and actions, impersonations with their reason, systems a correction went to; checked against the audit chain.',
    request: { query: ZAccessLogQuerySchema },
    responses: { 200: { description: 'Newest first, 30 at a time', schema: ZAccessLogResponseSchema } },
    handler: async ({ input, ctx, res }) => res.json(await accessLog.list(ctx, input.query)),
  });
}
