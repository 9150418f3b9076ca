/**
 * Export benchmark: for a customer with N activity records, the server's streaming export
 * (buildExportArchive: keyset pages → ZIP → AES-256-GCM → file) against a naive in-memory build of
 * the same package, each in its own child process, in the same run. Every package is decrypted,
 * unzipped and checked against its manifest and signature before its numbers count.
 * Usage: pnpm --filter @portal/bench export [--sizes 10000,100000] [--profile cocomo] [--page-size 500]
 */
import { fork } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { JSONWebKeySet } from 'jose';
import { loadProfile } from '@portal/shared/profiles/registry';
import { PROFILE_IDS, type TProfileId } from '@portal/shared/profiles/profile.schema';
import { createDatabase } from '@portal/server/src/db/client.ts';
import { resolveDatabase } from '@portal/server/src/db/database-url.ts';
import { runMigrations } from '@portal/server/src/db/migrate.ts';
import { seedLargeCustomer } from '@portal/server/src/db/seed/seed-large-customer.ts';
import { loadSigningKeys } from '@portal/server/src/lib/tokens/signing-keys.ts';
import { scriptArgs } from '../cli-args.ts';
import type { TChildResult, TVariant } from './export-child.ts';
import { benchDataDir } from './export-context.ts';
import { printExportResults, type TExportRun } from './export-report.ts';
import { verifyPackage } from './verify-package.ts';

const { values } = parseArgs({
  args: scriptArgs(),
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    profile: { type: 'string', default: 'cocomo' },
    'page-size': { type: 'string', default: '500' },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 5_000_000)) throw new Error('--sizes: comma-separated record counts, 1 to 5 000 000');
const pageSize = Number(values['page-size']);
if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100_000) throw new Error('--page-size: 1 to 100 000');
if (!(PROFILE_IDS as readonly string[]).includes(values.profile)) throw new Error(`--profile: one of ${PROFILE_IDS.join(', ')}`);
const profile = loadProfile(values.profile as TProfileId);
const dataDir = benchDataDir(profile.id);
const CHILD = new URL('./export-child.ts', import.meta.url);

/** Runs one variant in a fresh process (the tsx loader comes along in execArgv) and returns its answer. */
function runChild(variant: TVariant, connectionString: string, customerId: string): Promise<TChildResult> {
  return new Promise((resolve) => {
    const child = fork(CHILD, ['--variant', variant, '--connection-string', connectionString, '--profile', profile.id, '--customer', customerId, '--page-size', String(pageSize)], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let answer: TChildResult | undefined;
    child.on('message', (message: TChildResult) => {
      answer = message;
    });
    child.on('exit', (code, signal) => {
      // A child killed for memory (or by V8's heap limit) sends nothing: that is a result too.
      resolve(answer ?? { ok: false, variant, error: `exited with ${signal ?? `code ${code}`} before answering` });
    });
  });
}

const database = await resolveDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir, profileId: profile.id, log: (message) => console.log(message) });
const { db, close } = createDatabase(database.connectionString, { applicationName: 'custodia-bench-export' });
// After the database: it makes dataDir reachable for the postgres user; only the leaf is private.
mkdirSync(join(dataDir, 'packages'), { recursive: true, mode: 0o700 });
const runs: TExportRun[] = [];
try {
  await runMigrations(db);
  const keys = await loadSigningKeys({ dataDir });
  const jwks = keys.publicJwks() as JSONWebKeySet;
  for (const size of sizes) {
    console.log(`seeding large@${profile.id}.example with ${size.toLocaleString('en')} activity records…`);
    const seeded = await seedLargeCustomer(db, profile, { activityRows: size });
    console.log(`  seeded in ${(seeded.ms / 1000).toFixed(1)} s`);
    const counts = new Map<TVariant, number>();
    for (const variant of ['streaming', 'naive'] as const) {
      console.log(`  ${variant} export…`);
      const result = await runChild(variant, database.connectionString, seeded.customerId);
      if (!result.ok) {
        console.log(`  ${variant} FAILED: ${result.error}`);
        runs.push({ size, variant, result: null, error: result.error });
        continue;
      }
      const plainFile = result.file.replace(/\.enc$/, '');
      try {
        const checked = await verifyPackage({ encryptedFile: result.file, plainFile, exportId: result.exportId, key: Buffer.from(result.keyHex, 'hex'), jwks });
        if (checked.zipBytes !== result.zipBytes || (result.zipSha256 !== null && checked.zipSha256 !== result.zipSha256)) {
          throw new Error('the decrypted ZIP is not the one the build reported');
        }
        const large = checked.manifest.categories.find((c) => c.id === seeded.category);
        if (large?.records !== size) throw new Error(`the manifest counts ${large?.records} ${seeded.category} records, not ${size}`);
        counts.set(variant, result.records);
        console.log(`  ${variant}: ${result.records} records, ${checked.manifest.files.length} files verified (SHA-256, sizes, signature)`);
        runs.push({ size, variant, result, error: null });
      } finally {
        rmSync(result.file, { force: true });
        rmSync(plainFile, { force: true });
      }
    }
    const [streaming, naive] = [counts.get('streaming'), counts.get('naive')];
    if (streaming !== undefined && naive !== undefined && streaming !== naive) throw new Error(`streaming wrote ${streaming} records, naive ${naive}`);
  }
} finally {
  await close();
  await database.stop();
}

printExportResults(runs, { profile: profile.id, pageSize });
