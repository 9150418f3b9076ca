import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZCorrectFieldResponseSchema, type TCorrectFieldRequest } from '@portal/shared/schemas/personal-data.schema';
import { apiClient, ApiError } from '../../../lib/api-client';
import { MY_DATA_URL } from './get-my-data';
import { myDataKeys } from './query-keys';

/** PATCH /api/my-data/fields: correct one field at the version the customer saw. */
export function correctField(input: TCorrectFieldRequest) {
  return apiClient.patch(`${MY_DATA_URL}/fields`, input, { schema: ZCorrectFieldResponseSchema });
}

/** A 409: someone changed the field since the page loaded. */
export const isConflict = (error: unknown) => error instanceof ApiError && error.status === 409;

/**
 * Saves a correction. Afterwards (saved or refused) the category's data and the correction history
 * are fetched again, so a conflict shows the value stored now and the next save sends its version.
 */
export function useCorrectField(category: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: correctField,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [...myDataKeys.all, 'overview'] }),
        queryClient.invalidateQueries({ queryKey: myDataKeys.records(category) }),
        queryClient.invalidateQueries({ queryKey: myDataKeys.corrections() }),
      ]),
  });
}
