import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '@portal/shared/profiles/registry';
import { createTestDatabase, type TTestDatabase } from '../../../test/setup/test-database.ts';
import { startNewsletterService, subscriberFor, type TNewsletterService } from '../../../test/reference-services/newsletter-service.ts';
import { createFakeClock, systemClock } from '../../lib/clock.ts';
import { seedCustomer } from '../personal-data/personal-data-test-helpers.ts';
import type { TConnector, TConnectorSubject } from './connector.ts';
import { findOperation } from './connector-operations.repository.ts';
import { createHttpConnector } from './http-connector.ts';
import { createHttpTransport, type TRetryPolicy } from './http-transport.ts';

const profile = loadProfile('cocomo');
const SECRET = 'newsletter-secret-for-tests-0123456789';
const FAST: TRetryPolicy = { attempts: 4, baseDelayMs: 5, maxDelayMs: 20, timeoutMs: 2_000 };
const clock = createFakeClock(new Date('2026-11-02T09:00:00Z'));
let database: TTestDatabase;
let service: TNewsletterService;
let subject: TConnectorSubject;

function connectorFor(url: string, secret = SECRET): TConnector {
  const transport = createHttpTransport({ baseUrl: url, secret, callbackUrl: 'http://127.0.0.1:9/api/connectors/newsletter/callback', wallClock: systemClock });
  return createHttpConnector({ system: 'newsletter', profile, transport, db: database.db, clock, policies: { read: FAST, write: FAST } });
}

beforeAll(async () => {
  database = await createTestDatabase();
  const customer = await seedCustomer(database.db, profile);
  subject = { customerId: customer.id, customerNumber: String(customer.row.customerNumber), email: customer.email };
  service = await startNewsletterService({
    secret: SECRET,
    subscribers: [subscriberFor({ id: customer.id, email: customer.email, name: 'Sanne de Vries' }, ['newsletter', 'product-updates'])],
  });
});
afterEach(() => {
  service.failNext(0);
  service.setMode('sync');
});
afterAll(async () => {
  await service?.close();
  await database?.close();
});

describe('http connector: access', () => {
  it('when the subscriber is read, then the request is signed, and only the inventory fields come back', async () => {
    const result = await connectorFor(service.url).access(subject, ['newsletter-subscription', 'account'], { count: true });

    expect(result.receipt).toMatchObject({ system: 'newsletter', operation: 'access', status: 'done' });
    const last = service.requests.at(-1);
    expect(last).toMatchObject({ path: '/access', signatureValid: true, status: 200 });
    // Only categories this system holds are asked for.
    expect(last?.body).toMatchObject({ categories: ['newsletter-subscription'], subject: { id: subject.customerId } });
    const list = result.categories[0];
    expect(list).toMatchObject({ category: 'newsletter-subscription', total: 2 });
    expect(list?.records[0]?.values).toMatchObject({ emailAddress: subject.email, status: 'subscribed' });
    // The provider also keeps a name, which this inventory does not list: not passed on.
    expect(list?.records[0]?.values).not.toHaveProperty('name');
  });

  it('when the system does not answer, then access fails with a receipt instead of throwing', async () => {
    const result = await connectorFor('http://127.0.0.1:9').access(subject, ['newsletter-subscription']);
    expect(result).toMatchObject({ receipt: { status: 'failed', details: { reason: 'unreachable', attempts: 4 } }, categories: [] });
  });

  it('when the portal signs with the wrong secret, then the system refuses it', async () => {
    const result = await connectorFor(service.url, 'wrong-secret-wrong-secret-wrong-secret').access(subject, ['newsletter-subscription']);
    expect(result.receipt).toMatchObject({ status: 'failed', details: { reason: 'rejected', httpStatus: 401 } });
    expect(service.requests.at(-1)).toMatchObject({ signatureValid: false, status: 401 });
  });
});

describe('http connector: rectify', () => {
  const change = (value: string, expectedVersion: number) => [
    { category: 'newsletter-subscription', recordId: `${subject.customerId}:newsletter`, field: 'emailAddress', value, expectedVersion },
  ];

  it('when the system answers 503 twice, then the same signed request with the same Idempotency-Key is retried until it succeeds', async () => {
    service.failNext(2, 503);
    const before = service.requests.length;
    const key = `k-${randomUUID()}`;
    const version = service.subscribers.get(subject.customerId)?.version ?? 1;

    const receipt = await connectorFor(service.url).rectify(subject, change('new@example.test', version), key);

    expect(receipt).toMatchObject({ system: 'newsletter', operation: 'rectify', status: 'done', details: { attempts: 3, version: version + 1 } });
    const sent = service.requests.slice(before);
    expect(sent.map((r) => r.status)).toEqual([503, 503, 200]);
    expect(new Set(sent.map((r) => r.idempotencyKey))).toEqual(new Set([key]));
    expect(sent.every((r) => r.signatureValid)).toBe(true);
    expect(service.subscribers.get(subject.customerId)?.email).toBe('new@example.test');
    expect((await findOperation(database.db, 'newsletter', key))?.status).toBe('done');
  });

  it('when the same key is used again, then the stored receipt is returned without calling the system', async () => {
    const key = `k-${randomUUID()}`;
    const version = service.subscribers.get(subject.customerId)?.version ?? 1;
    const connector = connectorFor(service.url);
    const first = await connector.rectify(subject, change('again@example.test', version), key);
    const calls = service.requests.length;

    const replay = await connector.rectify(subject, change('again@example.test', version), key);

    expect(replay).toEqual(first);
    expect(service.requests.length).toBe(calls);
  });

  it('when the system itself gets a repeated Idempotency-Key, then it answers the first response and acts once', async () => {
    const key = `k-${randomUUID()}`;
    const version = service.subscribers.get(subject.customerId)?.version ?? 1;
    await connectorFor(service.url).rectify(subject, change('once@example.test', version), key);
    // A second portal instance that lost its row sends it again.
    await database.db.execute(sql`delete from connector_operations where idempotency_key = ${key}`);
    const again = await connectorFor(service.url).rectify(subject, change('once@example.test', version), key);
    expect(again.status).toBe('done');
    expect(service.requests.at(-1)?.replayed).toBe(true);
    expect(service.subscribers.get(subject.customerId)?.version).toBe(version + 1);
  });

  it('when the version is stale, then the receipt says version-conflict with the current version', async () => {
    const current = service.subscribers.get(subject.customerId)?.version ?? 1;
    const receipt = await connectorFor(service.url).rectify(subject, change('stale@example.test', current - 1), `k-${randomUUID()}`);
    expect(receipt).toMatchObject({ status: 'failed', details: { reason: 'version-conflict', currentVersion: current } });
  });

  it('when the system stays down, then the receipt fails as unreachable, and the same key succeeds once it is back', async () => {
    const key = `k-${randomUUID()}`;
    const version = service.subscribers.get(subject.customerId)?.version ?? 1;
    service.failNext(4, 502);
    const failed = await connectorFor(service.url).rectify(subject, change('later@example.test', version), key);
    expect(failed).toMatchObject({ status: 'failed', details: { reason: 'unreachable', attempts: 4, lastStatus: 502 } });

    const retried = await connectorFor(service.url).rectify(subject, change('later@example.test', version), key);
    expect(retried.status).toBe('done');
  });

  it('when the system is slow, then it accepts (202) and the receipt says accepted', async () => {
    service.setMode('async');
    const receipt = await connectorFor(service.url).rectify(subject, change('slow@example.test', service.subscribers.get(subject.customerId)?.version ?? 1), `k-${randomUUID()}`);
    expect(receipt).toMatchObject({ status: 'accepted', reference: expect.stringMatching(/^nl-/) });
  });
});

describe('http connector: erase and restrict', () => {
  it('when restricted, released and erased, then the system is asked once per key and the subscriber is gone', async () => {
    const other = await seedCustomer(database.db, profile);
    const who = { customerId: other.id, customerNumber: 'x', email: other.email };
    service.subscribers.set(other.id, subscriberFor({ id: other.id, email: other.email, name: 'Other' }, ['newsletter']));
    const connector = connectorFor(service.url);

    const restricted = await connector.restrict(who, `r-${other.id}`);
    expect(restricted).toMatchObject({ operation: 'restrict', status: 'done' });
    expect(service.subscribers.get(other.id)?.restricted).toBe(true);

    const lifted = await connector.liftRestriction(who, `l-${other.id}`);
    expect(lifted).toMatchObject({ operation: 'lift-restriction', status: 'done' });
    expect(service.subscribers.get(other.id)?.restricted).toBe(false);

    const erased = await connector.erase(who, { scope: 'account', categories: ['newsletter-subscription'] }, `e-${other.id}`);
    expect(erased).toMatchObject({ operation: 'erase', status: 'done' });
    expect(service.subscribers.has(other.id)).toBe(false);
    expect(service.requests.at(-1)?.body).toMatchObject({ plan: { scope: 'account', categories: ['newsletter-subscription'] } });
    expect(await connector.erase(who, { scope: 'account', categories: ['newsletter-subscription'] }, `e-${other.id}`)).toEqual(erased);
  });
});
