export function MakeARequestRoute() {
  return null;
}
