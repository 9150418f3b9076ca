import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '@portal/shared/profiles/registry';
import { ZCorrectFieldResponseSchema, ZCorrectionsResponseSchema } from '@portal/shared/schemas/personal-data.schema';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import type { TestClient } from '../../../test/test-client.ts';
import { canonical, sign, startNewsletterService, subscriberFor, type TNewsletterService } from '../../../test/reference-services/newsletter-service.ts';
import { connectorOperations } from '../../db/schema/personal-data.ts';
import { auditRows, patch, seedCustomer, signIn } from '../personal-data/personal-data-test-helpers.ts';

// Slow systems answer 202 Accepted and confirm later with a signed callback
// (POST /api/connectors/:system/callback).
const profile = loadProfile('cocomo');
const SECRET = 'newsletter-secret-for-callback-tests-0123456789';
let app: TTestApp;
let service: TNewsletterService;
let owner: Awaited<ReturnType<typeof seedCustomer>>;
let client: TestClient;

beforeAll(async () => {
  service = await startNewsletterService({ secret: SECRET, mode: 'async' });
  process.env.NEWSLETTER_SERVICE_URL = service.url;
  process.env.NEWSLETTER_SERVICE_SECRET = SECRET;
  app = await startTestApp({ profile: 'cocomo' });
  owner = await seedCustomer(app.db, profile, { hasher: app.hasher });
  service.subscribers.set(owner.id, subscriberFor({ id: owner.id, email: owner.email, name: 'Owner' }, ['newsletter']));
  client = await signIn(app, owner.email);
});
afterAll(async () => {
  await app?.close();
  await service?.close();
});

/** A correction the service accepts (202) and leaves pending. */
async function acceptedCorrection(value: string) {
  const res = await patch(client, {
    category: 'newsletter-subscription',
    field: 'emailAddress',
    recordId: `${owner.id}:newsletter`,
    value,
    version: service.subscribers.get(owner.id)?.version ?? 1,
  });
  expect(res.status).toBe(200);
  return ZCorrectFieldResponseSchema.parse(res.body);
}

const callback = (body: unknown, signature: string | undefined, system = 'newsletter') =>
  app.request(`/api/connectors/${system}/callback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'x-custodia-signature': signature } : {}) },
    body: canonical(body),
  });

describe('POST /api/connectors/:system/callback', () => {
  it('when the service accepts a correction and later confirms it, then the status goes from accepted to done, once', async () => {
    // Arrange
    const corrected = await acceptedCorrection('accepted@example.test');
    expect(corrected.correction.propagations.find((p) => p.targetKind === 'system')).toMatchObject({ targetId: 'newsletter', status: 'accepted' });
    expect(service.subscribers.get(owner.id)?.email).toBe(owner.email);
    expect(service.requests.at(-1)?.callbackUrl).toBe('http://localhost:3000/api/connectors/newsletter/callback');

    // Act: the service posts its signed callback to the callback URL the portal sent
    const answers = await service.completePending({ origin: app.baseUrl });

    // Assert
    expect(answers).toEqual([{ status: 200, body: { received: true, status: 'done' } }]);
    expect(service.subscribers.get(owner.id)?.email).toBe('accepted@example.test');
    const history = ZCorrectionsResponseSchema.parse((await client.json(client.get('/api/my-data/corrections'))).body);
    expect(history.items[0]?.propagations.find((p) => p.targetKind === 'system')).toMatchObject({ status: 'done' });
    const [operation] = await app.db.select().from(connectorOperations).where(eq(connectorOperations.idempotencyKey, `correction:${corrected.correction.id}`));
    expect(operation).toMatchObject({ status: 'done', completedAt: expect.any(Date) });
    const audits = await auditRows(app.db, owner.id, 'connectors.operation.settled');
    expect(audits.at(-1)).toMatchObject({ outcome: 'success', actor_kind: 'anonymous', target_id: operation?.id, details: { system: 'newsletter', operation: 'rectify', status: 'done' } });
  });

  it('when the same callback comes again, then it answers the state it settled in and changes nothing', async () => {
    const corrected = await acceptedCorrection('twice@example.test');
    const key = `correction:${corrected.correction.id}`;
    const [operation] = await app.db.select().from(connectorOperations).where(eq(connectorOperations.idempotencyKey, key));
    const body = { idempotencyKey: key, reference: operation?.reference, operation: 'rectify', status: 'done', at: new Date().toISOString(), details: {} };

    const first = await callback(body, sign(SECRET, canonical(body), new Date()));
    const failedLater = { ...body, status: 'failed' };
    const second = await callback(failedLater, sign(SECRET, canonical(failedLater), new Date()));

    expect(await first.json()).toEqual({ received: true, status: 'done' });
    expect(await second.json()).toEqual({ received: true, status: 'done' });
  });

  it('when the signature is wrong, stale or missing, then 401 and the operation stays accepted', async () => {
    const corrected = await acceptedCorrection('forged@example.test');
    const key = `correction:${corrected.correction.id}`;
    const [operation] = await app.db.select().from(connectorOperations).where(eq(connectorOperations.idempotencyKey, key));
    const body = { idempotencyKey: key, reference: operation?.reference, operation: 'rectify', status: 'failed', at: new Date().toISOString(), details: {} };

    const wrongSecret = await callback(body, sign('another-secret-another-secret-0123456789', canonical(body), new Date()));
    const stale = await callback(body, sign(SECRET, canonical(body), new Date(Date.now() - 10 * 60_000)));
    const tampered = await callback({ ...body, status: 'done' }, sign(SECRET, canonical(body), new Date()));
    const missing = await callback(body, undefined);

    expect([wrongSecret.status, stale.status, tampered.status, missing.status]).toEqual([401, 401, 401, 401]);
    const [after] = await app.db.select().from(connectorOperations).where(eq(connectorOperations.id, String(operation?.id)));
    expect(after?.status).toBe('accepted');
    // The service's own pending callbacks, signed with the wrong secret, are refused too.
    const answers = await service.completePending({ origin: app.baseUrl, signWith: 'not-the-secret-not-the-secret-0123456789' });
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) expect(answer).toEqual({ status: 401, body: expect.objectContaining({ code: 'unauthenticated' }) });
  });

  it('when the system or the operation is unknown, then 404 (the route needs no session or CSRF header, only the signature)', async () => {
    const body = { idempotencyKey: 'nope', reference: 'nope', operation: 'rectify', status: 'done', at: new Date().toISOString(), details: {} };
    expect((await callback(body, sign(SECRET, canonical(body), new Date()), 'own-tables')).status).toBe(404);
    expect((await callback(body, sign(SECRET, canonical(body), new Date()), 'unknown-system')).status).toBe(404);
    expect((await callback(body, sign(SECRET, canonical(body), new Date()))).status).toBe(404);
    const count = await app.db.execute<{ n: number }>(sql`select count(*)::int as n from connector_operations where idempotency_key = 'nope'`);
    expect(count.rows[0]?.n).toBe(0);
  });
});
