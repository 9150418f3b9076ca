import { queryOptions } from '@tanstack/react-query';
import { ZPublicProfileResponseSchema } from '@portal/shared/schemas/public-profile.schema';
import { apiClient } from '../../../lib/api-client';
import { operatorKeys } from './query-keys';

/** GET /api/profile: the operator's public profile (name, contacts, authority, languages, theme). */
export function getOperatorProfile({ signal }: { signal?: AbortSignal } = {}) {
  return apiClient.get('/api/profile', { schema: ZPublicProfileResponseSchema, signal });
}

export function operatorProfileQueryOptions() {
  return queryOptions({
    queryKey: operatorKeys.profile(),
    queryFn: ({ signal }) => getOperatorProfile({ signal }),
    // The profile is configuration: it only changes with a new deployment, which reloads the app.
    staleTime: Infinity,
  });
}
