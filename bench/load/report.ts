import type { TLoadResult } from './autocannon-run.ts';

const mb = (bytes: number | null) => (bytes === null ? '–' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);

/** A Markdown table, ready to paste into bench/README.md, plus the portal's share of the ceiling. */
export function printResults(results: TLoadResult[], run: { duration: number; connections: number; profile: string }): void {
  console.log(`\n## Load, ${new Date().toISOString().slice(0, 10)}: ${run.connections} connections, ${run.duration} s, profile ${run.profile}, Node ${process.version}\n`);
  console.log('| run | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx | errors | timeouts | peak RSS |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(
      `| ${r.title} | ${r.requests} | ${r.throughputPerSecond.toFixed(0)} | ${r.latencyMs.p50} | ${r.latencyMs.p90} | ${r.latencyMs.p99} | ${r.latencyMs.max} | ${r.non2xx} | ${r.errors} | ${r.timeouts} | ${mb(r.peakRssBytes)} |`,
    );
  }
  const [ceiling, portal] = results;
  if (ceiling && portal && ceiling.throughputPerSecond > 0) {
    console.log(`\nportal throughput = ${((portal.throughputPerSecond / ceiling.throughputPerSecond) * 100).toFixed(1)} % of the hello-world ceiling`);
  }
  if (results.some((r) => r.non2xx > 0 || r.errors > 0)) {
    console.log('\nFAILED: some requests were not 2xx or failed');
    process.exitCode = 1;
  }
}
