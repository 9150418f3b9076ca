import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  ZRectificationRequestResponseSchema,
  type TRectificationRequestRequest,
} from '@portal/shared/schemas/personal-data.schema';
import { apiClient } from '../../../lib/api-client';
import { MY_DATA_URL } from './get-my-data';
import { myDataKeys } from './query-keys';

/** POST /api/my-data/rectification-requests: ask for a correction (and optionally dispute the value). */
export function requestRectification(input: TRectificationRequestRequest) {
  return apiClient.post(`${MY_DATA_URL}/rectification-requests`, input, { schema: ZRectificationRequestResponseSchema });
}

export function useRequestRectification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestRectification,
    // The overview lists open requests and marks disputed fields.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...myDataKeys.all, 'overview'] }),
  });
}
