import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCreateExportRequest } from '@portal/shared/schemas/export.schema';
import { apiClient, ApiError } from '../../../lib/api-client';
import { withStepUp } from '../../../lib/step-up';
import { EXPORTS_URL, ZExportViewResponseSchema, type TExportListResponse, type TExportViewResponse } from './export-view';
import { exportKeys } from './query-keys';

export type TCreateExportInput = {
  body: TCreateExportRequest;
  /** The same key for every attempt of one submission, so a repeat never builds a second file. */
  idempotencyKey: string;
};

/** POST /api/exports: queue an export (202), or the same one again for a repeated key (200). */
export function createExport({ body, idempotencyKey }: TCreateExportInput) {
  return apiClient.post(EXPORTS_URL, body, {
    schema: ZExportViewResponseSchema,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

function withExport(list: TExportListResponse | undefined, view: TExportViewResponse) {
  if (!list) return list;
  return { exports: [view, ...list.exports.filter((item) => item.id !== view.id)] };
}

/**
 * What the page does after an answer. These run with the mutation itself, not with the component
 * that started it: a successful request replaces the form with the progress, unmounting it.
 */
export type TCreateExportEvents = {
  onCreated?: (view: TExportViewResponse) => void;
  onAlreadyRunning?: () => void;
};

/** Needs a recent re-authentication: `withStepUp` asks for it and repeats the call with the same key. */
export function useCreateExport({ onCreated, onAlreadyRunning }: TCreateExportEvents = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TCreateExportInput) => withStepUp(() => createExport(input)),
    onSuccess: (view) => {
      onCreated?.(view);
      // Shown at once from the answer; the list is fetched again in the background to stay exact.
      queryClient.setQueryData(exportKeys.detail(view.id), view);
      queryClient.setQueryData(exportKeys.lists(), (list: TExportListResponse | undefined) => withExport(list, view));
      return queryClient.invalidateQueries({ queryKey: exportKeys.lists(), exact: true });
    },
    onError: (error) => {
      // Another export is being prepared (another tab or device): fetch the list to show its progress.
      if (error instanceof ApiError && error.code === 'conflict') {
        onAlreadyRunning?.();
        return queryClient.invalidateQueries({ queryKey: exportKeys.lists(), exact: true });
      }
      return undefined;
    },
  });
}
