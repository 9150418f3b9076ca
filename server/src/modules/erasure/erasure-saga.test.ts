import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '@portal/shared/profiles/registry';
import { ZErasureAlertListResponseSchema, ZErasureRequestViewSchema, ZStaffErasureListResponseSchema, ZVerifyCertificateResponseSchema, type TErasureRequestView } from '@portal/shared/schemas/erasure.schema';
import { customerRecords, customers } from '../../db/schema/customers.ts';
import { erasureSteps } from '../../db/schema/erasure.ts';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import { TestClient } from '../../../test/test-client.ts';
import { TEST_PASSWORD } from '../../../test/fixtures/principals.ts';
import { signedInNewStaff } from '../../../test/fixtures/sign-in.ts';
import { startNewsletterService, subscriberFor, type TNewsletterService } from '../../../test/reference-services/newsletter-service.ts';
import { auditRows, seedCustomer, signIn } from '../personal-data/personal-data-test-helpers.ts';
import { STEP_RETRY_LIMIT } from './erasure-jobs.ts';
import { DAY_MS, requestErasure, runSaga, tablesContaining } from './erasure-test-helpers.ts';

const profile = loadProfile('cocomo');
const SECRET = 'newsletter-secret-for-erasure-tests-0123456789';
let app: TTestApp;
let service: TNewsletterService;

beforeAll(async () => {
  service = await startNewsletterService({ secret: SECRET });
  process.env.NEWSLETTER_SERVICE_URL = service.url;
  process.env.NEWSLETTER_SERVICE_SECRET = SECRET;
  app = await startTestApp({ profile: 'cocomo' });
});
afterEach(() => {
  service.failNext(0);
  service.setMode('sync');
});
afterAll(async () => {
  await app?.close();
  await service?.close();
});

/** A customer whose name, email and phone appear nowhere else, in their account, an order note, a domain and an invoice. */
async function uniqueCustomer() {
  await app.resetRateLimits();
  const customer = await seedCustomer(app.db, profile, { hasher: app.hasher, language: 'nl' });
  const tag = randomBytes(5).toString('hex');
  const person = { givenName: `Aafke${tag}`, familyName: `Zwart${tag}`, phone: `+31 6 ${tag.slice(0, 4)} ${tag.slice(4)}7` };
  await app.db.update(customers).set(person).where(eq(customers.id, customer.id));
  const mine = (category: string) => and(eq(customerRecords.customerId, customer.id), eq(customerRecords.category, category));
  await app.db.update(customerRecords).set({ data: sql`data || ${JSON.stringify({ notes: `Bel ${person.phone} of mail ${customer.email}` })}::jsonb` }).where(mine('orders'));
  await app.db.update(customerRecords).set({ data: sql`data || ${JSON.stringify({ registrantEmail: customer.email })}::jsonb` }).where(mine('domains'));
  await app.db.update(customerRecords).set({ data: sql`data || ${JSON.stringify({ nameOnInvoice: `${person.givenName} ${person.familyName}` })}::jsonb` }).where(mine('invoices'));
  service.subscribers.set(customer.id, subscriberFor({ id: customer.id, email: customer.email, name: `${person.givenName} ${person.familyName}` }, ['newsletter']));
  return { customer, person, client: await signIn(app, customer.email) };
}

const viewOf = async (client: TestClient, id: string) => ZErasureRequestViewSchema.parse((await client.json(client.get(`/api/erasure-requests/${id}`))).body);
const jwks = async () => (await (await app.request('/api/.well-known/jwks.json')).json()) as JSONWebKeySet;
const SYSTEM_ORDER = profile.systems.map((s) => s.id);
/** The steps in the profile's order of systems, as the customer sees them. */
const stepsOf = async (requestId: string) =>
  (await app.db.select().from(erasureSteps).where(eq(erasureSteps.requestId, requestId))).sort((a, b) => SYSTEM_ORDER.indexOf(a.system) - SYSTEM_ORDER.indexOf(b.system));

describe('a whole-account erasure across the own tables and the newsletter service', () => {
  let subject: Awaited<ReturnType<typeof uniqueCustomer>>;
  let request: TErasureRequestView;

  beforeAll(async () => {
    subject = await uniqueCustomer();
    const created = await requestErasure(subject.client, { scope: 'account' });
    expect(created.status).toBe(202);
    app.clock.advance(15 * DAY_MS);
    await runSaga(app);
    // As the privacy officer sees it (the customer can no longer sign in).
    const staff = await signedInNewStaff(app, 'privacy-officer');
    const listed = ZStaffErasureListResponseSchema.parse((await staff.client.json(staff.client.get(`/api/staff/erasure-requests?customerId=${subject.customer.id}`))).body);
    const [first] = listed.requests;
    if (!first) throw new Error('no erasure request');
    const { reason, ...view } = first;
    expect(reason).toBe('customer-request');
    request = ZErasureRequestViewSchema.parse(view);
  });

  it('then every step is done with a receipt, the newsletter provider was asked once, and the request is completed', () => {
    expect(request.status).toBe('completed');
    expect(request.steps.map((s) => [s.system, s.status])).toEqual([
      ['own-tables', 'done'],
      ['newsletter', 'done'],
    ]);
    const own = request.steps[0]?.receipt;
    expect(own?.erasedRecords).toBeGreaterThan(10);
    expect(own?.kept.map((k) => [k.category, k.holdId])).toEqual([
      ['invoices', 'fiscal-retention'],
      ['consents', null],
    ]);
    expect(request.steps[1]?.receipt).toMatchObject({ confirmation: 'synchronous', reference: expect.stringMatching(/^nl-/) });
    expect(service.subscribers.has(subject.customer.id)).toBe(false);
    const erases = service.requests.filter((r) => r.path === '/erase' && r.idempotencyKey === `erasure:${request.id}:newsletter`);
    expect(erases.map((r) => [r.signatureValid, r.replayed])).toEqual([[true, false]]);
  });

  it('then the customer cannot sign in, and their session ended at the freeze', async () => {
    expect((await subject.client.json<{ status: string }>(subject.client.get('/api/auth/session'))).body.status).toBe('signed-out');
    await app.resetRateLimits();
    const attempt = await new TestClient(app).json(new TestClient(app).post('/api/auth/sign-in', { email: subject.customer.email, password: TEST_PASSWORD }));
    expect(attempt.status).toBe(401);
  });

  it('then their email, name and phone are in no table at all, except the invoices kept under the legal hold, which are restricted', async () => {
    for (const needle of [subject.customer.email, subject.person.phone, subject.person.familyName]) {
      const found = await tablesContaining(app.db, needle);
      expect(found, needle).toEqual(needle === subject.person.familyName ? ['public.customer_records'] : []);
    }
    const named = await app.db.execute<{ category: string; hold_id: string | null; restricted: boolean; purge_on: string | null }>(
      sql`select category, hold_id, restricted_at is not null as restricted, purge_on::text from customer_records where strpos(data::text, ${subject.person.familyName}) > 0`,
    );
    expect(named.rows.length).toBeGreaterThan(0);
    expect(named.rows.every((r) => r.category === 'invoices' && r.restricted && r.hold_id === 'fiscal-retention' && r.purge_on !== null)).toBe(true);
    const [shell] = await app.db.select().from(customers).where(eq(customers.id, subject.customer.id));
    expect(shell).toMatchObject({ status: 'erased', givenName: '', familyName: '', phone: null });
  });

  it('then the certificate verifies with the published keys, names nobody, lists the kept invoices, and was emailed with a link that checks it', async () => {
    const certificate = request.certificate ?? '';
    const { payload, protectedHeader } = await jwtVerify(certificate, createLocalJWKSet(await jwks()), {
      algorithms: ['EdDSA'],
      typ: 'custodia-erasure-certificate+jwt',
      audience: 'custodia:erasure-certificate',
      issuer: 'http://localhost:3000',
    });
    expect(protectedHeader.alg).toBe('EdDSA');
    expect(payload).toMatchObject({ sub: request.id, erasureRequestId: request.id, scope: 'account' });
    expect((payload.kept as { category: string }[]).map((k) => k.category)).toEqual(['invoices', 'consents']);
    for (const personal of [subject.customer.email, subject.customer.id, subject.person.givenName, String(subject.customer.row.customerNumber)]) {
      expect(JSON.stringify(payload)).not.toContain(personal);
    }
    for (const step of request.steps) {
      await jwtVerify(step.signedReceipt ?? '', createLocalJWKSet(await jwks()), { typ: 'custodia-erasure-receipt+jwt', audience: 'custodia:erasure-receipt' });
    }
    const email = app.sentErasureEmails.completed.find((m) => m.reference === request.id);
    expect(email).toMatchObject({ to: subject.customer.email, language: 'nl', scope: 'account', certificateUrl: `http://localhost:3000/erasure-certificate#${certificate}` });
    const verified = ZVerifyCertificateResponseSchema.parse(await (await app.request('/api/erasure-certificates/verify', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'custodia', 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify({ certificate }),
    })).json());
    expect(verified).toMatchObject({ valid: true, certificate: { reference: request.id, scope: 'account' } });
    const forged = `${certificate.slice(0, -4)}AAAA`;
    const refused = await new TestClient(app).json(new TestClient(app).post('/api/erasure-certificates/verify', { certificate: forged }));
    expect(refused.body).toEqual({ valid: false });
  });

  it('then the saga is audited with ids only: started (frozen, consents withdrawn), each step, completed', async () => {
    const audit = await auditRows(app.db, subject.customer.id, 'erasure.');
    expect(audit.map((r) => r.action)).toEqual(['erasure.request.created', 'erasure.request.started', 'erasure.step.completed', 'erasure.step.completed', 'erasure.request.completed']);
    expect(audit[1]).toMatchObject({ actor_kind: 'system', details: { scope: 'account', systems: 2, sessionsRevoked: 1, startedEarly: false } });
    const ledger = await app.db.execute<{ n: number }>(sql`select count(*)::int as n from consent_ledger where customer_id = ${subject.customer.id} and method = 'erasure'`);
    expect(ledger.rows[0]?.n).toBe((audit[1]?.details as { consentsWithdrawn: number }).consentsWithdrawn);
  });
});

describe('when the newsletter service keeps failing', () => {
  it('then its step is retried and dead-lettered with an alert privacy officers see, while the own tables are erased; a retry after the fix completes the erasure', async () => {
    const { customer, client } = await uniqueCustomer();
    const created = await requestErasure(client, { scope: 'account' });
    service.failNext(1_000, 422);
    app.clock.advance(15 * DAY_MS);
    await runSaga(app);

    const steps = await stepsOf(created.body.id);
    expect(steps.map((s) => [s.system, s.status])).toEqual([
      ['own-tables', 'done'],
      ['newsletter', 'dead-lettered'],
    ]);
    expect(steps[1]).toMatchObject({ attempts: STEP_RETRY_LIMIT + 1, lastError: 'rejected' });
    const [row] = await app.db.select({ status: customers.status }).from(customers).where(eq(customers.id, customer.id));
    expect(row?.status).toBe('erased');
    expect((await auditRows(app.db, customer.id, 'erasure.step.dead')).map((r) => [r.action, r.outcome])).toEqual([['erasure.step.dead-lettered', 'failure']]);

    const officer = await signedInNewStaff(app, 'privacy-officer');
    const alerts = ZErasureAlertListResponseSchema.parse((await officer.client.json(officer.client.get('/api/staff/erasure-alerts'))).body);
    const alert = alerts.alerts.find((a) => a.requestId === created.body.id);
    expect(alert).toMatchObject({ system: 'newsletter', customerId: customer.id, lastError: 'rejected' });
    const support = await signedInNewStaff(app, 'support-agent');
    expect((await support.client.json(support.client.get('/api/staff/erasure-alerts'))).status).toBe(403);
    const staffView = await officer.client.json<{ status: string; certificate: string | null }>(officer.client.get(`/api/staff/erasure-requests?customerId=${customer.id}`));
    expect(staffView.status).toBe(200);

    service.failNext(0);
    const retried = await officer.client.json(officer.client.post(`/api/staff/erasure-steps/${alert?.stepId}/retry`));
    expect(retried.status).toBe(200);
    await runSaga(app);
    expect((await stepsOf(created.body.id)).map((s) => s.status)).toEqual(['done', 'done']);
    expect(app.sentErasureEmails.completed.some((m) => m.reference === created.body.id)).toBe(true);
    expect(service.subscribers.has(customer.id)).toBe(false);
  });

  it('then a passing outage (503 on every try of one attempt) costs one retry, not the step', async () => {
    const { client } = await uniqueCustomer();
    const created = await requestErasure(client, { scope: 'account' });
    service.failNext(4, 503);
    app.clock.advance(15 * DAY_MS);
    await runSaga(app);
    const steps = await stepsOf(created.body.id);
    expect(steps.map((s) => [s.system, s.status, s.attempts])).toEqual([
      ['own-tables', 'done', 1],
      ['newsletter', 'done', 2],
    ]);
  });
});

describe('when the newsletter service confirms later', () => {
  it('then the step waits for its signed callback, which completes it; the certificate follows', async () => {
    const { client, customer } = await uniqueCustomer();
    const created = await requestErasure(client, { scope: 'account' });
    service.setMode('async');
    app.clock.advance(15 * DAY_MS);
    await runSaga(app, { ignoreStartAfter: false });
    expect((await stepsOf(created.body.id)).map((s) => s.status)).toEqual(['done', 'waiting']);
    expect(service.subscribers.has(customer.id)).toBe(true);

    const answers = await service.completePending({ origin: app.baseUrl });
    expect(answers.map((a) => a.status)).toEqual([200]);
    expect((await stepsOf(created.body.id)).map((s) => s.status)).toEqual(['done', 'done']);
    await runSaga(app);
    const officer = await signedInNewStaff(app, 'privacy-officer');
    const listed = await officer.client.json<{ requests: TErasureRequestView[] }>(officer.client.get(`/api/staff/erasure-requests?customerId=${customer.id}`));
    expect(listed.body.requests[0]).toMatchObject({ status: 'completed', certificate: expect.stringMatching(/^ey/) });
    expect(listed.body.requests[0]?.steps[1]?.receipt?.confirmation).toBe('callback');
    expect(service.subscribers.has(customer.id)).toBe(false);
  });
});

describe('early start by staff', () => {
  it('when a privacy officer starts it on the customer’s written request, then it runs at once, audited with the reference; a support agent may not', async () => {
    const { client, customer } = await uniqueCustomer();
    const created = await requestErasure(client, { scope: 'categories', categories: ['orders', 'newsletter-subscription'] });
    const support = await signedInNewStaff(app, 'support-agent');
    expect((await support.client.json(support.client.post(`/api/staff/erasure-requests/${created.body.id}/start-now`, { reference: 'TICKET-4711' }))).status).toBe(403);
    const officer = await signedInNewStaff(app, 'privacy-officer');
    expect((await officer.client.json(officer.client.post(`/api/staff/erasure-requests/${created.body.id}/start-now`, { reference: 'free text about Aafke!' }))).status).toBe(400);
    const started = await officer.client.json(officer.client.post(`/api/staff/erasure-requests/${created.body.id}/start-now`, { reference: 'TICKET-4711' }));
    expect(started.status).toBe(200);
    await runSaga(app);

    const view = await viewOf(client, created.body.id);
    expect(view).toMatchObject({ status: 'completed', startedEarly: true });
    const audit = await auditRows(app.db, customer.id, 'erasure.request.started');
    expect(audit[0]).toMatchObject({ action: 'erasure.request.started-early', actor_kind: 'staff', actor_id: officer.staff.id, details: { reference: 'TICKET-4711', graceDaysLeft: 14 } });
    // Per category the account and its sign-in stay.
    expect((await client.json<{ status: string }>(client.get('/api/auth/session'))).body.status).toBe('signed-in');
    expect(service.subscribers.has(customer.id)).toBe(false);
  });
});
