import { queryOptions } from '@tanstack/react-query';
import type { TLanguage } from '@portal/shared/domain/languages';
import { ZPrivacyNoticeResponseSchema } from '@portal/shared/schemas/privacy-notice.schema';
import { apiClient } from '../../../lib/api-client';
import { privacyNoticeKeys } from './query-keys';

/** GET /api/privacy-notice (public): the version in force, its text and every version's summary. */
export function getPrivacyNotice(language: TLanguage, { signal }: { signal?: AbortSignal } = {}) {
  return apiClient.get(`/api/privacy-notice?language=${language}`, {
    schema: ZPrivacyNoticeResponseSchema,
    signal,
  });
}

export function privacyNoticeQueryOptions(language: TLanguage) {
  return queryOptions({
    queryKey: privacyNoticeKeys.notice(language),
    queryFn: ({ signal }) => getPrivacyNotice(language, { signal }),
  });
}
