import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { apiClient } from '../../../lib/api-client';
import { EXPORTS_URL, isActiveExport, ZExportViewResponseSchema, type TExportViewResponse } from './export-view';
import { exportKeys } from './query-keys';

/** How often the progress of a queued or running export is asked for. */
export const EXPORT_POLL_INTERVAL_MS = 2000;

/** GET /api/exports/:id: one export with its progress. */
export function getExport(id: string, { signal }: { signal?: AbortSignal } = {}) {
  return apiClient.get(`${EXPORTS_URL}/${encodeURIComponent(id)}`, { schema: ZExportViewResponseSchema, signal });
}

export function exportQueryOptions(id: string) {
  return queryOptions({
    queryKey: exportKeys.detail(id),
    queryFn: ({ signal }) => getExport(id, { signal }),
    // Poll only while the file is being built; a finished export does not change by itself.
    refetchInterval: (query) => (query.state.data && isActiveExport(query.state.data) ? EXPORT_POLL_INTERVAL_MS : false),
  });
}

/**
 * One export, starting from what the list said about it and polling while it is active. When it
 * finishes, the list is fetched again so the history shows the same state.
 */
export function useExport(initial: TExportViewResponse) {
  const queryClient = useQueryClient();
  const query = useQuery({ ...exportQueryOptions(initial.id), initialData: initial });
  const active = isActiveExport(query.data);
  const wasActive = useRef(active);

  useEffect(() => {
    if (wasActive.current && !active) {
      void queryClient.invalidateQueries({ queryKey: exportKeys.lists(), exact: true });
    }
    wasActive.current = active;
  }, [active, queryClient]);

  return query;
}
