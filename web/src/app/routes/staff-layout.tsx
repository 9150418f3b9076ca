import { Outlet } from 'react-router';
import { StaffNav } from '../../features/staff/components/staff-nav';
import { useStaffPrincipal } from '../use-staff-principal';

/** The frame of the staff console, inside RequireStaff: its sections, then the page. */
export function StaffLayoutRoute() {
  const staff = useStaffPrincipal();
  return (
    <div>
      <StaffNav permissions={staff?.permissions ?? []} />
      <Outlet />
    </div>
  );
}
