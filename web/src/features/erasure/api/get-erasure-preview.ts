import { queryOptions } from '@tanstack/react-query';
import { ZErasurePreviewResponseSchema } from '@portal/shared/schemas/erasure.schema';
import type { TLanguage } from '@portal/shared/domain/languages';
import { apiClient } from '../../../lib/api-client';
import { erasureKeys } from './query-keys';

/** GET /api/erasure/preview: per system and category, what erasing would do, in `language`. */
export function getErasurePreview(language: TLanguage, { signal }: { signal?: AbortSignal } = {}) {
  return apiClient.get(`/api/erasure/preview?language=${encodeURIComponent(language)}`, { schema: ZErasurePreviewResponseSchema, signal });
}

export function erasurePreviewQueryOptions(language: TLanguage) {
  return queryOptions({
    queryKey: erasureKeys.preview(language),
    queryFn: ({ signal }) => getErasurePreview(language, { signal }),
  });
}
