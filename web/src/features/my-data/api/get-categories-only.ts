import { queryOptions } from '@tanstack/react-query';
import type { TLanguage } from '@portal/shared/domain/languages';
import { ZCategoriesOnlyResponseSchema } from '@portal/shared/schemas/personal-data.schema';
import { apiClient } from '../../../lib/api-client';
import { MY_DATA_URL } from './get-my-data';
import { myDataKeys } from './query-keys';

/** GET /api/my-data/categories-only: the kinds of data held, from where, why, to whom; no values. */
export function getCategoriesOnly(language: TLanguage, { signal }: { signal?: AbortSignal } = {}) {
  return apiClient.get(`${MY_DATA_URL}/categories-only?language=${language}`, { schema: ZCategoriesOnlyResponseSchema, signal });
}

export function categoriesOnlyQueryOptions(language: TLanguage) {
  return queryOptions({
    queryKey: myDataKeys.categoriesOnly(language),
    queryFn: ({ signal }) => getCategoriesOnly(language, { signal }),
  });
}
