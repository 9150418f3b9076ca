import { infiniteQueryOptions } from '@tanstack/react-query';
import { ZCategoryRecordsResponseSchema } from '@portal/shared/schemas/personal-data.schema';
import { apiClient } from '../../../lib/api-client';
import { MY_DATA_URL } from './get-my-data';
import { myDataKeys } from './query-keys';

export const RECORDS_PAGE_SIZE = 20;

/** GET /api/my-data/categories/:category/records: newest first, a page at a time. */
export function getCategoryRecords(category: string, cursor: string | null, { signal }: { signal?: AbortSignal } = {}) {
  const query = new URLSearchParams({ limit: String(RECORDS_PAGE_SIZE) });
  if (cursor) query.set('cursor', cursor);
  return apiClient.get(`${MY_DATA_URL}/categories/${encodeURIComponent(category)}/records?${query.toString()}`, {
    schema: ZCategoryRecordsResponseSchema,
    signal,
  });
}

export function categoryRecordsQueryOptions(category: string) {
  return infiniteQueryOptions({
    queryKey: myDataKeys.records(category),
    queryFn: ({ pageParam, signal }) => getCategoryRecords(category, pageParam, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}
