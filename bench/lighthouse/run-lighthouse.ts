/**
 * Lighthouse (performance and accessibility) for the sign-in page and the My data page of the built
 * app, in Debian's Chromium. The server is the built one (server/dist, serving web/dist) with its
 * own embedded database under .data/bench/<profile>/, as in bench/load; My data is audited signed
 * in as the demo customer (the session cookie, sent with every request Lighthouse makes).
 * Usage: pnpm --filter @portal/bench lighthouse [--profile cocomo] [--runs 3]
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags } from 'lighthouse';
import { PROFILE_IDS } from '@portal/shared/profiles/profile.schema';
import { scriptArgs } from '../cli-args.ts';
import { startPortalServer } from '../load/portal-server.ts';
import { signInSessions } from '../load/sessions.ts';

const { values } = parseArgs({
  args: scriptArgs(),
  options: {
    profile: { type: 'string', default: 'cocomo' },
    runs: { type: 'string', default: '3' },
  },
});
if (!(PROFILE_IDS as readonly string[]).includes(values.profile)) throw new Error(`--profile: one of ${PROFILE_IDS.join(', ')}`);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 10) throw new Error('--runs: 1 to 10');
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromePath)) throw new Error(`no Chromium at ${chromePath}: apt-get install -y chromium (or set CHROMIUM_PATH); never playwright install`);

type TScores = { page: string; formFactor: 'mobile' | 'desktop'; performance: number[]; accessibility: number[]; lcpMs: number[]; tbtMs: number[] };

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

const portal = await startPortalServer(values.profile);
const chrome = await chromeLauncher.launch({
  chromePath,
  // No sandbox: the benchmark runs as root in a container, where Chromium's sandbox cannot start.
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const results: TScores[] = [];
try {
  const [cookie] = await signInSessions(portal.url, values.profile, 1);
  if (!cookie) throw new Error('no session cookie');
  const pages: { page: string; url: string; headers: Record<string, string> }[] = [
    { page: 'sign-in', url: `${portal.url}/sign-in`, headers: {} },
    { page: 'my-data (signed in)', url: `${portal.url}/my-data`, headers: { Cookie: cookie } },
  ];
  for (const formFactor of ['mobile', 'desktop'] as const) {
    for (const { page, url, headers } of pages) {
      const scores: TScores = { page, formFactor, performance: [], accessibility: [], lcpMs: [], tbtMs: [] };
      for (let i = 0; i < runs; i++) {
        const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'], extraHeaders: headers };
        // Lighthouse's default is mobile (simulated slow 4G, 4× CPU slowdown); desktopConfig is its desktop preset.
        let lhr = (await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined))?.lhr;
        // A trace that failed to record (NO_NAVSTART on a busy machine) is Lighthouse's own "run again": twice more.
        for (let retry = 0; lhr?.runtimeError && retry < 2; retry++) {
          console.log(`  ${lhr.runtimeError.code}: running ${page} again`);
          lhr = (await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined))?.lhr;
        }
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
        if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        // A signed-out My data would redirect to sign-in and measure the wrong page.
        if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) throw new Error(`${url} ended at ${lhr.finalDisplayedUrl}`);
        scores.performance.push(Math.round((lhr.categories.performance?.score ?? NaN) * 100));
        scores.accessibility.push(Math.round((lhr.categories.accessibility?.score ?? NaN) * 100));
        scores.lcpMs.push(Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN));
        scores.tbtMs.push(Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN));
      }
      results.push(scores);
      console.log(`${formFactor} ${page}: performance ${scores.performance.join(', ')}; accessibility ${scores.accessibility.join(', ')}`);
    }
  }
} finally {
  chrome.kill();
  await portal.stop();
}

console.log(`\n## Lighthouse, ${new Date().toISOString().slice(0, 10)}: profile ${values.profile}, median of ${runs}, Node ${process.version}\n`);
console.log('| page | form factor | performance | accessibility | LCP ms | TBT ms |');
console.log('|---|---|---:|---:|---:|---:|');
for (const r of results) {
  console.log(`| ${r.page} | ${r.formFactor} | ${median(r.performance)} | ${median(r.accessibility)} | ${median(r.lcpMs)} | ${median(r.tbtMs)} |`);
}
