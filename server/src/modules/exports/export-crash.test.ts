// A worker process is killed (SIGKILL) in the middle of an export; another worker started
// afterwards finishes it: one complete, verifiable package, no half state left behind.
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadProfile } from '@portal/shared/profiles/registry';
import { dataExports } from '../../db/schema/exports.ts';
import { DEMO_PASSWORD } from '../../db/seed/demo-accounts.ts';
import { seedLargeCustomer } from '../../db/seed/seed-large-customer.ts';
import { loadServerSecret } from '../../lib/server-secret.ts';
import { loadSigningKeys } from '../../lib/tokens/signing-keys.ts';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import { TestClient } from '../../../test/test-client.ts';
import { openVerifiedPackage } from '../../../test/fixtures/export-package.ts';
import { startPortalProcess, waitFor, type TPortalProcess } from '../../../test/fixtures/portal-process.ts';
import { decryptStream, openExportKey } from './export-encryption.ts';
import { packageAad } from './export-jobs.ts';
import { createLocalExportStorage } from './export-storage.ts';

const ROWS = 30_000;
let app: TTestApp;
let dataDir: string;
const workers: TPortalProcess[] = [];

beforeAll(async () => {
  // The job is queued here, so its expiry and retry delay are the ones the queue has here.
  app = await startTestApp({ profile: 'cocomo', exportJobTimings: { attemptTimeoutSeconds: 20, retryDelaySeconds: 1 } });
  dataDir = await mkdtemp(join(tmpdir(), 'custodia-worker-'));
  await seedLargeCustomer(app.db, loadProfile('cocomo'), { activityRows: ROWS });
});
afterAll(async () => {
  for (const worker of workers) await worker.kill();
  await app?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/**
 * `worker.ts` as a real process on the test database: small pages, and an attempt counts as crashed
 * after 20 s (long enough for the whole build on a busy CI machine, short enough for a test).
 */
async function startWorker(): Promise<TPortalProcess> {
  const worker = await startPortalProcess('worker', {
    DATABASE_URL: app.connectionString,
    DATA_DIR: dataDir,
    EXPORT_PAGE_SIZE: '200',
    EXPORT_ATTEMPT_TIMEOUT_SECONDS: '20',
    EXPORT_RETRY_DELAY_SECONDS: '1',
    JOB_MAINTENANCE_SECONDS: '1',
  });
  workers.push(worker);
  return worker;
}

const rowOf = async (id: string) => (await app.db.select().from(dataExports).where(eq(dataExports.id, id)))[0];

it('when the worker is killed mid-export, then a new worker completes it with one valid package and nothing half-written left', { timeout: 120_000 }, async () => {
  // Arrange: a queued export of a customer with 30 000 activity rows.
  const client = new TestClient(app);
  expect((await client.post('/api/auth/sign-in', { email: 'large@cocomo.example', password: DEMO_PASSWORD })).status).toBe(200);
  const created = await client.json<{ id: string }>(client.post('/api/exports', { formats: ['csv'] }, { 'idempotency-key': randomUUID() }));
  expect(created.status).toBe(202);
  const id = created.body.id;

  // Act 1: the first worker starts building; kill it once records are being written.
  const first = await startWorker();
  const midway = await waitFor('progress', async () => {
    const row = await rowOf(id);
    return row && row.status === 'running' && row.recordsWritten > 0 && row.recordsWritten < ROWS ? row : undefined;
  }, 60_000);
  await first.kill('SIGKILL');
  const afterKill = await rowOf(id);
  expect(afterKill?.status).toBe('running');
  expect(afterKill?.fileName).toBeNull();
  expect(await readdir(join(dataDir, 'exports', '.partial'))).toEqual([`${id}.1.zip.enc`]);

  // Act 2: a new worker; pg-boss notices the dead attempt (past its 20 s expiry) and runs it again.
  await startWorker();
  const ready = await waitFor('the export to be ready', async () => {
    const row = await rowOf(id);
    return row?.status === 'ready' ? row : undefined;
  }, 90_000);

  // Assert: the second attempt built it from the start, and the package is whole and verifies.
  expect(midway.attempts).toBe(1);
  expect(ready.attempts).toBe(2);
  expect(ready.fileName).toBe(`${id}.2.zip.enc`);
  expect(await readdir(join(dataDir, 'exports', '.partial'))).toEqual([]);
  expect((await readdir(join(dataDir, 'exports'))).filter((n) => n.endsWith('.enc'))).toEqual([`${id}.2.zip.enc`]);
  const secret = loadServerSecret({ dataDir });
  const key = openExportKey(secret, id, ready.keySealed ?? '');
  const encrypted = await createLocalExportStorage(join(dataDir, 'exports')).open(ready.fileName ?? '');
  if (!encrypted) throw new Error('no file');
  const zip = await buffer(encrypted.pipe(decryptStream(key, packageAad(id))));
  expect(zip.length).toBe(ready.fileSize);
  const keys = await loadSigningKeys({ dataDir });
  const pkg = await openVerifiedPackage(zip, keys.publicJwks());
  expect(pkg.manifest.categories.find((c) => c.id === 'activity')?.records).toBe(ROWS);
  expect(ready.recordsWritten).toBe(pkg.manifest.categories.reduce((sum, c) => sum + c.records, 0));
  // Exactly one completion: the killed attempt never marked anything.
  const completions = await app.db.execute<{ n: number }>(
    sql`select count(*)::int as n from audit_events where action = 'export.build.completed' and target_id = ${id}`,
  );
  expect(completions.rows[0]?.n).toBe(1);
});
