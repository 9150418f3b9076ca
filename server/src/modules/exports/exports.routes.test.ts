import { randomUUID } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '@portal/shared/profiles/registry';
import { ZExportLinkResponseSchema, ZExportListResponseSchema, ZExportViewSchema, type TExportView } from '@portal/shared/schemas/export.schema';
import { customers } from '../../db/schema/customers.ts';
import { dataExports } from '../../db/schema/exports.ts';
import { authorize } from '../../http/authorize.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import { TestClient } from '../../../test/test-client.ts';
import { TEST_PASSWORD } from '../../../test/fixtures/principals.ts';
import { startImpersonation } from '../../../test/fixtures/impersonation.ts';
import { signedInNewStaff } from '../../../test/fixtures/sign-in.ts';
import { openVerifiedPackage, packageText, schemaErrors } from '../../../test/fixtures/export-package.ts';
import { startNewsletterService, subscriberFor, type TNewsletterService } from '../../../test/reference-services/newsletter-service.ts';
import { addTotpSecret, auditRows, seedCustomer, signIn } from '../personal-data/personal-data-test-helpers.ts';
import { EXPORT_BUILD_JOB, EXPORT_DEAD_JOB, EXPORT_PURGE_JOB } from './export-jobs.ts';

const profile = loadProfile('cocomo');
const SECRET = 'newsletter-secret-for-export-tests-0123456789';
// Dutch and Vietnamese names, to prove UTF-8 end to end (JSON, CSV, HTML).
const GIVEN = 'Nguyễn Thị Ánh';
const FAMILY = "van 't Hoff-Ëlsa";
const MINUTE = 60_000;
let app: TTestApp;
let service: TNewsletterService;
let owner: Awaited<ReturnType<typeof seedCustomer>>;
let client: TestClient;
let totpSecret: string;

beforeAll(async () => {
  service = await startNewsletterService({ secret: SECRET });
  process.env.NEWSLETTER_SERVICE_URL = service.url;
  process.env.NEWSLETTER_SERVICE_SECRET = SECRET;
  // Small pages: a few hundred records span many pages, as a large export would.
  app = await startTestApp({ profile: 'cocomo', exportPageSize: 7 });
  owner = await seedCustomer(app.db, profile, { hasher: app.hasher, language: 'nl' });
  await app.db.update(customers).set({ givenName: GIVEN, familyName: FAMILY }).where(eq(customers.id, owner.id));
  service.subscribers.set(owner.id, subscriberFor({ id: owner.id, email: owner.email, name: `${GIVEN} ${FAMILY}` }, ['newsletter']));
  client = await signIn(app, owner.email);
  totpSecret = await addTotpSecret(app.db, owner.id);
});
afterAll(async () => {
  await app?.close();
  await service?.close();
});

const stepUp = async (c: TestClient) => expect((await c.post('/api/auth/step-up', { method: 'password', password: TEST_PASSWORD })).status).toBe(204);
const requestExport = (c: TestClient, body: object, key: string | null = randomUUID()) =>
  c.json<TExportView & { code?: string; fields?: Record<string, string[]> }>(c.post('/api/exports', body, key === null ? {} : { 'idempotency-key': key }));
const build = () => app.jobs.drain(EXPORT_BUILD_JOB);
const exportRow = async (id: string) => (await app.db.select().from(dataExports).where(eq(dataExports.id, id)))[0];

/** Asks for a link and downloads the file with the same session. */
async function download(c: TestClient, id: string) {
  await stepUp(c);
  const link = await c.json(c.post(`/api/exports/${id}/link`));
  expect(link.status).toBe(200);
  const { url } = ZExportLinkResponseSchema.parse(link.body);
  return { url, response: await c.get(url) };
}

const jwks = async () => (await (await app.request('/api/.well-known/jwks.json')).json()) as JSONWebKeySet;

describe('POST /api/exports', () => {
  it('when nobody is signed in, then 401, and nothing is queued', async () => {
    expect((await requestExport(new TestClient(app), {})).status).toBe(401);
    expect(await app.jobs.boss.getQueueSize(EXPORT_BUILD_JOB)).toBe(0);
  });

  it('when the last sign-in is older than five minutes, then 401 step_up_required; after re-authenticating it is queued', async () => {
    const other = await seedCustomer(app.db, profile, { hasher: app.hasher });
    const c = await signIn(app, other.email);
    app.clock.advance(6 * MINUTE);
    const refused = await requestExport(c, {});
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('step_up_required');
    expect(await app.db.select().from(dataExports).where(eq(dataExports.customerId, other.id))).toHaveLength(0);

    await stepUp(c);
    const accepted = await requestExport(c, {});
    expect(accepted.status).toBe(202);
    expect(ZExportViewSchema.parse(accepted.body).status).toBe('queued');
  });

  it('when the Idempotency-Key is missing or malformed, then 400 naming the header', async () => {
    await stepUp(client);
    const missing = await requestExport(client, {}, null);
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.fields ?? {})).toEqual(['headers.idempotency-key']);
    expect((await requestExport(client, {}, 'short')).status).toBe(400);
  });

  it('when the body names an unknown category, an unknown field or a reversed range, then 400 per field and nothing is queued', async () => {
    const unknown = await requestExport(client, { categories: ['account', 'no-such-thing'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields?.['body.categories']?.[0]).toContain('no-such-thing');
    expect((await requestExport(client, { everything: true })).status).toBe(400);
    const reversed = await requestExport(client, { from: '2026-05-01', to: '2026-01-01' });
    expect(reversed.status).toBe(400);
    expect(Object.keys(reversed.body.fields ?? {})).toContain('body.from');
    expect(await app.db.select().from(dataExports).where(eq(dataExports.customerId, owner.id))).toHaveLength(0);
  });

  it('when the same key comes with the same body, then the same export; with another body, 422; another key while one runs, 409', async () => {
    const key = randomUUID();
    const body = { categories: ['account', 'orders'], formats: ['csv'] };
    const first = await requestExport(client, body, key);
    expect(first.status).toBe(202);
    expect(first.body.formats).toEqual(['json', 'csv']);
    // The same request in another order and with json spelled out is the same request.
    const again = await requestExport(client, { formats: ['json', 'csv'], categories: ['orders', 'account'] }, key);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);

    const changed = await requestExport(client, { categories: ['account'] }, key);
    expect(changed.status).toBe(422);
    expect(changed.body.code).toBe('unprocessable');

    const second = await requestExport(client, {});
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('conflict');
    expect(await app.db.select().from(dataExports).where(eq(dataExports.customerId, owner.id))).toHaveLength(1);
    expect(await app.jobs.boss.getQueueSize(EXPORT_BUILD_JOB)).toBeGreaterThanOrEqual(1);
    await build();
  });
});

describe('the build job and the download', () => {
  let ready: TExportView;

  beforeAll(async () => {
    app.clock.advance(1_000);
    await stepUp(client);
    const created = await requestExport(client, {});
    expect(created.status).toBe(202);
    await build();
    const res = await client.json(client.get(`/api/exports/${created.body.id}`));
    ready = ZExportViewSchema.parse(res.body);
  });

  it('then the export is ready at 100 % with every category done, the customer is emailed and the job audited', async () => {
    expect(ready.status).toBe('ready');
    expect(ready.progress).toMatchObject({ percent: 100, categoriesDone: profile.categories.length, categoriesTotal: profile.categories.length });
    expect(ready.progress.recordsWritten).toBeGreaterThan(20);
    expect(Date.parse(ready.expiresAt ?? '') - Date.parse(ready.completedAt ?? '')).toBe(profile.settings.exportLinkDays * 86_400_000);
    expect(app.sentExportEmails.at(-1)).toMatchObject({ to: owner.email, language: 'nl', portalUrl: 'http://localhost:3000/download' });
    const audit = await auditRows(app.db, owner.id, 'export.');
    expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(['export.request.created', 'export.build.completed']));
    expect(audit.find((r) => r.action === 'export.build.completed' && r.target_id === ready.id)).toMatchObject({ actor_kind: 'system', target_id: ready.id, outcome: 'success' });
    const list = ZExportListResponseSchema.parse((await client.json(client.get('/api/exports'))).body);
    expect(list.exports[0]?.id).toBe(ready.id);
  });

  it('then the file at rest is encrypted: no ZIP signature, no name, no email on disk', async () => {
    const row = await exportRow(ready.id);
    const raw = await readFile(join(app.exportsDir, row?.fileName ?? 'missing'));
    expect(raw.subarray(0, 17).toString()).toBe('CUSTODIA-EXPORT-1');
    expect(raw.includes(Buffer.from('PK\u0003\u0004'))).toBe(false);
    expect(raw.includes(Buffer.from(owner.email))).toBe(false);
    expect(raw.includes(Buffer.from(GIVEN))).toBe(false);
    expect(row?.keySealed).toMatch(/^v1\./);
  });

  it('then the download is a ZIP whose checksums and signature verify, whose data files validate against the published schema, in UTF-8', async () => {
    const { response } = await download(client, ready.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="cocomo-personal-data-\d{4}-\d{2}-\d{2}\.zip"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const zip = Buffer.from(await response.arrayBuffer());
    expect(zip.length).toBe(ready.fileSize);

    const pkg = await openVerifiedPackage(zip, await jwks());
    expect(pkg.manifest.exportId).toBe(ready.id);
    expect(pkg.manifest.profile.id).toBe('cocomo');
    expect(pkg.manifest.categories.map((c) => c.id)).toEqual(profile.categories.map((c) => c.id));
    expect(pkg.manifest.categories.every((c) => c.status === 'complete')).toBe(true);
    const published = await (await app.request('/api/schemas/export/1.json')).json();
    expect(JSON.parse(pkg.entries.get('schema/export-1.schema.json')?.toString('utf8') ?? '{}')).toEqual(published);
    expect(schemaErrors(pkg, published as object)).toEqual({});

    const account = JSON.parse(pkg.entries.get('data/account.json')?.toString('utf8') ?? '{}');
    expect(JSON.stringify(account)).toContain(GIVEN);
    expect(JSON.stringify(account)).toContain(FAMILY);
    const csv = pkg.entries.get('csv/orders.csv')?.toString('utf8') ?? '';
    expect(csv.startsWith('\uFEFFid,occurredAt,')).toBe(true);
    const html = pkg.entries.get('index.html')?.toString('utf8') ?? '';
    expect(html).toMatch(/<html lang="nl"/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(GIVEN);
    expect(html).toContain('Autoriteit Persoonsgegevens');
    const orders = pkg.manifest.categories.find((c) => c.id === 'orders');
    expect(orders?.records).toBe(owner.records.filter((r) => r.category === 'orders').length);
  });

  it('then it holds no password hash, second-factor secret, withheld field or other customer', async () => {
    const other = await seedCustomer(app.db, profile, { hasher: app.hasher });
    const { response } = await download(client, ready.id);
    const text = packageText(await openVerifiedPackage(Buffer.from(await response.arrayBuffer()), await jwks()));
    expect(text).not.toContain('$argon2');
    expect(text).not.toContain(owner.passwordHash);
    expect(text).not.toContain(totpSecret);
    expect(text).not.toContain(other.email);
    expect(text).not.toContain(other.id);
    for (const category of profile.categories) {
      for (const field of category.fields.filter((f) => f.visibility === 'withheld')) {
        expect(text, `${category.id}.${field.key}`).not.toContain(`"${field.key}"`);
      }
    }
  });

  it('when another customer uses the ticket, then 403; a forged or expired ticket, 403 and 410; each refusal and each download audited', async () => {
    const { url } = await download(client, ready.id);
    const other = await seedCustomer(app.db, profile, { hasher: app.hasher });
    const thief = await signIn(app, other.email);
    const stolen = await thief.json(thief.get(url));
    expect(stolen.status).toBe(403);
    expect(JSON.stringify(stolen.body)).not.toContain(owner.email);
    expect((await thief.get(`/api/exports/${ready.id}`)).status).toBe(404);
    expect((await client.get(`/api/exports/${ready.id}/download?token=not-a-ticket`)).status).toBe(403);

    app.clock.advance(6 * MINUTE);
    await stepUp(client);
    const expired = await client.json(client.get(url));
    expect(expired.status).toBe(410);
    expect(expired.body).toMatchObject({ code: 'gone' });

    const refusals = (await auditRows(app.db, other.id, 'export.')).filter((r) => r.action === 'export.file.download-refused');
    expect(refusals.map((r) => r.details)).toEqual([expect.objectContaining({ reason: 'ticket-not-yours' })]);
    const mine = await auditRows(app.db, owner.id, 'export.');
    expect(mine.filter((r) => r.action === 'export.file.downloaded').length).toBeGreaterThanOrEqual(2);
    expect(mine.some((r) => r.action === 'export.file.download-refused' && r.details.reason === 'ticket-expired')).toBe(true);
  });

  it('when the link lifetime has passed, then a link is refused with 410, and the purge deletes the file and its key', async () => {
    const row = await exportRow(ready.id);
    // A week later, as far as this export is concerned (the session would have timed out long before).
    await app.db.update(dataExports).set({ expiresAt: new Date(app.clock.now().getTime() - MINUTE) }).where(eq(dataExports.id, ready.id));
    await stepUp(client);
    const refused = await client.json(client.post(`/api/exports/${ready.id}/link`));
    expect(refused.status).toBe(410);
    expect(ZExportViewSchema.parse((await client.json(client.get(`/api/exports/${ready.id}`))).body).status).toBe('expired');

    await app.exports.jobs.purgeExpired();
    const purged = await exportRow(ready.id);
    expect(purged).toMatchObject({ status: 'expired', keySealed: null, fileName: null });
    expect(await app.exports.storage.list()).not.toContain(row?.fileName);
    expect((await auditRows(app.db, owner.id, 'export.')).some((r) => r.action === 'export.file.purged' && r.target_id === ready.id)).toBe(true);
    // The scheduled job runs the same purge and finds nothing left.
    await app.jobs.boss.send(EXPORT_PURGE_JOB, {});
    expect(await app.jobs.drain(EXPORT_PURGE_JOB)).toBe(1);
  });
});

describe('a date range and a choice of categories and formats', () => {
  it('then only those categories and formats are in the package, and dated records fall inside the range', async () => {
    const customer = await seedCustomer(app.db, profile, { hasher: app.hasher });
    const c = await signIn(app, customer.email);
    const created = await requestExport(c, { categories: ['account', 'orders', 'invoices'], from: '2025-01-01', to: '2025-12-31', formats: [] });
    expect(created.status).toBe(202);
    await build();
    const { response } = await download(c, created.body.id);
    const pkg = await openVerifiedPackage(Buffer.from(await response.arrayBuffer()), await jwks());
    expect([...pkg.entries.keys()].filter((p) => p.startsWith('data/')).sort()).toEqual(['data/account.json', 'data/invoices.json', 'data/orders.json']);
    expect([...pkg.entries.keys()].some((p) => p.startsWith('csv/') || p === 'index.html')).toBe(false);
    expect(pkg.manifest.dateRange).toEqual({ from: '2025-01-01', to: '2025-12-31', timeZone: profile.locale.timeZone });
    // Europe/Amsterdam is UTC+1 in winter: the range is 2024-12-31T23:00Z up to 2025-12-31T23:00Z.
    const inside = (at: string) => at >= '2024-12-31T23:00:00.000Z' && at < '2025-12-31T23:00:00.000Z';
    const orders = JSON.parse(pkg.entries.get('data/orders.json')?.toString('utf8') ?? '{}') as { records: { occurredAt: string }[] };
    const expected = customer.records.filter((r) => r.category === 'orders' && inside(new Date(r.occurredAt).toISOString()));
    expect(orders.records).toHaveLength(expected.length);
    expect(orders.records.every((r) => inside(r.occurredAt))).toBe(true);
  });
});

describe('a build that keeps failing', () => {
  it('then it is retried, and after the last attempt the dead letter fails the export and removes its files', async () => {
    const customer = await seedCustomer(app.db, profile, { hasher: app.hasher });
    const c = await signIn(app, customer.email);
    const created = await requestExport(c, { categories: ['account'] });
    // Scratch space that cannot be created: every attempt fails the same way.
    const scratchRoot = join(app.exportsDir, '.work');
    await rm(scratchRoot, { recursive: true, force: true });
    await writeFile(scratchRoot, 'not a directory');
    // Three attempts (the retries ignore their backoff here), then the dead letter.
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect(await app.jobs.drain(EXPORT_BUILD_JOB, { ignoreStartAfter: true, max: 1 })).toBe(1);
    }
    expect((await exportRow(created.body.id))?.status).toBe('queued');
    expect(await app.jobs.drain(EXPORT_DEAD_JOB)).toBe(1);
    const failed = await exportRow(created.body.id);
    expect(failed).toMatchObject({ status: 'failed', failure: 'build-failed', keySealed: null });
    expect(ZExportViewSchema.parse((await c.json(c.get(`/api/exports/${created.body.id}`))).body)).toMatchObject({ status: 'failed', failure: 'build-failed' });
    expect((await auditRows(app.db, customer.id, 'export.')).some((r) => r.action === 'export.build.failed')).toBe(true);
    // A new export can be asked for at once.
    await rm(scratchRoot, { force: true });
    expect((await requestExport(c, {})).status).toBe(202);
  });
});

describe('impersonating staff', () => {
  it('when a support agent impersonates the customer, then asking for, linking and downloading an export are all 403', async () => {
    const customer = await seedCustomer(app.db, profile, { hasher: app.hasher });
    const own = await signIn(app, customer.email);
    const created = await requestExport(own, { categories: ['account'] });
    await build();
    const { client: agent } = await signedInNewStaff(app, 'support-agent');
    expect((await startImpersonation(agent, customer.id)).status).toBe(200);

    const refused = await requestExport(agent, {});
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('forbidden');
    expect((await agent.post(`/api/exports/${created.body.id}/link`)).status).toBe(403);
    const ticket = ZExportLinkResponseSchema.parse((await own.json(own.post(`/api/exports/${created.body.id}/link`))).body);
    expect((await agent.get(ticket.url)).status).toBe(403);
    expect(await app.db.select().from(dataExports).where(eq(dataExports.customerId, customer.id))).toHaveLength(1);
  });

  it.each([
    ['post', '/api/exports'],
    ['post', '/api/exports/:id/link'],
    ['get', '/api/exports/:id/download'],
  ] as const)('when %s %s is called while impersonating, then the policy refuses it with 403', (method, path) => {
    const route = app.routes.routes.find((r) => r.method === method && r.path === path);
    expect(route?.policy).toMatchObject({ kind: 'customer', whileImpersonating: 'forbidden', stepUp: true });
    const customerId = randomUUID();
    const ctx = {
      requestId: 'r',
      ip: '127.0.0.1',
      userAgent: '',
      session: { id: randomUUID(), secondFactorPending: false, authenticatedAt: app.clock.now() },
      actor: { kind: 'staff', id: randomUUID(), role: 'support-agent' },
      subject: { customerId },
      impersonation: { id: randomUUID(), customerId, endsAt: new Date(app.clock.now().getTime() + 600_000), readOnly: true },
    } as unknown as TRequestContext;
    expect(() => route && authorize(route.policy, ctx, app.clock)).toThrow(expect.objectContaining({ status: 403 }));
  });
});
