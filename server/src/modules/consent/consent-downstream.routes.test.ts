import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadProfile } from '@portal/shared/profiles/registry';
import { ZConsentHistoryResponseSchema } from '@portal/shared/schemas/consent.schema';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import {
  startNewsletterService,
  subscriberFor,
  type TNewsletterService,
} from '../../../test/reference-services/newsletter-service.ts';
import { auditRows, put, signedInCustomer } from './consent-test-helpers.ts';
import { DELIVER_CONSENT_JOB, recipientSystems } from './consent-downstream.ts';

// cocomo: newsletter and product updates by email, both kept by the newsletter service (Laposta).
const profile = loadProfile('cocomo');
const NOTICE = profile.notice.version;
const SECRET = 'newsletter-secret-for-consent-tests-0123456789';
let app: TTestApp;
let service: TNewsletterService;

beforeAll(async () => {
  service = await startNewsletterService({ secret: SECRET });
  process.env.NEWSLETTER_SERVICE_URL = service.url;
  process.env.NEWSLETTER_SERVICE_SECRET = SECRET;
  app = await startTestApp({ profile: 'cocomo' });
});
afterEach(() => service.failNext(0));
afterAll(async () => {
  await app?.close();
  await service?.close();
  delete process.env.NEWSLETTER_SERVICE_URL;
  delete process.env.NEWSLETTER_SERVICE_SECRET;
});
beforeEach(async () => {
  app.clock.set(new Date('2026-11-02T09:00:00Z'));
  await app.resetRateLimits();
});

async function subscribedCustomer() {
  const signed = await signedInCustomer(app);
  service.subscribers.set(
    signed.customer.id,
    subscriberFor({ id: signed.customer.id, email: signed.customer.email, name: 'Test' }, ['newsletter']),
  );
  return signed;
}

const historyOf = async (client: Awaited<ReturnType<typeof signedInCustomer>>['client']) =>
  ZConsentHistoryResponseSchema.parse((await client.json(client.get('/api/consent/history'))).body);

describe('recipient systems of a consent', () => {
  it('when a purpose is served by the newsletter service, then changes go there; the own tables never', () => {
    expect(recipientSystems(profile, 'newsletter')).toEqual(['newsletter']);
    expect(recipientSystems(profile, 'product-updates')).toEqual(['newsletter']);
    expect(recipientSystems(profile, 'unknown')).toEqual([]);
  });
});

describe('a consent change downstream', () => {
  it('when the customer withdraws newsletter email consent, then the reference newsletter service unsubscribes them, once, and the history shows it delivered', async () => {
    // Arrange: subscribed in the portal and at the provider
    const { customer, client } = await subscribedCustomer();
    expect((await put(client, '/api/consent/newsletter/email', { granted: true, noticeVersion: NOTICE })).status).toBe(200);
    await app.jobs.drain(DELIVER_CONSENT_JOB);

    // Act: withdraw; before the job runs the change is pending
    expect((await put(client, '/api/consent/newsletter/email', { granted: false, noticeVersion: NOTICE })).status).toBe(200);
    const pending = await historyOf(client);
    expect(pending.items[0]?.deliveries).toEqual([
      expect.objectContaining({ system: 'newsletter', systemName: 'Nieuwsbriefdienst (Laposta)', status: 'pending', attempts: 0 }),
    ]);
    expect(await app.jobs.drain(DELIVER_CONSENT_JOB)).toBe(1);

    // Assert: unsubscribed at the provider, signed and idempotent, delivered in the history
    const list = service.subscribers.get(customer.id)?.lists.find((l) => l.list === 'newsletter');
    expect(list).toMatchObject({ status: 'unsubscribed', unsubscribedAt: '2026-11-02T09:00:00.000Z' });
    const calls = service.requests.filter((r) => r.path === '/consent');
    expect(calls.at(-1)).toMatchObject({
      signatureValid: true,
      status: 200,
      body: { subject: { id: customer.id }, consent: { purpose: 'newsletter', channel: 'email', granted: false, noticeVersion: NOTICE } },
    });
    expect(calls.at(-1)?.idempotencyKey).toBe(`consent-${pending.items[0]?.seq}`);
    const delivered = await historyOf(client);
    expect(delivered.items.map((i) => i.deliveries[0]?.status)).toEqual(['delivered', 'delivered']);
    expect((await auditRows(app, customer.id)).map((a) => a.action)).toEqual(['consent.granted', 'consent.withdrawn']);

    // A rerun of the job sends nothing again
    const before = service.requests.length;
    await app.consent.downstream?.deliver(pending.items[0]?.seq ?? 0, 'newsletter', false);
    expect(service.requests.length).toBe(before);
  });

  it('when the service is down, then the delivery stays pending with the error and is retried until delivered', async () => {
    const { customer, client } = await subscribedCustomer();
    service.failNext(1000);

    expect((await put(client, '/api/consent/newsletter/email', { granted: true, noticeVersion: NOTICE })).status).toBe(200);
    await app.jobs.drain(DELIVER_CONSENT_JOB);
    service.failNext(0);

    const failedOnce = await historyOf(client);
    expect(failedOnce.items[0]?.deliveries[0]).toMatchObject({ status: 'pending', attempts: 1 });
    await app.jobs.drain(DELIVER_CONSENT_JOB, { ignoreStartAfter: true });
    const after = await historyOf(client);
    expect(after.items[0]?.deliveries[0]).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(service.subscribers.get(customer.id)?.lists.find((l) => l.list === 'newsletter')?.status).toBe('subscribed');
  });
});
