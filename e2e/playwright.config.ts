import { defineConfig } from '@playwright/test';
import { PROFILE_IDS } from '@portal/shared/profiles/profile.schema';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BASE_PORT = Number(process.env.E2E_BASE_PORT ?? 3100);
const portOf = (index: number) => BASE_PORT + index;
// The reference newsletter provider (server/test/reference-services), reached over signed HTTP.
const NEWSLETTER_PORT = BASE_PORT + 90;
const NEWSLETTER_SECRET = 'e2e-newsletter-secret-0123456789abcdef';
/** Each profile's customers browse in the operator's own language. */
const BROWSER_LOCALE = {
  coco: 'en-GB',
  cocomo: 'nl-NL',
  vanesa: 'vi-VN',
  coopt: 'en-US',
  sococo: 'en-US',
} as const;

// A throwaway cocomo server whose erasures start at once (ERASURE_GRACE_DAYS=0), for the journey that
// ends with a completed certificate. Its data is wiped at every start: that journey erases for real.
const SHORT_GRACE_PORT = BASE_PORT + PROFILE_IDS.length;
const SHORT_GRACE_DIR = `${process.cwd()}/../.data/e2e/cocomo-short-grace`;
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
    ...PROFILE_IDS.map((profile, index) => ({
      name: profile,
      testIgnore: SHORT_GRACE_SPEC,
      use: { baseURL: `http://localhost:${portOf(index)}`, locale: BROWSER_LOCALE[profile] },
    })),
    { name: 'cocomo-short-grace', testMatch: SHORT_GRACE_SPEC, use: { baseURL: `http://localhost:${SHORT_GRACE_PORT}`, locale: BROWSER_LOCALE.cocomo } },
  ],
  webServer: [
    {
      command:
        '../server/node_modules/.bin/tsx ../server/test/reference-services/newsletter-service-cli.ts',
      port: NEWSLETTER_PORT,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
      env: {
        NEWSLETTER_SERVICE_PORT: String(NEWSLETTER_PORT),
        NEWSLETTER_SERVICE_SECRET: NEWSLETTER_SECRET,
      },
    },
    ...PROFILE_IDS.map((profile, index) => ({
      command: 'node --enable-source-maps ../server/dist/index.js',
      url: `http://localhost:${portOf(index)}/api/ready`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
      env: {
        PROFILE: profile,
        PORT: String(portOf(index)),
        DATA_DIR: `${process.cwd()}/../.data/e2e/${profile}`,
        LOG_LEVEL: 'warn',
        // A sign-in counts as fresh for 20 s instead of 5 minutes, so journeys meet the
        // "confirm it is you" dialog (support/step-up.ts answers it where it is not the point).
        STEP_UP_WINDOW_SECONDS: '20',
        NEWSLETTER_SERVICE_URL: `http://127.0.0.1:${NEWSLETTER_PORT}`,
        NEWSLETTER_SERVICE_SECRET: NEWSLETTER_SECRET,
      },
    })),
    {
      command: `rm -rf '${SHORT_GRACE_DIR}' && node --enable-source-maps ../server/dist/index.js`,
      url: `http://localhost:${SHORT_GRACE_PORT}/api/ready`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
      env: {
        PROFILE: 'cocomo',
        PORT: String(SHORT_GRACE_PORT),
        DATA_DIR: SHORT_GRACE_DIR,
        LOG_LEVEL: 'warn',
        ERASURE_GRACE_DAYS: '0',
        NEWSLETTER_SERVICE_URL: `http://127.0.0.1:${NEWSLETTER_PORT}`,
        NEWSLETTER_SERVICE_SECRET: NEWSLETTER_SECRET,
      },
    },
  ],
});
