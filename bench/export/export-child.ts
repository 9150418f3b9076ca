// One export variant in a process of its own, so its peak RSS is its own and not the orchestrator's
// or the other variant's. Started by run-export.ts with fork(); answers one message and exits.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { TProfileId } from '@portal/shared/profiles/profile.schema';
import { benchDataDir, openExportContext } from './export-context.ts';
import { naiveExport } from './naive-export.ts';
import { streamingExport } from './streaming-export.ts';

export type TVariant = 'streaming' | 'naive';

export type TChildResult =
  | {
      ok: true;
      variant: TVariant;
      exportId: string;
      /** The package key (hex), for the orchestrator to decrypt and verify the file. */
      keyHex: string;
      file: string;
      ms: number;
      records: number;
      zipBytes: number;
      zipSha256: string | null;
      /** RSS once connected and ready, before the export: the process's fixed cost. */
      rssBeforeBytes: number;
      /** The process's high-water mark (getrusage ru_maxrss): the honest peak. */
      peakRssBytes: number;
    }
  | { ok: false; variant: TVariant; error: string };

const { values } = parseArgs({
  options: {
    variant: { type: 'string' },
    'connection-string': { type: 'string' },
    profile: { type: 'string' },
    customer: { type: 'string' },
    'page-size': { type: 'string', default: '500' },
  },
});
const variant = values.variant as TVariant;
const reply = (result: TChildResult) => new Promise<void>((resolve) => (process.send ? process.send(result, () => resolve()) : resolve()));

try {
  if (variant !== 'streaming' && variant !== 'naive') throw new Error('--variant: streaming or naive');
  if (!values['connection-string'] || !values.profile || !values.customer) throw new Error('--connection-string, --profile and --customer are required');
  const context = await openExportContext({ connectionString: values['connection-string'], profileId: values.profile as TProfileId, customerId: values.customer });
  try {
    const dir = benchDataDir(context.profile.id);
    const key = randomBytes(32);
    const file = join(dir, 'packages', `${variant}-${context.exportRow.id}.zip.enc`);
    // Warm the pool and the connector's code path so neither variant pays for the first connection.
    const first = context.profile.categories[0];
    if (first) await context.registry.connector(first.system)?.access(context.subject, [first.id], { limit: 1 });
    const rssBeforeBytes = process.memoryUsage().rss;
    const started = performance.now();
    const output =
      variant === 'streaming'
        ? await streamingExport(context, { file, key, scratchDir: join(dir, 'scratch'), pageSize: Number(values['page-size']) })
        : await naiveExport(context, { file, key });
    const ms = performance.now() - started;
    await reply({
      ok: true,
      variant,
      exportId: context.exportRow.id,
      keyHex: key.toString('hex'),
      file,
      ms,
      ...output,
      rssBeforeBytes,
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
    });
  } finally {
    await context.close();
  }
} catch (error) {
  await reply({ ok: false, variant, error: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
}
