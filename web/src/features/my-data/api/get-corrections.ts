import { infiniteQueryOptions } from '@tanstack/react-query';
import { ZCorrectionsResponseSchema } from '@portal/shared/schemas/personal-data.schema';
import { apiClient } from '../../../lib/api-client';
import { MY_DATA_URL } from './get-my-data';
import { myDataKeys } from './query-keys';

/** GET /api/my-data/corrections: past corrections with where each was passed on. */
export function getCorrections(cursor: string | null, { signal }: { signal?: AbortSignal } = {}) {
  const query = new URLSearchParams({ limit: '10' });
  if (cursor) query.set('cursor', cursor);
  return apiClient.get(`${MY_DATA_URL}/corrections?${query.toString()}`, { schema: ZCorrectionsResponseSchema, signal });
}

export function correctionsQueryOptions() {
  return infiniteQueryOptions({
    queryKey: myDataKeys.corrections(),
    queryFn: ({ pageParam, signal }) => getCorrections(pageParam, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}
