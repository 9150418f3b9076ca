import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZExportLinkResponseSchema } from '@portal/shared/schemas/export.schema';
import { apiClient, ApiError } from '../../../lib/api-client';
import { withStepUp } from '../../../lib/step-up';
import { EXPORTS_URL } from './export-view';
import { exportKeys } from './query-keys';

/** The file must come from our own origin, with our session: never follow a link elsewhere. */
const ZSameOriginLinkSchema = ZExportLinkResponseSchema.refine(
  (link) => link.url.startsWith('/') && !link.url.startsWith('//') && !link.url.includes('\\'),
  { message: 'the download URL must be a same-origin path', path: ['url'] },
);

/** POST /api/exports/:id/link: a short-lived URL of the file (410 once the file was deleted). */
export function createExportLink(id: string) {
  return apiClient.post(`${EXPORTS_URL}/${encodeURIComponent(id)}/link`, {}, { schema: ZSameOriginLinkSchema });
}

/** Downloading needs a recent re-authentication too; `withStepUp` asks for it and repeats the call. */
export function useCreateExportLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => withStepUp(() => createExportLink(id)),
    onError: (error, id) => {
      // The file expired: fetch the export and the list again so they say so.
      if (error instanceof ApiError && error.code === 'gone') {
        return Promise.all([
          queryClient.invalidateQueries({ queryKey: exportKeys.detail(id) }),
          queryClient.invalidateQueries({ queryKey: exportKeys.lists(), exact: true }),
        ]);
      }
      return undefined;
    },
  });
}
