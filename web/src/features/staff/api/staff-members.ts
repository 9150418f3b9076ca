import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  ZStaffMemberListSchema,
  ZStaffMemberSchema,
  type TCreateStaffMemberRequest,
  type TUpdateStaffMemberRequest,
} from '@portal/shared/schemas/staff.schema';
import { apiClient } from '../../../lib/api-client';
import { withStepUp } from '../../../lib/step-up';
import { staffKeys } from './query-keys';

const MEMBERS_URL = '/api/staff/members';

/** GET /api/staff/members: every staff account (admins only). */
export function staffMembersQueryOptions() {
  return queryOptions({
    queryKey: staffKeys.members(),
    queryFn: ({ signal }) => apiClient.get(MEMBERS_URL, { schema: ZStaffMemberListSchema, signal }),
  });
}

/** POST /api/staff/members: the new member is emailed a code to choose a password. */
export function useCreateStaffMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateStaffMemberRequest) =>
      withStepUp(() => apiClient.post(MEMBERS_URL, body, { schema: ZStaffMemberSchema })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKeys.members() }),
  });
}

/** PATCH /api/staff/members/:id: a new role, or disabled / enabled. */
export function useUpdateStaffMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: TUpdateStaffMemberRequest }) =>
      withStepUp(() => apiClient.patch(`${MEMBERS_URL}/${encodeURIComponent(id)}`, change, { schema: ZStaffMemberSchema })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: staffKeys.members() }),
  });
}
