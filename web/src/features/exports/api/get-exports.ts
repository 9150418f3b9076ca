import { queryOptions } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { EXPORTS_URL, ZExportListResponseSchema } from './export-view';
import { exportKeys } from './query-keys';

/** GET /api/exports: the customer's exports, newest first. */
export function getExports({ signal }: { signal?: AbortSignal } = {}) {
  return apiClient.get(EXPORTS_URL, { schema: ZExportListResponseSchema, signal });
}

export function exportsQueryOptions() {
  return queryOptions({
    queryKey: exportKeys.lists(),
    queryFn: ({ signal }) => getExports({ signal }),
  });
}
