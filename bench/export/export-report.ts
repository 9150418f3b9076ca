import { cpus, totalmem } from 'node:os';
import type { TChildResult, TVariant } from './export-child.ts';

export type TExportRun = { size: number; variant: TVariant; result: Extract<TChildResult, { ok: true }> | null; error: string | null };

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** A Markdown table, ready to paste into bench/README.md, and the streaming build's ratio to the naive one. */
export function printExportResults(runs: readonly TExportRun[], run: { profile: string; pageSize: number }): void {
  console.log(
    `\n## Export, ${new Date().toISOString().slice(0, 10)}: profile ${run.profile}, page size ${run.pageSize}, Node ${process.version}, ${cpus().length} cores, ${Math.round(totalmem() / 1024 ** 3)} GB\n`,
  );
  console.log('| activity records | variant | records written | wall s | records/s | ZIP MB | MB/s | RSS before MB | peak RSS MB |');
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of runs) {
    if (!r.result) {
      console.log(`| ${r.size} | ${r.variant} | failed: ${r.error ?? '?'} | | | | | | |`);
      continue;
    }
    const s = r.result.ms / 1000;
    console.log(
      `| ${r.size} | ${r.variant} | ${r.result.records} | ${s.toFixed(2)} | ${Math.round(r.result.records / s)} | ${mb(r.result.zipBytes)} | ${(r.result.zipBytes / 1024 / 1024 / s).toFixed(1)} | ${mb(r.result.rssBeforeBytes)} | ${mb(r.result.peakRssBytes)} |`,
    );
  }
  console.log('');
  for (const size of [...new Set(runs.map((r) => r.size))]) {
    const streaming = runs.find((r) => r.size === size && r.variant === 'streaming')?.result;
    const naive = runs.find((r) => r.size === size && r.variant === 'naive')?.result;
    if (!streaming || !naive) continue;
    console.log(
      `${size} records: streaming takes ${(streaming.ms / naive.ms).toFixed(2)}× the naive wall time, with ${(streaming.peakRssBytes / naive.peakRssBytes).toFixed(2)}× its peak RSS`,
    );
  }
  if (runs.some((r) => r.variant === 'streaming' && !r.result)) {
    console.log('\nFAILED: a streaming export failed');
    process.exitCode = 1;
  }
}
