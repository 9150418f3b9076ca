import { useQuery } from '@tanstack/react-query';
import { sessionQueryOptions } from '../features/auth/api/get-session';

/** The signed-in staff member (under RequireStaff), or null while the session loads or for others. */
export function useStaffPrincipal() {
  const { data } = useQuery(sessionQueryOptions());
  return data?.status === 'signed-in' && data.principal.kind === 'staff' ? data.principal : null;
}
