export function StaffRequestRoute() {
  return null;
}
