import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  ZPublishPrivacyNoticeResponseSchema,
  type TPublishPrivacyNoticeRequest,
} from '@portal/shared/schemas/privacy-notice.schema';
import { apiClient } from '../../../lib/api-client';
import { privacyNoticeKeys } from './query-keys';

const VERSIONS_URL = '/api/staff/privacy-notice/versions';

/**
 * POST /api/staff/privacy-notice/versions (privacy officers): 201 once the version is stored and the
 * announcement email is queued. Every language's notice is refetched, since each lists the versions.
 */
export function usePublishPrivacyNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TPublishPrivacyNoticeRequest) =>
      apiClient.post(VERSIONS_URL, body, { schema: ZPublishPrivacyNoticeResponseSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: privacyNoticeKeys.all }),
  });
}
