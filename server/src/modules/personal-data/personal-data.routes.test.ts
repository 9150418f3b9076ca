import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '@portal/shared/profiles/registry';
import {
  ZCategoriesOnlyResponseSchema,
  ZCategoryRecordsResponseSchema,
  ZCorrectFieldResponseSchema,
  ZCorrectionConflictSchema,
  ZCorrectionsResponseSchema,
  ZMyDataResponseSchema,
  ZRectificationRequestResponseSchema,
  ZRightsResponseSchema,
  type TCategoryRecordsResponse,
  type TMyDataResponse,
} from '@portal/shared/schemas/personal-data.schema';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import { TestClient } from '../../../test/test-client.ts';
import { createStaff, TEST_PASSWORD } from '../../../test/fixtures/principals.ts';
import { startNewsletterService, subscriberFor, type TNewsletterService } from '../../../test/reference-services/newsletter-service.ts';
import { addTotpSecret, auditRows, patch, seedCustomer, signIn } from './personal-data-test-helpers.ts';

// cocomo: Dutch, an own-tables system and a newsletter service reached over HTTP.
const profile = loadProfile('cocomo');
const SECRET = 'newsletter-secret-for-route-tests-0123456789';
let app: TTestApp;
let service: TNewsletterService;
let owner: Awaited<ReturnType<typeof seedCustomer>>;
let client: TestClient;
let totpSecret: string;

beforeAll(async () => {
  service = await startNewsletterService({ secret: SECRET });
  process.env.NEWSLETTER_SERVICE_URL = service.url;
  process.env.NEWSLETTER_SERVICE_SECRET = SECRET;
  app = await startTestApp({ profile: 'cocomo' });
  owner = await seedCustomer(app.db, profile, { hasher: app.hasher, language: 'nl' });
  service.subscribers.set(owner.id, subscriberFor({ id: owner.id, email: owner.email, name: `${owner.row.givenName} ${owner.row.familyName}` }, ['newsletter', 'product-updates']));
  client = await signIn(app, owner.email);
  totpSecret = await addTotpSecret(app.db, owner.id);
});
afterAll(async () => {
  await app?.close();
  await service?.close();
});

const overview = async (c: TestClient = client, query = '') => {
  const res = await c.json<TMyDataResponse>(c.get(`/api/my-data${query}`));
  expect(res.status).toBe(200);
  return ZMyDataResponseSchema.parse(res.body);
};
const categoryOf = (data: TMyDataResponse, id: string) => {
  const category = data.categories.find((c) => c.id === id);
  if (!category) throw new Error(`no category ${id}`);
  return category;
};

describe('GET /api/my-data', () => {
  it('when nobody is signed in, then 401; staff without impersonation get 403', async () => {
    expect((await new TestClient(app).get('/api/my-data')).status).toBe(401);
    const staff = await createStaff(app.db, app.hasher, 'support-agent');
    const staffClient = new TestClient(app);
    await staffClient.post('/api/auth/sign-in', { email: staff.email, password: TEST_PASSWORD });
    expect([401, 403]).toContain((await staffClient.get('/api/my-data')).status);
  });

  it('when the owner reads it, then every category of the inventory is there with each field explained, in Dutch', async () => {
    const data = await overview();

    expect(data.language).toBe('nl');
    expect(data.categories.map((c) => c.id)).toEqual(profile.categories.map((c) => c.id));
    for (const category of data.categories) {
      const inventory = profile.categories.find((c) => c.id === category.id);
      expect(category.fields.map((f) => f.key)).toEqual(inventory?.fields.map((f) => f.key));
      for (const field of category.fields) {
        expect(field.purposes.length, `${category.id}.${field.key}`).toBeGreaterThan(0);
        expect(field.purposes[0]?.name).toBeTruthy();
        expect(field.legalBasis).toBeTruthy();
        expect(field.source.kind).toBeTruthy();
        expect(field.retention.description).toBeTruthy();
      }
    }
    const account = categoryOf(data, 'account');
    expect(account.name).toBe('Account en contactgegevens');
    expect(account.single?.values).toMatchObject({ email: owner.email, givenName: owner.row.givenName, customerNumber: owner.row.customerNumber });
    expect(account.fields.find((f) => f.key === 'givenName')).toMatchObject({ correctable: true, correction: 'inline' });
    expect(account.fields.find((f) => f.key === 'email')).toMatchObject({ correction: 'confirmation-required' });
    expect(account.fields.find((f) => f.key === 'customerNumber')).toMatchObject({ correction: 'request' });
    // The contract still runs: kept until 6 months after it ends.
    expect(account.fields[0]?.retention).toMatchObject({ ruleId: 'contract-end-6m', keptUntil: null, waitingFor: 'contract-end' });
  });

  it('when invoices are listed, then the 7-year tax retention is explained with a date, the legal hold and the tax authority as recipient', async () => {
    const invoices = categoryOf(await overview(), 'invoices');
    const newest = owner.records.filter((r) => r.category === 'invoices').sort((a, b) => Number(b.occurredAt) - Number(a.occurredAt))[0];

    expect(invoices.recordCount).toBe(owner.records.filter((r) => r.category === 'invoices').length);
    expect(invoices.legalHold).toMatchObject({ id: 'fiscal-retention', law: 'AWR art. 52 lid 4' });
    const total = invoices.fields.find((f) => f.key === 'total');
    expect(total?.retention).toMatchObject({ ruleId: 'tax-7y', basis: 'AWR art. 52 lid 4 (fiscale bewaarplicht, 7 jaar)', waitingFor: null });
    const year = new Date(newest?.occurredAt as Date).getUTCFullYear() + 7;
    expect(total?.retention.keptUntil?.slice(0, 4)).toBe(String(year));
    expect(total?.recipients).toEqual([expect.objectContaining({ id: 'belastingdienst', kind: 'public-authority', country: 'NL', safeguard: 'domestic' })]);
    expect(total).toMatchObject({ correctable: false, erasable: false });
  });

  it('when the newsletter service answers, then its subscription is shown as available with the number of lists', async () => {
    const newsletter = categoryOf(await overview(), 'newsletter-subscription');
    expect(newsletter).toMatchObject({ availability: { status: 'available' }, recordCount: 2, system: { id: 'newsletter' } });
    expect(service.requests.at(-1)).toMatchObject({ path: '/access', signatureValid: true });
  });

  it('when ?language=en is asked, then the explanations are English', async () => {
    const data = await overview(client, '?language=en');
    expect(categoryOf(data, 'account').name).toBe('Account and contact details');
  });
});

describe('withheld fields and other customers', () => {
  it('when everything a customer can read is fetched, then no password hash, TOTP secret or staff note is in it', async () => {
    // Arrange: a staff note on a ticket
    await app.db.execute(sql`insert into customer_records (customer_id, category, occurred_at, data)
      values (${owner.id}, 'support-tickets', now(), ${JSON.stringify({ subject: 'Factuur', internalNotes: 'INTERNAL-NOTE-DO-NOT-SHOW' })}::jsonb)`);
    const bodies: string[] = [];
    const data = await overview();
    bodies.push(JSON.stringify(data));
    for (const category of data.categories) {
      if (category.cardinality === 'single') continue;
      let cursor: string | null = null;
      do {
        const res: { status: number; body: TCategoryRecordsResponse } = await client.json<TCategoryRecordsResponse>(
          client.get(`/api/my-data/categories/${category.id}/records?limit=100${cursor ? `&cursor=${cursor}` : ''}`),
        );
        expect(res.status, category.id).toBe(200);
        bodies.push(JSON.stringify(ZCategoryRecordsResponseSchema.parse(res.body)));
        for (const item of res.body.items) {
          for (const field of category.fields.filter((f) => f.visibility === 'withheld')) expect(item.values).not.toHaveProperty(field.key);
        }
        cursor = res.body.nextCursor;
      } while (cursor);
    }
    bodies.push(await (await client.get('/api/my-data/categories-only')).text());
    bodies.push(await (await client.get('/api/my-data/rights')).text());
    const all = bodies.join('\n');

    expect(all).not.toContain(owner.passwordHash);
    expect(all).not.toMatch(/\$argon2(id|i|d)\$/);
    expect(all).not.toContain(totpSecret);
    expect(all).not.toContain('INTERNAL-NOTE-DO-NOT-SHOW');
    const credentials = categoryOf(data, 'sign-in-credentials');
    expect(credentials.single?.values).not.toHaveProperty('passwordHash');
    expect(credentials.single?.values).not.toHaveProperty('totpSecret');
    expect(credentials.fields.find((f) => f.key === 'passwordHash')).toMatchObject({ visibility: 'withheld', correction: 'none', withheldReason: expect.stringMatching(/argon2id/) });
  });

  it('when another customer is signed in, then none of this customer’s data or records reach them, and their ids give 404', async () => {
    const other = await seedCustomer(app.db, profile, { hasher: app.hasher });
    const otherClient = await signIn(app, other.email);
    const ownAddress = owner.records.find((r) => r.category === 'addresses');

    const data = await overview(otherClient);
    const orders = await otherClient.json<TCategoryRecordsResponse>(otherClient.get('/api/my-data/categories/orders/records?limit=100'));
    const text = JSON.stringify(data) + JSON.stringify(orders.body);

    expect(text).not.toContain(owner.email);
    expect(text).not.toContain(owner.id);
    for (const record of owner.records.filter((r) => r.category === 'orders')) expect(text).not.toContain(String(record.id));
    expect(categoryOf(data, 'newsletter-subscription').recordCount).toBe(0);
    const corrected = await patch(otherClient, { category: 'addresses', field: 'city', recordId: ownAddress?.id, value: 'Hacked', version: 1 });
    expect(corrected.status).toBe(404);
    const requested = await otherClient.json(otherClient.post('/api/my-data/rectification-requests', { category: 'addresses', field: 'city', recordId: ownAddress?.id, note: 'mine?' }));
    expect(requested.status).toBe(404);
    const account = await patch(otherClient, { category: 'account', field: 'givenName', recordId: owner.id, value: 'Hacked', version: 1 });
    expect(account.status).toBe(404);
  });
});

describe('GET /api/my-data/categories/:category/records', () => {
  it('when the activity list is paged, then newest first, every row once, with a cursor to the next page', async () => {
    const expected = owner.records.filter((r) => r.category === 'activity').length;
    const ids: string[] = [];
    let cursor: string | null = null;
    let previous = '9999';
    do {
      const res: { status: number; body: TCategoryRecordsResponse } = await client.json<TCategoryRecordsResponse>(
        client.get(`/api/my-data/categories/activity/records?limit=25${cursor ? `&cursor=${cursor}` : ''}`),
      );
      expect(res.status).toBe(200);
      for (const item of res.body.items) {
        expect(String(item.occurredAt) <= previous).toBe(true);
        previous = String(item.occurredAt);
        expect(item.keptUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        ids.push(item.id);
      }
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(ids).toHaveLength(expected);
    expect(new Set(ids).size).toBe(expected);
  });

  it('when the newsletter subscription is read, then its records come from the service over HTTP', async () => {
    const res = await client.json<TCategoryRecordsResponse>(client.get('/api/my-data/categories/newsletter-subscription/records'));
    expect(res.status).toBe(200);
    expect(res.body.items.map((i) => i.values.list).sort()).toEqual(['newsletter', 'product-updates']);
  });

  it('when the category, limit or cursor is wrong, then 404 or 400', async () => {
    expect((await client.get('/api/my-data/categories/unknown/records')).status).toBe(404);
    expect((await client.get('/api/my-data/categories/activity/records?limit=1000')).status).toBe(400);
    expect((await client.get('/api/my-data/categories/activity/records?cursor=garbage')).status).toBe(400);
    expect((await client.get('/api/my-data/categories/activity/records?owner=someone')).status).toBe(400);
  });
});

describe('PATCH /api/my-data/fields', () => {
  const accountVersion = async () => categoryOf(await overview(), 'account').single?.version ?? 0;

  it('when a correctable field is corrected at the current version, then it changes, is audited without the value, and shows in the history', async () => {
    const version = await accountVersion();

    const res = await patch(client, { category: 'account', field: 'givenName', value: '  Annelies ', version });

    expect(res.status).toBe(200);
    const body = ZCorrectFieldResponseSchema.parse(res.body);
    expect(body).toMatchObject({ category: 'account', field: 'givenName', recordId: owner.id, value: 'Annelies', version: version + 1 });
    expect(body.correction).toMatchObject({ by: 'you', propagations: [{ targetKind: 'system', targetId: 'own-tables', status: 'done' }] });
    const data = await overview();
    expect(categoryOf(data, 'account').single).toMatchObject({ version: version + 1, values: { givenName: 'Annelies' } });
    const audits = await auditRows(app.db, owner.id, 'personal-data.corrected');
    expect(audits.at(-1)).toMatchObject({ outcome: 'success', actor_kind: 'customer', actor_id: owner.id, target_id: 'account.givenName' });
    expect(audits.at(-1)?.details).toMatchObject({ category: 'account', field: 'givenName' });
    expect(JSON.stringify(audits)).not.toContain('Annelies');
    const history = ZCorrectionsResponseSchema.parse((await client.json(client.get('/api/my-data/corrections'))).body);
    expect(history.items[0]).toMatchObject({ id: body.correction.id, category: 'account', field: 'givenName' });
  });

  it('when the field has recipients, then each is recorded as waiting to be told (Art. 19)', async () => {
    const payment = owner.records.find((r) => r.category === 'payment-details');
    const res = await patch(client, { category: 'payment-details', field: 'accountHolder', recordId: payment?.id, value: 'A. de Vries', version: 1 });
    expect(res.status).toBe(200);
    expect(ZCorrectFieldResponseSchema.parse(res.body).correction.propagations).toEqual([
      expect.objectContaining({ targetKind: 'system', targetId: 'own-tables', status: 'done' }),
      expect.objectContaining({ targetKind: 'recipient', targetId: 'mollie', name: 'Mollie B.V.', status: 'pending' }),
    ]);
  });

  it('when the version is stale, then 409 with the current value and version, and nothing changes', async () => {
    const version = await accountVersion();
    await patch(client, { category: 'account', field: 'familyName', value: 'Bakker', version });

    const res = await patch(client, { category: 'account', field: 'familyName', value: 'Smit', version });

    expect(res.status).toBe(409);
    expect(ZCorrectionConflictSchema.parse(res.body)).toMatchObject({ code: 'conflict', current: { value: 'Bakker', version: version + 1 } });
    expect(categoryOf(await overview(), 'account').single?.values.familyName).toBe('Bakker');
  });

  it('when a field cannot be corrected here, then 403 says to send a rectification request; email and phone need a code (422)', async () => {
    const version = await accountVersion();
    const number = await patch(client, { category: 'account', field: 'customerNumber', value: 'X-1', version });
    expect(number.status).toBe(403);
    expect(number.body).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/rectification request/) });
    const invoice = owner.records.find((r) => r.category === 'invoices');
    expect((await patch(client, { category: 'invoices', field: 'nameOnInvoice', recordId: invoice?.id, value: 'X', version: 1 })).status).toBe(403);
    expect((await patch(client, { category: 'sign-in-credentials', field: 'passwordHash', value: 'x', version: 1 })).status).toBe(403);
    const email = await patch(client, { category: 'account', field: 'email', value: 'new@example.test', version });
    expect(email.status).toBe(422);
    expect(email.body).toMatchObject({ code: 'unprocessable', message: expect.stringMatching(/code we send to the new address/) });
    expect((await patch(client, { category: 'account', field: 'phone', value: '+31 6 1111 2222', version })).status).toBe(422);
  });

  it('when the email address is changed, then a code goes to the new address and only that code applies exactly that change', async () => {
    const version = await accountVersion();
    const newEmail = `nieuw-${owner.id.slice(0, 8)}@voorbeeld.nl`;
    const started = await client.json(client.post('/api/my-data/contact-changes', { category: 'account', field: 'email', value: newEmail, version }));
    expect(started.status).toBe(202);
    expect(started.body).toEqual({ sentTo: 'n…@voorbeeld.nl', channel: 'email', minutesValid: 10 });
    const mail = app.sentEmails.findLast((m) => m.to === newEmail);
    expect(mail).toMatchObject({ template: 'email-verification', language: 'nl' });
    const code = mail?.params.code ?? '';

    const otherValue = await patch(client, { category: 'account', field: 'email', value: 'someone-else@example.test', version, confirmationCode: code });
    expect(otherValue.status).toBe(400);
    expect(otherValue.body).toMatchObject({ fields: { 'body.confirmationCode': [expect.stringMatching(/not valid for this change/)] } });

    const wrongCode = code === '000000' ? '111111' : '000000';
    expect((await patch(client, { category: 'account', field: 'email', value: newEmail, version, confirmationCode: wrongCode })).status).toBe(400);
    const done = await patch(client, { category: 'account', field: 'email', value: newEmail, version, confirmationCode: code });
    expect(done.status).toBe(200);
    expect(categoryOf(await overview(), 'account').single?.values.email).toBe(newEmail);
    expect((await patch(client, { category: 'account', field: 'email', value: newEmail, version: version + 1, confirmationCode: code })).status).toBe(400);
    const audits = await auditRows(app.db, owner.id, 'personal-data.contact-change.code-sent');
    expect(audits.at(-1)).toMatchObject({ outcome: 'success', target_id: 'account.email' });
    expect(JSON.stringify(audits)).not.toContain(newEmail);
  });

  it('when the phone number is changed, then the code arrives by text at the new number in the customer\'s language', async () => {
    const version = await accountVersion();
    const started = await client.json(client.post('/api/my-data/contact-changes', { category: 'account', field: 'phone', value: '+31 6 4444 5678', version }));
    expect(started.status).toBe(202);
    expect(started.body).toEqual({ sentTo: '…5678', channel: 'sms', minutesValid: 10 });
    const text = (await app.sentTexts()).findLast((m) => m.to === '+31 6 4444 5678');
    expect(text?.text).toMatch(/uw nieuwe telefoonnummer/);
    const code = /\b(\d{6})\b/.exec(text?.text ?? '')?.[1];
    const done = await patch(client, { category: 'account', field: 'phone', value: '+31 6 4444 5678', version, confirmationCode: code });
    expect(done.status).toBe(200);
    expect(categoryOf(await overview(), 'account').single?.values.phone).toBe('+31 6 4444 5678');
  });

  it('when a code is asked for a field that is not an address, then 400 and nothing is sent', async () => {
    const sent = app.sentEmails.length;
    const res = await client.json(client.post('/api/my-data/contact-changes', { category: 'account', field: 'givenName', value: 'X', version: 1 }));
    expect(res.status).toBe(400);
    expect(app.sentEmails.length).toBe(sent);
  });

  it('when the body has unknown fields or the value does not fit the field, then 400 per field', async () => {
    const version = await accountVersion();
    const extra = await patch(client, { category: 'account', field: 'givenName', value: 'X', version, role: 'admin' });
    expect(extra.status).toBe(400);
    const wrong = await patch(client, { category: 'account', field: 'gender', value: 'robot', version });
    expect(wrong).toMatchObject({ status: 400, body: { code: 'validation_failed', fields: { 'body.value': ['Choose one of the options.'] } } });
    const empty = await patch(client, { category: 'account', field: 'givenName', value: '', version });
    expect(empty.body).toMatchObject({ fields: { 'body.value': ['Enter a value.'] } });
    const unknown = await patch(client, { category: 'account', field: 'shoeSize', value: '42', version });
    expect(unknown.body).toMatchObject({ fields: { 'body.field': [expect.any(String)] } });
    const noRecord = await patch(client, { category: 'addresses', field: 'city', value: 'Utrecht', version: 1 });
    expect(noRecord.body).toMatchObject({ fields: { 'body.recordId': [expect.any(String)] } });
  });

  it('when the newsletter address is corrected, then the change goes over signed HTTP to the newsletter service and its status is shown', async () => {
    const before = service.requests.length;
    const res = await patch(client, {
      category: 'newsletter-subscription',
      field: 'emailAddress',
      recordId: `${owner.id}:newsletter`,
      value: 'lists@example.test',
      version: service.subscribers.get(owner.id)?.version ?? 1,
    });

    expect(res.status).toBe(200);
    const body = ZCorrectFieldResponseSchema.parse(res.body);
    expect(body.correction.propagations).toEqual([
      expect.objectContaining({ targetKind: 'system', targetId: 'newsletter', status: 'done' }),
      expect.objectContaining({ targetKind: 'recipient', targetId: 'laposta', status: 'pending' }),
    ]);
    const sent = service.requests.slice(before).filter((r) => r.path === '/rectify');
    expect(sent).toEqual([expect.objectContaining({ signatureValid: true, status: 200, idempotencyKey: `correction:${body.correction.id}` })]);
    expect(service.subscribers.get(owner.id)?.email).toBe('lists@example.test');
  });
});

describe('POST /api/my-data/rectification-requests', () => {
  it('when the customer disputes the name on an invoice, then a request is received, audited, and the field shows as disputed', async () => {
    const invoice = owner.records.find((r) => r.category === 'invoices');

    const res = await client.json(
      client.post('/api/my-data/rectification-requests', { category: 'invoices', field: 'nameOnInvoice', recordId: invoice?.id, proposedValue: 'A. de Vries', note: 'Mijn naam is verkeerd gespeld.', disputed: true }),
    );

    expect(res.status).toBe(201);
    const body = ZRectificationRequestResponseSchema.parse(res.body);
    expect(body).toMatchObject({ category: 'invoices', field: 'nameOnInvoice', status: 'received', disputed: true });
    const data = await overview();
    expect(data.rectificationRequests).toContainEqual(body);
    expect(categoryOf(data, 'invoices').fields.find((f) => f.key === 'nameOnInvoice')?.disputed).toBe(true);
    const audits = await auditRows(app.db, owner.id, 'personal-data.rectification-requested');
    expect(audits.at(-1)).toMatchObject({ target_id: body.id, details: { category: 'invoices', field: 'nameOnInvoice', disputed: true } });
    expect(JSON.stringify(audits)).not.toContain('verkeerd');
  });

  it('when the note is missing or the field is withheld, then 400 or 403', async () => {
    expect((await client.post('/api/my-data/rectification-requests', { category: 'account', field: 'customerNumber' })).status).toBe(400);
    expect((await client.post('/api/my-data/rectification-requests', { category: 'support-tickets', field: 'internalNotes', note: 'show me' })).status).toBe(403);
  });
});

describe('categories only and rights', () => {
  it('when the categories are asked for, then kinds, sources, purposes and recipients come without any value', async () => {
    const res = await client.json(client.get('/api/my-data/categories-only?language=en'));
    const body = ZCategoriesOnlyResponseSchema.parse(res.body);
    expect(body.categories.map((c) => c.id)).toEqual(profile.categories.map((c) => c.id));
    expect(body.categories.find((c) => c.id === 'sign-in-credentials')).toMatchObject({ ccpaCategory: 'sensitive-personal-information', sensitive: true });
    expect(JSON.stringify(body)).not.toContain(owner.email);
  });

  it('when the rights are asked for, then the authority, automated decisions and transfer safeguards come with them', async () => {
    const body = ZRightsResponseSchema.parse((await client.json(client.get('/api/my-data/rights'))).body);
    expect(body.rights).toEqual(profile.rights);
    expect(body.supervisoryAuthority.name).toBe('Autoriteit Persoonsgegevens');
    expect(body.automatedDecisionMaking).toMatch(/geautomatiseerde verwerking/);
    expect(body.transfers).toEqual([expect.objectContaining({ recipient: expect.objectContaining({ id: 'google-analytics', country: 'US' }), safeguard: 'data-privacy-framework' })]);
  });

  it('when the OpenAPI document is read, then it lists every my-data endpoint with its policy', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { 'x-policy': unknown }>> };
    expect(doc.paths['/api/my-data']?.get?.['x-policy']).toMatchObject({ kind: 'customer', permission: 'read:personal-data:own', whileImpersonating: 'allowed' });
    expect(doc.paths['/api/my-data/fields']?.patch?.['x-policy']).toMatchObject({ kind: 'customer', permission: 'update:personal-data:own', whileImpersonating: 'forbidden' });
    for (const path of ['/api/my-data/categories/{category}/records', '/api/my-data/categories-only', '/api/my-data/rights', '/api/my-data/corrections', '/api/my-data/rectification-requests', '/api/connectors/{system}/callback']) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });
});
