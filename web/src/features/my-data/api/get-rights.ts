import { queryOptions } from '@tanstack/react-query';
import type { TLanguage } from '@portal/shared/domain/languages';
import { ZRightsResponseSchema } from '@portal/shared/schemas/personal-data.schema';
import { apiClient } from '../../../lib/api-client';
import { MY_DATA_URL } from './get-my-data';
import { myDataKeys } from './query-keys';

/** GET /api/my-data/rights: rights, supervisory authority, automated decisions, transfer safeguards. */
export function getRights(language: TLanguage, { signal }: { signal?: AbortSignal } = {}) {
  return apiClient.get(`${MY_DATA_URL}/rights?language=${language}`, { schema: ZRightsResponseSchema, signal });
}

export function rightsQueryOptions(language: TLanguage) {
  return queryOptions({
    queryKey: myDataKeys.rights(language),
    queryFn: ({ signal }) => getRights(language, { signal }),
    // Profile configuration: it only changes with a new deployment.
    staleTime: Infinity,
  });
}
