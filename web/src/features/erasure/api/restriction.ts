import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ZRestrictionViewSchema } from '@portal/shared/schemas/erasure.schema';
import { apiClient } from '../../../lib/api-client';
import { erasureKeys } from './query-keys';

const RESTRICTION_URL = '/api/processing-restriction';

export function restrictionQueryOptions() {
  return queryOptions({
    queryKey: erasureKeys.restriction(),
    queryFn: ({ signal }) => apiClient.get(RESTRICTION_URL, { schema: ZRestrictionViewSchema, signal }),
  });
}

/** POST restricts processing everywhere, DELETE lifts it; the answer says what each system did. */
export function useChangeRestriction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (restrict: boolean) =>
      restrict ? apiClient.post(RESTRICTION_URL, {}, { schema: ZRestrictionViewSchema }) : apiClient.delete(RESTRICTION_URL, { schema: ZRestrictionViewSchema }),
    onSuccess: (view) => queryClient.setQueryData(erasureKeys.restriction(), view),
  });
}
