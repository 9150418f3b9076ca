/**
 * Load benchmark: N signed-in sessions on a mix of reads and writes against the real built server
 * (embedded PostgreSQL), and a bare Express hello-world in the same run as the ceiling.
 * Loopback only, fixed duration. Usage: pnpm --filter @portal/bench load [--duration 60] [--connections 200] [--profile cocomo]
 */
import { parseArgs } from 'node:util';
import { loadProfile } from '@portal/shared/profiles/registry';
import { PROFILE_IDS, type TProfileId } from '@portal/shared/profiles/profile.schema';
import { runAutocannon, type TLoadResult } from './autocannon-run.ts';
import { startHelloWorld } from './hello-world.ts';
import { startPortalServer } from './portal-server.ts';
import { printResults } from './report.ts';
import { scriptArgs } from '../cli-args.ts';
import { signInSessions } from './sessions.ts';

const { values } = parseArgs({
  args: scriptArgs(),
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '200' },
    profile: { type: 'string', default: 'cocomo' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
if (!Number.isInteger(duration) || duration < 1 || duration > 600) throw new Error('--duration: 1 to 600 seconds');
if (!Number.isInteger(connections) || connections < 1 || connections > 1000) throw new Error('--connections: 1 to 1000');
if (!(PROFILE_IDS as readonly string[]).includes(values.profile)) throw new Error(`--profile: one of ${PROFILE_IDS.join(', ')}`);
const profile = loadProfile(values.profile as TProfileId);

const results: TLoadResult[] = [];

const hello = await startHelloWorld();
try {
  results.push(await runAutocannon({ title: 'express hello-world (ceiling)', url: hello.url, connections, duration }));
} finally {
  await hello.close();
}

const portal = await startPortalServer(profile.id);
try {
  const cookies = await signInSessions(portal.url, profile.id, connections);
  const purpose = profile.consentPurposes[0];
  if (!purpose) throw new Error(`${profile.id} has no consent purpose to toggle`);
  const channel = purpose.channels[0];
  results.push(
    await runAutocannon({
      title: `portal, ${connections} signed-in sessions (3 reads : 1 write)`,
      url: portal.url,
      connections,
      duration,
      cookies,
      mix: { consentPath: `/api/consent/${purpose.id}/${channel}`, noticeVersion: profile.notice.version },
      sampleRss: portal.rssBytes,
    }),
  );
} finally {
  await portal.stop();
}

printResults(results, { duration, connections, profile: profile.id });
