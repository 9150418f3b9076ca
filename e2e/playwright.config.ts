import { defineConfig } from '@playwright/test';
import { PROFILE_IDS } from '@portal/shared/profiles/profile.schema';
import { chromiumCandidates, findChromium } from '../scripts/chromium-path.mjs';
import { LAUNCHER_PORT, SHORT_GRACE_PORT, portOf } from './support/e2e-servers.ts';

// scripts/test.mjs stops before the run when none is installed; a direct `playwright test` fails at launch, naming the path.
const CHROMIUM = findChromium() ?? chromiumCandidates()[0];
/** Each profile's customers browse in the operator's own language. */
const BROWSER_LOCALE = {
  coco: 'en-GB',
  cocomo: 'nl-NL',
  vanesa: 'vi-VN',
  coopt: 'en-US',
  sococo: 'en-US',
} as const;

// The journey that erases for real runs on the throwaway short-grace server (support/e2e-servers.ts).
const SHORT_GRACE_SPEC = /erasure-completed\.spec\.ts$/;

/**
 * One real server per operator profile, each with its own embedded PostgreSQL under .data/e2e/,
 * driven by Debian's Chromium (never a downloaded browser).
 */
export default defineConfig({
  testDir: './tests',
  outputDir: './artifacts/test-results',
  reporter: [['list'], ['html', { outputFolder: './artifacts/report', open: 'never' }]],
  // Journeys take 10–30 s alone; five servers and Chromium share two cores in CI.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  use: {
    // A failed test keeps its trace (DOM snapshots per action) and a screenshot. The trace's screencast
    // is off: in software rendering it cost a quarter of the whole run's CPU.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: false },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    ...PROFILE_IDS.map((profile) => ({
      name: profile,
      testIgnore: SHORT_GRACE_SPEC,
      use: { baseURL: `http://localhost:${portOf(profile)}`, locale: BROWSER_LOCALE[profile] },
    })),
    { name: 'cocomo-short-grace', testMatch: SHORT_GRACE_SPEC, use: { baseURL: `http://localhost:${SHORT_GRACE_PORT}`, locale: BROWSER_LOCALE.cocomo } },
  ],
  // One launcher starts every server at once (support/start-e2e-servers.ts) and answers when all are ready.
  webServer: {
    command: '../server/node_modules/.bin/tsx support/start-e2e-servers.ts',
    url: `http://127.0.0.1:${LAUNCHER_PORT}/`,
    timeout: 180_000,
    reuseExistingServer: false,
    // SIGTERM lets each portal stop its embedded PostgreSQL (it runs in its own process group, so a
    // SIGKILL of the launcher's group left six of them running after every run).
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  },
});
