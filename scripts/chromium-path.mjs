// Which Chromium the browser journeys use; scripts/test.mjs checks it before the run, and
// e2e/playwright.config.ts launches it.
import { existsSync } from 'node:fs';

// Debian's headless shell (`apt-get install chromium-headless-shell`) runs the journeys about a fifth
// faster than the full browser. Headed runs need the full one: CHROMIUM_PATH=/usr/bin/chromium.
const DEBIAN_CHROMIUMS = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium'];

/** The places looked at, in order: CHROMIUM_PATH alone when set. */
export function chromiumCandidates() {
  return process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : DEBIAN_CHROMIUMS;
}

/** The first candidate that exists, or undefined. */
export function findChromium() {
  return chromiumCandidates().find((path) => existsSync(path));
}
