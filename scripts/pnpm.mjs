// Runs pnpm without a global install: `npx` fetches the pinned version once and caches it.
import { spawnSync } from 'node:child_process';

export const PNPM = ['-y', 'pnpm@10.34.9'];

/** Runs a pnpm command with inherited output; exits the process with its code when it fails. */
export function pnpm(args, options = {}) {
  const label = `pnpm ${args.join(' ')}`;
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync('npx', [...PNPM, ...args], { stdio: 'inherit', ...options });
  if (result.error) {
    console.error(`✗ ${label}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(`✗ ${label} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  // Where the time goes, so a slow step is visible in every CI log.
  console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
