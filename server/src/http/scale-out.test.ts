// Several instances on one PostgreSQL (issue 10, "Scale-out"): two servers and a separate worker,
// as behind a load balancer. Sessions, rate limits and jobs live in the database, so it makes no
// difference which instance a request or a job reaches.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dataExports } from '../db/schema/exports.ts';
import { startTestApp, type TTestApp } from '../../test/test-app.ts';
import { TestClient } from '../../test/test-client.ts';
import { createCustomer, TEST_PASSWORD } from '../../test/fixtures/principals.ts';
import { startPortalProcess, waitFor, type TPortalProcess } from '../../test/fixtures/portal-process.ts';

let app: TTestApp;
let dataDir: string;
let serverA: TPortalProcess;
let serverB: TPortalProcess;
const processes: TPortalProcess[] = [];

beforeAll(async () => {
  // The test app only provides the database (and queues nothing itself).
  app = await startTestApp({ profile: 'cocomo' });
  // Shared, as a deployment shares them: keys, server secret and export files (S3 in production).
  dataDir = await mkdtemp(join(tmpdir(), 'custodia-scale-'));
  const common = { DATABASE_URL: app.connectionString, DATA_DIR: dataDir, TRUST_PROXY: 'true', JOB_MAINTENANCE_SECONDS: '1' };
  // Server A also works the job queues; server B only answers requests; the worker only works.
  [serverA, serverB] = await Promise.all([
    startPortalProcess('server', { ...common, RUN_JOBS: 'true' }),
    startPortalProcess('server', { ...common, RUN_JOBS: 'false' }),
  ]);
  processes.push(serverA, serverB, await startPortalProcess('worker', common));
}, 120_000);
afterAll(async () => {
  await Promise.all(processes.map((p) => p.kill('SIGTERM')));
  await app?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** A browser talking to one instance; `from` is its address as the load balancer reports it. */
function browserOn(instance: TPortalProcess, from: string, cookie?: string): TestClient {
  const url = instance.url ?? '';
  const client = new TestClient({ request: (path, init) => fetch(new URL(path, url), { ...init, headers: { ...(init?.headers as Record<string, string>), 'x-forwarded-for': from } }) });
  client.cookie = cookie;
  return client;
}

it('when a customer signs in through one server, then the session works on the other, and signing out there ends it on both', { timeout: 60_000 }, async () => {
  const customer = await createCustomer(app.db, app.hasher);
  const onA = browserOn(serverA, '198.51.100.10');
  expect((await onA.post('/api/auth/sign-in', { email: customer.email, password: TEST_PASSWORD })).status).toBe(200);
  const onB = browserOn(serverB, '198.51.100.10', onA.cookie);
  const session = await onB.json<{ principal: { id: string } }>(onB.get('/api/auth/session'));
  expect(session.status).toBe(200);
  expect(JSON.stringify(session.body)).toContain(customer.id);

  expect((await onB.post('/api/auth/sign-out')).status).toBeLessThan(300);
  expect((await browserOn(serverA, '198.51.100.10', onA.cookie).get('/api/my-data')).status).toBe(401);
});

it('when one address spreads its sign-in attempts over both servers, then the per-IP limit counts them together', { timeout: 120_000 }, async () => {
  const from = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
  // The windows are whole minutes: start in a fresh one, so that 34 hashed attempts on a busy machine
  // do not straddle a boundary and see the count reset halfway.
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 15_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 100));
  const statuses: number[] = [];
  // The limit is 30 a minute per address (SIGN_IN_IP_LIMIT): one server alone would allow 30 of each.
  for (let i = 0; i < 34; i += 1) {
    const instance = i % 2 === 0 ? serverA : serverB;
    statuses.push((await browserOn(instance, from).post('/api/auth/sign-in', { email: `nobody-${i}@example.test`, password: 'not the password' })).status);
  }
  expect(statuses.slice(0, 30).filter((s) => s === 429)).toEqual([]);
  expect(statuses.slice(30)).toEqual([429, 429, 429, 429]);
});

it('when exports are asked for through both servers, then each is built exactly once, by one of the job runners', { timeout: 90_000 }, async () => {
  const ids: string[] = [];
  const cookies: (string | undefined)[] = [];
  for (let i = 0; i < 6; i += 1) {
    const customer = await createCustomer(app.db, app.hasher);
    const browser = browserOn(i % 2 === 0 ? serverA : serverB, `198.51.100.${20 + i}`);
    expect((await browser.post('/api/auth/sign-in', { email: customer.email, password: TEST_PASSWORD })).status).toBe(200);
    const created = await browser.json<{ id: string }>(browser.post('/api/exports', { categories: ['account', 'orders'] }, { 'idempotency-key': randomUUID() }));
    expect(created.status).toBe(202);
    ids.push(created.body.id);
    cookies.push(browser.cookie);
  }
  const rows = await waitFor('every export to be ready', async () => {
    const found = await app.db.select().from(dataExports).where(inArray(dataExports.id, ids));
    return found.length === ids.length && found.every((r) => r.status === 'ready') ? found : undefined;
  }, 60_000);

  expect(rows.map((r) => r.attempts)).toEqual(ids.map(() => 1));
  const completions = await app.db.execute<{ target_id: string; n: number }>(
    sql`select target_id, count(*)::int as n from audit_events where action = 'export.build.completed' group by target_id`,
  );
  expect(Object.fromEntries(completions.rows.map((r) => [r.target_id, r.n]))).toEqual(Object.fromEntries(ids.map((id) => [id, 1])));
  // The export row is ready inside the handler; pg-boss marks the job completed just after it returns.
  const jobs = await waitFor('every export job to be completed', async () => {
    const found = await app.db.execute<{ state: string; n: number }>(sql`select state, count(*)::int as n from pgboss.job where name = 'export.build' group by state`);
    return found.rows.every((r) => r.state === 'completed') ? found : undefined;
  }, 10_000);
  expect(jobs.rows).toEqual([{ state: 'completed', n: ids.length }]);
  // Any instance serves any file: the first export was asked for on A, and is downloaded from B.
  const onB = browserOn(serverB, '198.51.100.20', cookies[0]);
  const link = await onB.json<{ url: string }>(onB.post(`/api/exports/${ids[0]}/link`));
  expect(link.status).toBe(200);
  const file = await onB.get(link.body.url);
  expect(file.status).toBe(200);
  const [row] = await app.db.select().from(dataExports).where(eq(dataExports.id, ids[0] ?? ''));
  expect((await file.arrayBuffer()).byteLength).toBe(row?.fileSize);
});
