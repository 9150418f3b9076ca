// `npm test`: every check the project has, in the order CI runs them; stops at the first failure.
import { chromiumCandidates, findChromium } from './chromium-path.mjs';
import { pnpm } from './pnpm.mjs';

if (!findChromium()) {
  console.error(
    `The browser tests need Chromium at ${chromiumCandidates().join(' or ')}. Install it with ` +
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
