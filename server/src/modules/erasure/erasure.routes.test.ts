import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLocalDate } from '@portal/shared/deadlines/time-zone';
import { addRetentionPeriod } from '@portal/shared/inventory/retention';
import { loadProfile } from '@portal/shared/profiles/registry';
import { ZErasurePreviewResponseSchema, ZErasureRequestListResponseSchema, ZErasureRequestViewSchema, ZRestrictionViewSchema } from '@portal/shared/schemas/erasure.schema';
import { customers } from '../../db/schema/customers.ts';
import { erasureRequests } from '../../db/schema/erasure.ts';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import { TestClient } from '../../../test/test-client.ts';
import { auditRows, seedCustomer, signIn } from '../personal-data/personal-data-test-helpers.ts';
import { ERASURE_START_JOB } from './erasure-saga-deps.ts';
import { DAY_MS, requestErasure, runSaga, stepUp } from './erasure-test-helpers.ts';

const profile = loadProfile('cocomo');
const MINUTE = 60_000;
let app: TTestApp;

beforeAll(async () => {
  app = await startTestApp({ profile: 'cocomo' });
});
afterAll(async () => {
  await app?.close();
});

const newCustomer = async () => {
  await app.resetRateLimits();
  const customer = await seedCustomer(app.db, profile, { hasher: app.hasher, language: 'nl' });
  return { customer, client: await signIn(app, customer.email) };
};
const requestsOf = async (customerId: string) => app.db.select().from(erasureRequests).where(eq(erasureRequests.customerId, customerId));

describe('GET /api/erasure/preview', () => {
  it('when a cocomo customer asks, then invoices are kept under AWR art. 52 with each purge day 7 years after the invoice, consents kept as proof, visits anonymised, the rest erased', async () => {
    const { customer, client } = await newCustomer();
    const res = await client.json(client.get('/api/erasure/preview?language=nl'));
    expect(res.status).toBe(200);
    const preview = ZErasurePreviewResponseSchema.parse(res.body);

    expect(preview.graceDays).toBe(14);
    expect(Date.parse(preview.startsAt) - app.clock.now().getTime()).toBe(14 * DAY_MS);
    expect(preview.systems.map((s) => s.id)).toEqual(['own-tables', 'newsletter']);
    const own = preview.systems[0]?.categories ?? [];
    const invoices = own.find((c) => c.id === 'invoices');
    expect(invoices).toMatchObject({ outcome: 'keep', selectable: false, kept: { kind: 'legal-hold', holdId: 'fiscal-retention', law: 'AWR art. 52 lid 4' } });
    expect(invoices?.kept?.reason).toMatch(/7 jaar bewaren voor de Belastingdienst/);
    const seeded = customer.records.filter((r) => r.category === 'invoices').map((r) => r.occurredAt as Date);
    const expected = seeded.map((at) => addRetentionPeriod(toLocalDate(at, 'Europe/Amsterdam'), { amount: 7, unit: 'years' })).sort();
    expect(invoices?.kept?.items.map((i) => i.purgeOn)).toEqual(expected);
    expect(invoices?.kept).toMatchObject({ purgeFrom: expected[0], purgeUntil: expected.at(-1), more: 0 });
    expect(own.find((c) => c.id === 'consents')).toMatchObject({ outcome: 'keep', kept: { kind: 'proof', holdId: null } });
    expect(own.find((c) => c.id === 'website-visits')).toMatchObject({ outcome: 'anonymise', selectable: true, anonymisedFields: ['Pagina', 'Tijd op de pagina (seconden)'] });
    expect(own.find((c) => c.id === 'orders')).toMatchObject({ outcome: 'erase', selectable: true, records: customer.records.filter((r) => r.category === 'orders').length });
    expect(own.find((c) => c.id === 'account')).toMatchObject({ outcome: 'erase', selectable: false });
    // The newsletter service is not configured in this test: shown as such, not as an error.
    expect(preview.systems[1]).toMatchObject({ kind: 'http', availability: { status: 'unavailable', reason: 'not-configured' } });
  });

  it('when nobody is signed in, then 401', async () => {
    expect((await new TestClient(app).json(new TestClient(app).get('/api/erasure/preview'))).status).toBe(401);
  });
});

describe('POST /api/erasure-requests', () => {
  it('when the last sign-in is older than five minutes, then 401 step_up_required and nothing is scheduled; after re-authenticating, 202', async () => {
    const { customer, client } = await newCustomer();
    app.clock.advance(6 * MINUTE);
    const refused = await requestErasure(client, { scope: 'account' });
    expect(refused).toMatchObject({ status: 401, body: { code: 'step_up_required' } });
    expect(await requestsOf(customer.id)).toHaveLength(0);

    await stepUp(client);
    const accepted = await requestErasure(client, { scope: 'account' });
    expect(accepted.status).toBe(202);
    const view = ZErasureRequestViewSchema.parse(accepted.body);
    expect(view).toMatchObject({ scope: 'account', status: 'scheduled', steps: [], certificate: null });
    expect(Date.parse(view.scheduledFor) - Date.parse(view.createdAt)).toBe(14 * DAY_MS);
    expect(app.sentErasureEmails.scheduled.at(-1)).toMatchObject({ to: customer.email, language: 'nl', cancelUrl: 'http://localhost:3000/delete-my-data' });
    const audit = await auditRows(app.db, customer.id, 'erasure.');
    expect(audit).toEqual([expect.objectContaining({ action: 'erasure.request.created', actor_kind: 'customer', actor_id: customer.id, target_id: view.id })]);
    expect(audit[0]?.details).toEqual({ scope: 'account', categories: profile.categories.length, graceDays: 14 });
  });

  it('when the same key comes with the same body, then the same request (200); with another body, 422; another key while one is open, 409', async () => {
    const { customer, client } = await newCustomer();
    const key = randomUUID();
    const body = { scope: 'categories', categories: ['website-visits', 'orders'] };
    const first = await requestErasure(client, body, key);
    expect(first.status).toBe(202);
    expect(first.body.categories).toEqual(['orders', 'website-visits']);
    const again = await requestErasure(client, { scope: 'categories', categories: ['orders', 'website-visits', 'orders'] }, key);
    expect(again).toMatchObject({ status: 200, body: { id: first.body.id } });
    expect(await requestErasure(client, { scope: 'account' }, key)).toMatchObject({ status: 422, body: { code: 'unprocessable' } });
    expect(await requestErasure(client, { scope: 'account' })).toMatchObject({ status: 409, body: { code: 'conflict' } });
    expect(await requestsOf(customer.id)).toHaveLength(1);
  });

  it('when the key is missing, a category is kept by law, unknown, or only goes with the account, then 400 naming the field', async () => {
    const { customer, client } = await newCustomer();
    const missing = await requestErasure(client, { scope: 'account' }, null);
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.fields ?? {})).toEqual(['headers.idempotency-key']);
    for (const categories of [['invoices'], ['consents'], ['no-such-thing'], ['account'], ['sign-in-credentials']]) {
      const refused = await requestErasure(client, { scope: 'categories', categories });
      expect(refused.status, categories[0]).toBe(400);
      expect(Object.keys(refused.body.fields ?? {})).toEqual(['body.categories']);
    }
    expect((await requestErasure(client, { scope: 'everything' })).status).toBe(400);
    expect(await requestsOf(customer.id)).toHaveLength(0);
  });
});

describe('cancelling in the grace period', () => {
  it('when the customer cancels, then nothing runs after the grace period, the account stays, and a second cancel changes nothing', async () => {
    const { customer, client } = await newCustomer();
    const created = await requestErasure(client, { scope: 'account' });
    // Before the grace period ends the start job does nothing (it waits for its day).
    expect(await runSaga(app)).toBeGreaterThan(0);
    expect((await requestsOf(customer.id))[0]?.status).toBe('scheduled');

    const cancelled = await client.json(client.post(`/api/erasure-requests/${created.body.id}/cancel`));
    expect(cancelled.status).toBe(200);
    expect(ZErasureRequestViewSchema.parse(cancelled.body)).toMatchObject({ status: 'cancelled' });
    expect((await client.json(client.post(`/api/erasure-requests/${created.body.id}/cancel`))).status).toBe(200);

    app.clock.advance(15 * DAY_MS);
    await runSaga(app);
    const [row] = await app.db.select().from(customers).where(eq(customers.id, customer.id));
    expect(row).toMatchObject({ status: 'active', email: customer.email });
    expect((await requestsOf(customer.id))[0]).toMatchObject({ status: 'cancelled', startedAt: null });
    expect((await auditRows(app.db, customer.id, 'erasure.')).map((r) => r.action)).toEqual(['erasure.request.created', 'erasure.request.cancelled']);
    expect(await app.jobs.boss.getQueueSize(ERASURE_START_JOB)).toBe(0);
    // Cancelled, the customer may ask again (signing in again: the session timed out meanwhile).
    await app.resetRateLimits();
    expect((await requestErasure(await signIn(app, customer.email), { scope: 'account' })).status).toBe(202);
  });

  it('when another customer tries to cancel it, then 404; once it started, 409', async () => {
    const owner = await newCustomer();
    const other = await newCustomer();
    const created = await requestErasure(owner.client, { scope: 'categories', categories: ['orders'] });
    expect((await other.client.json(other.client.post(`/api/erasure-requests/${created.body.id}/cancel`))).status).toBe(404);
    expect((await other.client.json(other.client.get(`/api/erasure-requests/${created.body.id}`))).status).toBe(404);
    app.clock.advance(15 * DAY_MS);
    await runSaga(app);
    await app.resetRateLimits();
    owner.client = await signIn(app, owner.customer.email);
    const late = await owner.client.json<{ code: string }>(owner.client.post(`/api/erasure-requests/${created.body.id}/cancel`));
    expect(late).toMatchObject({ status: 409, body: { code: 'conflict' } });
    const list = ZErasureRequestListResponseSchema.parse((await owner.client.json(owner.client.get('/api/erasure-requests'))).body);
    expect(list.requests[0]).toMatchObject({ id: created.body.id, status: 'completed' });
    // Per category the account stays and keeps working; the certificate is in the portal.
    expect(list.requests[0]?.certificate).toMatch(/^ey/);
    expect((await owner.client.json<{ status: string }>(owner.client.get('/api/auth/session'))).body.status).toBe('signed-in');
  });
});

describe('restricting processing instead', () => {
  it('when the customer restricts and lifts it, then the account is restricted and active again, both audited', async () => {
    const { customer, client } = await newCustomer();
    const restricted = ZRestrictionViewSchema.parse((await client.json(client.post('/api/processing-restriction'))).body);
    expect(restricted).toMatchObject({ status: 'restricted', since: app.clock.now().toISOString() });
    expect(restricted.systems).toEqual([
      { system: 'own-tables', name: 'Cocomo klantenpanel', status: 'done', reason: null },
      { system: 'newsletter', name: 'Nieuwsbriefdienst (Laposta)', status: 'failed', reason: 'not-configured' },
    ]);
    expect(ZRestrictionViewSchema.parse((await client.json(client.get('/api/processing-restriction'))).body).status).toBe('restricted');
    // Restricted, the customer still signs in and can undo it.
    const lifted = await client.json(client.call('DELETE', '/api/processing-restriction'));
    expect(ZRestrictionViewSchema.parse(lifted.body)).toMatchObject({ status: 'active', since: null });
    expect((await client.json(client.call('DELETE', '/api/processing-restriction'))).status).toBe(409);
    const [row] = await app.db.select({ status: customers.status }).from(customers).where(eq(customers.id, customer.id));
    expect(row?.status).toBe('active');
    expect((await auditRows(app.db, customer.id, 'erasure.restriction')).map((r) => r.action)).toEqual(['erasure.restriction.started', 'erasure.restriction.lifted']);
  });
});
