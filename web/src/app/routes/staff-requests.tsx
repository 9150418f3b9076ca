export function StaffRequestsRoute() {
  return null;
}
