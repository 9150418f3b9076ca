import type { TExportView } from '@portal/shared/schemas/export.schema';
import type { TExportRow } from './exports.repository.ts';

/** The export as the customer sees it: status and progress, never paths, keys or worker ids. */
export function presentExport(row: TExportRow): TExportView {
  const total = row.categories.length;
  const percent = row.status === 'ready' ? 100 : total === 0 ? 0 : Math.min(99, Math.floor((row.categoriesDone / total) * 100));
  return {
    id: row.id,
    status: row.status,
    categories: [...row.categories],
    dateRange: row.dateFrom || row.dateTo ? { from: row.dateFrom, to: row.dateTo } : null,
    formats: [...row.formats],
    progress: {
      categoriesDone: row.categoriesDone,
      categoriesTotal: total,
      recordsWritten: row.recordsWritten,
      percent: row.status === 'running' || row.status === 'ready' ? percent : 0,
    },
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    expiresAt: row.status === 'ready' ? (row.expiresAt?.toISOString() ?? null) : null,
    fileSize: row.status === 'ready' ? row.fileSize : null,
    failure: row.status === 'failed' ? row.failure : null,
  };
}
