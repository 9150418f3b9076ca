export function RequestMetricsRoute() {
  return null;
}
