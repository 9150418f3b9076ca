// `npm test`: every check the project has, in the order CI runs them; stops at the first failure.
import { existsSync } from 'node:fs';
import { pnpm } from './pnpm.mjs';

// The same choice as e2e/playwright.config.ts: CHROMIUM_PATH, else Debian's headless shell, else Chromium.
const candidates = process.env.CHROMIUM_PATH
  ? [process.env.CHROMIUM_PATH]
  : ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium'];
if (!candidates.some((path) => existsSync(path))) {
  console.error(
    `The browser tests need Chromium at ${candidates.join(' or ')}. Install it with ` +
      '`apt-get install -y chromium chromium-headless-shell` (or set CHROMIUM_PATH). ' +
      'Never `playwright install`: it downloads from outside our registries.',
  );
  process.exit(1);
}

pnpm(['install', '--frozen-lockfile']);
pnpm(['run', 'build']);
pnpm(['run', 'typecheck']);
pnpm(['run', 'lint']);
pnpm(['--filter', '@portal/shared', 'test']);
pnpm(['--filter', '@portal/server', 'test']);
pnpm(['--filter', '@portal/web', 'test']);
pnpm(['--filter', '@portal/e2e', 'test']);
console.log('\n✓ every check passed');
