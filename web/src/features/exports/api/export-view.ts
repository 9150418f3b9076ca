import { z } from 'zod';
import { EXPORT_STATUSES, ZExportViewSchema, type TExportStatus } from '@portal/shared/schemas/export.schema';

export const EXPORTS_URL = '/api/exports';

/**
 * The shared view with one tolerance: a status this version of the app does not know yet (the
 * server may add `cancelled`) must not turn the whole page into an error, so it is read as a
 * string and shown as an export that has ended.
 */
export const ZExportViewResponseSchema = ZExportViewSchema.extend({ status: z.string().min(1) });
export type TExportViewResponse = z.infer<typeof ZExportViewResponseSchema>;

export const ZExportListResponseSchema = z.object({ exports: z.array(ZExportViewResponseSchema) }).strict();
export type TExportListResponse = z.infer<typeof ZExportListResponseSchema>;

export function isKnownStatus(status: string): status is TExportStatus {
  return (EXPORT_STATUSES as readonly string[]).includes(status);
}

/** Queued or running: the server is still building the file, so the page keeps asking. */
export function isActiveExport(view: Pick<TExportViewResponse, 'status'>): boolean {
  return view.status === 'queued' || view.status === 'running';
}
