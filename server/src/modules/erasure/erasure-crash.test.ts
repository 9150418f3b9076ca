// A worker process is killed (SIGKILL) in the middle of an erasure, while the newsletter provider
// has acted on the erase but not answered yet; another worker started afterwards finishes the saga.
// Every system acted exactly once, and the certificate covers both.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadProfile } from '@portal/shared/profiles/registry';
import { erasureRequests, erasureSteps } from '../../db/schema/erasure.ts';
import { SERVER_DIR } from '../../lib/repo-paths.ts';
import { loadSigningKeys } from '../../lib/tokens/signing-keys.ts';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import { startNewsletterService, subscriberFor, type TNewsletterService } from '../../../test/reference-services/newsletter-service.ts';
import { seedCustomer, signIn } from '../personal-data/personal-data-test-helpers.ts';
import { requestErasure } from './erasure-test-helpers.ts';

const SECRET = 'newsletter-secret-for-the-crash-test-0123456789';
let app: TTestApp;
let service: TNewsletterService;
let dataDir: string;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  service = await startNewsletterService({ secret: SECRET });
  process.env.NEWSLETTER_SERVICE_URL = service.url;
  process.env.NEWSLETTER_SERVICE_SECRET = SECRET;
  // No grace period, and the queue's timings the workers use: the jobs take them when they are sent.
  app = await startTestApp({ profile: 'cocomo', erasureGraceDays: 0, erasureJobTimings: { attemptTimeoutSeconds: 5, retryDelaySeconds: 1 } });
  // The workers run on real time; so does the app here.
  app.clock.set(new Date());
  dataDir = await mkdtemp(join(tmpdir(), 'custodia-erasure-worker-'));
});
afterAll(async () => {
  for (const worker of workers) {
    if (worker.exitCode !== null || worker.signalCode !== null) continue;
    worker.kill('SIGKILL');
    await new Promise((resolve) => worker.once('exit', resolve));
  }
  await app?.close();
  await service?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** `worker.ts` as a real process on the test database; an attempt counts as crashed after 5 s. */
function startWorker(): ChildProcess {
  // Node itself with tsx's loader: killing a `tsx` parent would leave the worker running.
  const worker = spawn(process.execPath, ['--import', 'tsx', join(SERVER_DIR, 'src', 'worker.ts')], {
    cwd: SERVER_DIR,
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: app.connectionString,
      DATA_DIR: dataDir,
      PROFILE: 'cocomo',
      LOG_LEVEL: 'fatal',
      ERASURE_GRACE_DAYS: '0',
      ERASURE_ATTEMPT_TIMEOUT_SECONDS: '5',
      ERASURE_RETRY_DELAY_SECONDS: '1',
      JOB_MAINTENANCE_SECONDS: '1',
      NEWSLETTER_SERVICE_URL: service.url,
      NEWSLETTER_SERVICE_SECRET: SECRET,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  workers.push(worker);
  return worker;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('when the worker is killed mid-saga, then a new worker completes it and no system acted twice', { timeout: 150_000 }, async () => {
  // Arrange: a customer with a newsletter subscription asks to erase their account (no grace period).
  const profile = loadProfile('cocomo');
  const customer = await seedCustomer(app.db, profile, { hasher: app.hasher });
  service.subscribers.set(customer.id, subscriberFor({ id: customer.id, email: customer.email, name: 'Crash Test' }, ['newsletter']));
  const created = await requestErasure(await signIn(app, customer.email), { scope: 'account' });
  expect(created.status).toBe(202);
  const requestId = created.body.id;
  const key = `erasure:${requestId}:newsletter`;
  // The provider erases at once but answers only after 12 s: the worker dies while it waits.
  service.slowNext(1, 12_000);

  // Act 1: the first worker freezes the account and starts the steps; kill it once the provider acted.
  const first = startWorker();
  await waitFor('the provider to erase the subscriber', () => !service.subscribers.has(customer.id), 60_000);
  first.kill('SIGKILL');
  await new Promise((resolve) => first.once('exit', resolve));
  const [cut] = await app.db.select().from(erasureSteps).where(eq(erasureSteps.idempotencyKey, key));
  expect(cut?.status).toBe('running');

  // Act 2: a new worker; pg-boss sees the dead attempt (past its 5 s expiry) and runs it again.
  startWorker();
  const done = await waitFor('the erasure to complete', async () => {
    const [row] = await app.db.select().from(erasureRequests).where(eq(erasureRequests.id, requestId));
    return row?.status === 'completed' && row.notifiedAt ? row : undefined;
  }, 100_000);

  // Assert: the provider acted once (the retry was answered from its idempotency store) ...
  const erases = await waitFor('the slow first answer', () => {
    const calls = service.requests.filter((r) => r.path === '/erase' && r.idempotencyKey === key);
    return calls.some((r) => !r.replayed) ? calls : undefined;
  }, 30_000);
  expect(erases.filter((r) => !r.replayed)).toHaveLength(1);
  expect(erases.filter((r) => r.replayed).length).toBeGreaterThanOrEqual(1);
  // ... the own tables were erased in one commit, once ...
  const completions = await app.db.execute<{ system: string; n: number }>(
    sql`select details->>'system' as system, count(*)::int as n from audit_events where action = 'erasure.step.completed' and target_id = ${requestId} group by 1 order by 1`,
  );
  expect(completions.rows).toEqual([
    { system: 'newsletter', n: 1 },
    { system: 'own-tables', n: 1 },
  ]);
  const steps = await app.db.select().from(erasureSteps).where(eq(erasureSteps.requestId, requestId));
  expect(steps.find((s) => s.system === 'newsletter')?.attempts).toBeGreaterThanOrEqual(2);
  // ... and the certificate, signed by the workers' key, verifies.
  const keys = await loadSigningKeys({ dataDir });
  const { payload } = await jwtVerify(done.certificate ?? '', createLocalJWKSet(keys.publicJwks()), { typ: 'custodia-erasure-certificate+jwt', audience: 'custodia:erasure-certificate' });
  expect((payload.systems as { system: string }[]).map((s) => s.system).sort()).toEqual(['newsletter', 'own-tables']);
});
