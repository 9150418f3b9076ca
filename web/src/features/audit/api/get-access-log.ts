import { infiniteQueryOptions } from '@tanstack/react-query';
import type { TLanguage } from '@portal/shared/domain/languages';
import { ZAccessLogResponseSchema } from '@portal/shared/schemas/audit.schema';
import { apiClient } from '../../../lib/api-client';
import { auditKeys } from './query-keys';

export const ACCESS_LOG_URL = '/api/my-data/access-log';

/** GET /api/my-data/access-log: who touched my data, newest first, with the chain's verdict. */
export function accessLogQueryOptions(language: TLanguage) {
  return infiniteQueryOptions({
    queryKey: auditKeys.accessLog(language),
    queryFn: ({ pageParam, signal }) =>
      apiClient.get(`${ACCESS_LOG_URL}?language=${language}${pageParam ? `&cursor=${pageParam}` : ''}`, {
        schema: ZAccessLogResponseSchema,
        signal,
      }),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
