import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TStaffRequestQueueResponse, TStaffRequestView } from '@portal/shared/schemas/requests.schema';
import { auditRowsLike } from '../../../test/fixtures/impersonation.ts';
import { createCustomer } from '../../../test/fixtures/principals.ts';
import { signedInNewStaff } from '../../../test/fixtures/sign-in.ts';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import { TestClient } from '../../../test/test-client.ts';

let app: TTestApp;
beforeAll(async () => {
  app = await startTestApp({ profile: 'coopt' });
  app.clock.set(new Date('2026-11-02T17:00:00Z'));
});
afterAll(async () => {
  await app.close();
});
beforeEach(async () => {
  await app.resetRateLimits();
});

const deletion = (email: string, dataPoints: Record<string, string>) => ({
  type: 'erasure',
  email,
  dataPoints,
  details: 'Please delete my account and everything about me.',
  language: 'en',
});

async function start(visitor: TestClient, body: unknown) {
  return visitor.json<{ verificationId: string; minutesValid: number; sentTo: string }>(visitor.post('/api/public-requests', body));
}
const codeSentTo = (email: string) => app.sentEmails.filter((m) => m.to === email).at(-1)?.params.code;

describe('a request without an account', () => {
  it('answers the same for a person we know and one we do not (no enumeration)', async () => {
    const known = await createCustomer(app.db, app.hasher, { givenName: 'Ana', familyName: 'Lopez', country: 'US', language: 'en' });
    const visitor = new TestClient(app);
    const a = await start(visitor, deletion(known.email, { fullName: 'Ana Lopez', customerNumber: known.customerNumber }));
    const b = await start(visitor, deletion('nobody-here@example.test', { fullName: 'Ana Lopez', customerNumber: 'C-000000' }));
    expect(a.status).toBe(202);
    expect(b.status).toBe(202);
    expect(Object.keys(a.body).sort()).toEqual(Object.keys(b.body).sort());
    expect(a.body.minutesValid).toBe(b.body.minutesValid);
    // Both get a code: it proves control of the address, not that an account exists.
    expect(codeSentTo(known.email)).toMatch(/^\d{6}$/);
    expect(codeSentTo('nobody-here@example.test')).toMatch(/^\d{6}$/);
  });

  it('wrong code 400 and nothing filed; right code files a verified request that reaches the staff queue', async () => {
    const known = await createCustomer(app.db, app.hasher, { givenName: 'Ana', familyName: 'Lopez', country: 'US', language: 'en' });
    const visitor = new TestClient(app);
    const started = await start(visitor, deletion(known.email, { fullName: 'ana  lopez', customerNumber: known.customerNumber }));
    const wrong = await visitor.post(`/api/public-requests/${started.body.verificationId}/confirm`, { code: '000000' === codeSentTo(known.email) ? '111111' : '000000' });
    expect(wrong.status).toBe(400);
    expect((await app.db.execute(sql`select 1 from privacy_requests where customer_id = ${known.id}`)).rows).toHaveLength(0);

    const confirmed = await visitor.json<{ reference: string; answerOn: string; uploadToken: string }>(
      visitor.post(`/api/public-requests/${started.body.verificationId}/confirm`, { code: codeSentTo(known.email) }),
    );
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.reference).toMatch(/^REQ-2026-/);
    expect(confirmed.body.answerOn).toBe('2026-12-17'); // CCPA 45 days, Los Angeles time
    const again = await visitor.post(`/api/public-requests/${started.body.verificationId}/confirm`, { code: codeSentTo(known.email) });
    expect(again.status).toBe(400);

    const po = await signedInNewStaff(app, 'privacy-officer');
    const queue = await po.client.json<TStaffRequestQueueResponse>(po.client.get('/api/staff/requests?type=erasure'));
    const row = queue.body.requests.find((r) => r.reference === confirmed.body.reference);
    expect(row).toMatchObject({ origin: 'public', status: 'received', identityVerified: true, customerNumber: known.customerNumber });
    expect(await auditRowsLike(app, 'request.public.confirmed', { subject: known.id })).toHaveLength(1);
  });

  it('an expired code is 410', async () => {
    const visitor = new TestClient(app);
    const started = await start(visitor, deletion('late@example.test', { fullName: 'Late Person', phone: '+1 415 555 0100' }));
    app.clock.advance(16 * 60_000);
    const late = await visitor.post(`/api/public-requests/${started.body.verificationId}/confirm`, { code: codeSentTo('late@example.test') });
    expect(late.status).toBe(410);
  });

  it('needs two data points (three and a signed declaration for specific pieces)', async () => {
    const visitor = new TestClient(app);
    const one = await visitor.post('/api/public-requests', deletion('x@example.test', { fullName: 'X Y' }));
    expect(one.status).toBe(400);
    const specific = await visitor.post('/api/public-requests', { ...deletion('x@example.test', { fullName: 'X Y', phone: '4155550100', postalCode: '94110' }), type: 'access', specificPieces: true });
    expect(specific.status).toBe(400);
  });

  it('an unmatched request waits for identity; its ID document is encrypted at rest, for privacy officers only, and deleted on close', async () => {
    const visitor = new TestClient(app);
    const email = 'no-account@example.test';
    const started = await start(visitor, deletion(email, { fullName: 'Someone Else', postalCode: '94110' }));
    const confirmed = await visitor.json<{ reference: string; uploadToken: string }>(visitor.post(`/api/public-requests/${started.body.verificationId}/confirm`, { code: codeSentTo(email) }));
    const file = Buffer.from('%PDF-1.4 masked passport scan, MRZ blacked out');
    const upload = await visitor.post('/api/public-requests/id-document', { uploadToken: confirmed.body.uploadToken, fileName: 'passport.pdf', contentType: 'application/pdf', data: file.toString('base64') });
    expect(upload.status).toBe(201);
    const forged = await visitor.post('/api/public-requests/id-document', { uploadToken: 'x'.repeat(40), fileName: 'a.pdf', contentType: 'application/pdf', data: file.toString('base64') });
    expect(forged.status).toBe(403);

    const stored = (await app.ownerDb.execute<{ sealed: Buffer }>(sql`select sealed from request_documents`)).rows.at(-1);
    expect(stored?.sealed.includes(Buffer.from('passport'))).toBe(false);

    const po = await signedInNewStaff(app, 'privacy-officer');
    const queue = await po.client.json<TStaffRequestQueueResponse>(po.client.get('/api/staff/requests?status=identity-pending'));
    const id = queue.body.requests.find((r) => r.reference === confirmed.body.reference)?.id;
    const view = await po.client.json<TStaffRequestView>(po.client.get(`/api/staff/requests/${id}`));
    expect(view.body).toMatchObject({ status: 'identity-pending', customerId: null, requester: { email, matchedDataPoints: 0 } });
    const documentId = view.body.documents[0]?.id;
    const download = await po.client.get(`/api/staff/requests/${id}/documents/${documentId}`);
    expect(Buffer.from(await download.arrayBuffer()).equals(file)).toBe(true);

    const support = await signedInNewStaff(app, 'support-agent');
    expect((await support.client.get(`/api/staff/requests/${id}/documents/${documentId}`)).status).toBe(403);

    const rejected = await po.client.json<TStaffRequestView>(po.client.post(`/api/staff/requests/${id}/reject`, { reason: 'We could not verify who you are from the details given.' }));
    expect(rejected.body.documents).toEqual([]);
    expect((await po.client.get(`/api/staff/requests/${id}/documents/${documentId}`)).status).toBe(404);
    const gone = (await app.ownerDb.execute<{ sealed: Buffer | null }>(sql`select sealed from request_documents where id = ${documentId}`)).rows[0];
    expect(gone?.sealed).toBeNull();
  });

  it('publishes yearly metrics for a CCPA operator', async () => {
    const metrics = await new TestClient(app).json<{ year: number; rows: { type: string; received: number }[] }>(new TestClient(app).get('/api/public/request-metrics?year=2026'));
    expect(metrics.status).toBe(200);
    expect(metrics.body.rows.find((r) => r.type === 'erasure')?.received).toBeGreaterThanOrEqual(2);
  });
});

describe('a report of an account that uses my identity', () => {
  it('freezes the matched account at once (sessions ended, no sign-in) and a rejected report unfreezes it', async () => {
    const account = await createCustomer(app.db, app.hasher, { givenName: 'Mia', familyName: 'Chen', country: 'US', language: 'en' });
    const visitor = new TestClient(app);
    const started = await start(visitor, { ...deletion(account.email, { fullName: 'Mia Chen', customerNumber: account.customerNumber }), type: 'unauthorized-account', details: 'I never opened this account; someone used my email.' });
    const confirmed = await visitor.json<{ reference: string }>(visitor.post(`/api/public-requests/${started.body.verificationId}/confirm`, { code: codeSentTo(account.email) }));
    expect(confirmed.status).toBe(201);
    const status = async () => (await app.db.execute<{ status: string }>(sql`select status from customers where id = ${account.id}`)).rows[0]?.status;
    expect(await status()).toBe('frozen');
    const signIn = await new TestClient(app).post('/api/auth/sign-in', { email: account.email, password: 'correct horse battery staple' });
    expect(signIn.status).not.toBe(200);

    const po = await signedInNewStaff(app, 'privacy-officer');
    const queue = await po.client.json<TStaffRequestQueueResponse>(po.client.get('/api/staff/requests?type=unauthorized-account'));
    const id = queue.body.requests.find((r) => r.reference === confirmed.body.reference)?.id;
    await po.client.post(`/api/staff/requests/${id}/reject`, { reason: 'The account holder confirmed by phone that it is theirs.' });
    expect(await status()).toBe('active');
  });
});
