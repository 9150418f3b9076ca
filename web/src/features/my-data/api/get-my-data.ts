import { queryOptions } from '@tanstack/react-query';
import type { TLanguage } from '@portal/shared/domain/languages';
import { ZMyDataResponseSchema } from '@portal/shared/schemas/personal-data.schema';
import { apiClient } from '../../../lib/api-client';
import { myDataKeys } from './query-keys';

export const MY_DATA_URL = '/api/my-data';

/** GET /api/my-data: every category held, with why, until when, to whom; single-record values. */
export function getMyData(language: TLanguage, { signal }: { signal?: AbortSignal } = {}) {
  return apiClient.get(`${MY_DATA_URL}?language=${language}`, { schema: ZMyDataResponseSchema, signal });
}

export function myDataQueryOptions(language: TLanguage) {
  return queryOptions({
    queryKey: myDataKeys.overview(language),
    queryFn: ({ signal }) => getMyData(language, { signal }),
  });
}
