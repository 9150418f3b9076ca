import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '@portal/shared/profiles/registry';
import { ZMyDataResponseSchema, type TMyDataResponse } from '@portal/shared/schemas/personal-data.schema';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import { patch, seedCustomer, signIn } from './personal-data-test-helpers.ts';

// One failing system never blocks the others (product.md): the newsletter service is either not
// configured at all or configured at an address where nothing answers.
const profile = loadProfile('cocomo');
const apps: TTestApp[] = [];

async function appWith(env: { url?: string; secret?: string }) {
  if (env.url) process.env.NEWSLETTER_SERVICE_URL = env.url;
  else delete process.env.NEWSLETTER_SERVICE_URL;
  if (env.secret) process.env.NEWSLETTER_SERVICE_SECRET = env.secret;
  else delete process.env.NEWSLETTER_SERVICE_SECRET;
  const app = await startTestApp({ profile: 'cocomo' });
  apps.push(app);
  const customer = await seedCustomer(app.db, profile, { hasher: app.hasher });
  return { app, customer, client: await signIn(app, customer.email) };
}

let notConfigured: Awaited<ReturnType<typeof appWith>>;
let unreachable: Awaited<ReturnType<typeof appWith>>;

beforeAll(async () => {
  notConfigured = await appWith({});
  // Port 9 (discard): nothing listens, connections are refused at once.
  unreachable = await appWith({ url: 'http://127.0.0.1:9', secret: 'a-secret-that-is-long-enough-0123456789' });
});
afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
});

describe.each([
  ['not configured', () => notConfigured, 'not-configured'],
  ['unreachable', () => unreachable, 'unreachable'],
] as const)('when the newsletter service is %s', (_name, setup, reason) => {
  it('then its category says so and every other category is still there with its data', async () => {
    const { client, customer } = setup();
    const res = await client.json<TMyDataResponse>(client.get('/api/my-data'));

    expect(res.status).toBe(200);
    const data = ZMyDataResponseSchema.parse(res.body);
    const newsletter = data.categories.find((c) => c.id === 'newsletter-subscription');
    expect(newsletter).toMatchObject({ availability: { status: 'unavailable', reason }, recordCount: null, single: null });
    // Its explanations are still given: what it is, why, how long.
    expect(newsletter?.fields.length).toBeGreaterThan(0);
    expect(data.categories.find((c) => c.id === 'account')).toMatchObject({ availability: { status: 'available' }, single: { values: { email: customer.email } } });
    expect(data.categories.filter((c) => c.availability.status === 'unavailable').map((c) => c.id)).toEqual(['newsletter-subscription']);
  });

  it('then its records and corrections answer 503 with a message, and nothing is recorded', async () => {
    const { client, customer } = setup();
    const records = await client.json(client.get('/api/my-data/categories/newsletter-subscription/records'));
    expect(records).toMatchObject({ status: 503, body: { code: 'unavailable', message: expect.stringMatching(/not reachable right now/) } });
    const corrected = await patch(client, { category: 'newsletter-subscription', field: 'emailAddress', recordId: `${customer.id}:newsletter`, value: 'x@example.test', version: 1 });
    expect(corrected.status).toBe(503);
    const history = await client.json<{ items: unknown[] }>(client.get('/api/my-data/corrections'));
    expect(history.body.items).toEqual([]);
  });
});
