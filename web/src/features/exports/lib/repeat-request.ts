import type { TCreateExportRequest } from '@portal/shared/schemas/export.schema';
import type { TExportViewResponse } from '../api/export-view';

/** The same choices as an earlier export: how a failed or expired export is asked for again. */
export function repeatRequest(view: TExportViewResponse): TCreateExportRequest {
  return {
    ...(view.categories.length > 0 ? { categories: view.categories } : {}),
    ...(view.dateRange?.from ? { from: view.dateRange.from } : {}),
    ...(view.dateRange?.to ? { to: view.dateRange.to } : {}),
    formats: view.formats,
  };
}
