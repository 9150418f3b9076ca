import { fileURLToPath } from 'node:url';
import { PROFILE_IDS, type TProfileId } from '@portal/shared/profiles/profile.schema';
import { dataDirOf } from './data-dir.ts';

/** Every process the journeys need, with its port; playwright.config.ts and the launcher share it. */
export const BASE_PORT = Number(process.env.E2E_BASE_PORT ?? 3100);
export const portOf = (profile: TProfileId) => BASE_PORT + PROFILE_IDS.indexOf(profile);
// A throwaway cocomo server whose erasures start at once (ERASURE_GRACE_DAYS=0), for the journey that
// ends with a completed certificate. Its data is wiped at every start: that journey erases for real.
export const SHORT_GRACE_PORT = BASE_PORT + PROFILE_IDS.length;
// The reference newsletter provider (server/test/reference-services), reached over signed HTTP.
const NEWSLETTER_PORT = BASE_PORT + 90;
/** The launcher answers here once every server is ready (what Playwright waits for). */
export const LAUNCHER_PORT = BASE_PORT + 91;
const NEWSLETTER_SECRET = 'e2e-newsletter-secret-0123456789abcdef';

export type TE2eServer = {
  name: string;
  command: string;
  args: string[];
  env: Record<string, string>;
  readyUrl: string;
  /** `ok`: the URL answers 2xx (the portal's readiness); `listening`: any answer at all. */
  readyWhen: 'ok' | 'listening';
  /** Deleted before the start: the server begins from an empty database every run. */
  wipeDir?: string;
};

const fromRepo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export function e2eServers(): TE2eServer[] {
  const portal = (name: string, profile: TProfileId, port: number, env: Record<string, string> = {}): TE2eServer => ({
    name,
    command: process.execPath,
    args: ['--enable-source-maps', fromRepo('server/dist/index.js')],
    readyUrl: `http://localhost:${port}/api/ready`,
    readyWhen: 'ok',
    env: {
      PROFILE: profile,
      PORT: String(port),
      DATA_DIR: dataDirOf(name),
      LOG_LEVEL: 'warn',
      // A sign-in counts as fresh for 20 s instead of 5 minutes, so journeys meet the
      // "confirm it is you" dialog (support/step-up.ts answers it where it is not the point).
      STEP_UP_WINDOW_SECONDS: '20',
      NEWSLETTER_SERVICE_URL: `http://127.0.0.1:${NEWSLETTER_PORT}`,
      NEWSLETTER_SERVICE_SECRET: NEWSLETTER_SECRET,
      ...env,
    },
  });
  return [
    {
      name: 'newsletter',
      command: fromRepo('server/node_modules/.bin/tsx'),
      args: [fromRepo('server/test/reference-services/newsletter-service-cli.ts')],
      readyUrl: `http://127.0.0.1:${NEWSLETTER_PORT}/`,
      readyWhen: 'listening',
      env: { NEWSLETTER_SERVICE_PORT: String(NEWSLETTER_PORT), NEWSLETTER_SERVICE_SECRET: NEWSLETTER_SECRET },
    },
    ...PROFILE_IDS.map((profile) => portal(profile, profile, portOf(profile))),
    {
      ...portal('cocomo-short-grace', 'cocomo', SHORT_GRACE_PORT, { ERASURE_GRACE_DAYS: '0' }),
      wipeDir: dataDirOf('cocomo-short-grace'),
    },
  ];
}
