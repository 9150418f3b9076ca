import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { SIGN_IN_FAILED_MESSAGE } from '@portal/shared/schemas/auth.schema';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import { TestClient } from '../../../test/test-client.ts';
import { createCustomer, createStaff, TEST_PASSWORD } from '../../../test/fixtures/principals.ts';
import { SESSION_TIMEOUTS } from './session/session-timeouts.ts';
import { totpCode, totpStep } from './totp.ts';

let app: TTestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});
// Every test starts on its own day: per-IP limit windows (all tests come from 127.0.0.1) never carry over.
let testDay = 0;
beforeEach(() => {
  testDay += 1;
  app.clock.set(new Date(Date.UTC(2026, 10, 2 + testDay, 9)));
});

async function auditActions(subjectOrActorId: string): Promise<string[]> {
  const result = await app.db.execute<{ action: string }>(
    sql`select action from audit_events where actor_id = ${subjectOrActorId} or subject_customer_id = ${subjectOrActorId} order by seq`,
  );
  return result.rows.map((r) => r.action);
}

async function signedInCustomer() {
  const customer = await createCustomer(app.db, app.hasher);
  const client = new TestClient(app);
  const res = await client.json(client.post('/api/auth/sign-in', { email: customer.email, password: TEST_PASSWORD }));
  expect(res.status).toBe(200);
  return { customer, client };
}

describe('sign-in', () => {
  it('when the password is right, then a session cookie is set and the state names the customer', async () => {
    const customer = await createCustomer(app.db, app.hasher);
    const client = new TestClient(app);
    const response = await client.post('/api/auth/sign-in', { email: customer.email.toUpperCase(), password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    const setCookie = response.headers.getSetCookie()[0] ?? '';
    expect(setCookie).toMatch(/^custodia_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    const body = (await response.json()) as { status: string; principal: { kind: string; id: string } };
    expect(body.status).toBe('signed-in');
    expect(body.principal).toMatchObject({ kind: 'customer', id: customer.id });
    const me = await client.json(client.get('/api/auth/session'));
    expect(me.body).toMatchObject({ status: 'signed-in' });
    expect(await auditActions(customer.id)).toContain('auth.sign-in.succeeded');
  });

  it('when the password is wrong or the email unknown, then both answers are identical', async () => {
    const customer = await createCustomer(app.db, app.hasher);
    const client = new TestClient(app);
    const wrong = await client.json(client.post('/api/auth/sign-in', { email: customer.email, password: 'not the password' }));
    const unknown = await client.json(client.post('/api/auth/sign-in', { email: 'nobody@example.test', password: 'not the password' }));
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
    expect(wrong.body.message).toBe(SIGN_IN_FAILED_MESSAGE);
    expect(client.cookie).toBeUndefined();
    expect(await auditActions(customer.id)).toContain('auth.sign-in.failed');
  });

  it('when a field is missing or extra fields are sent, then 400 names the field', async () => {
    const client = new TestClient(app);
    const res = await client.json(client.post('/api/auth/sign-in', { email: 'x@example.test', password: 'p', role: 'admin' }));
    expect(res.status).toBe(400);
    const missing = await client.json(client.post('/api/auth/sign-in', { email: 'not-an-email' }));
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.fields as object)).toEqual(expect.arrayContaining(['body.email', 'body.password']));
  });

  it('when five attempts fail, then the next waits; after 100 the account locks until a password reset', async () => {
    const customer = await createCustomer(app.db, app.hasher);
    const client = new TestClient(app);
    for (let i = 0; i < 5; i += 1) {
      expect((await client.post('/api/auth/sign-in', { email: customer.email, password: 'wrong' })).status).toBe(401);
    }
    const throttled = await client.post('/api/auth/sign-in', { email: customer.email, password: TEST_PASSWORD });
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    app.clock.advance(2_000);
    expect((await client.post('/api/auth/sign-in', { email: customer.email, password: TEST_PASSWORD })).status).toBe(200);

    // Drive the counter to the lock directly: 100 real attempts would only test the delay again.
    const emailHash = app.auth.auth.emailHashOf(customer.email);
    await app.db.execute(sql`insert into sign_in_throttle (email_hash, failures, last_failure_at) values (${emailHash}, 99, ${new Date('2026-11-01T00:00:00Z')})`);
    const locking = await client.post('/api/auth/sign-in', { email: customer.email, password: 'wrong' });
    expect(locking.status).toBe(423);
    app.clock.advance(86_400_000);
    expect((await client.post('/api/auth/sign-in', { email: customer.email, password: TEST_PASSWORD })).status).toBe(423);
    expect(await auditActions(customer.id)).toContain('auth.account.locked');

    await client.post('/api/auth/password-reset/request', { email: customer.email });
    const code = app.sentEmails.findLast((m) => m.to === customer.email && m.template === 'password-reset')?.params.code;
    expect(code).toMatch(/^\d{6}$/);
    const reset = await client.post('/api/auth/password-reset/complete', { email: customer.email, code, newPassword: 'a brand new long passphrase' });
    expect(reset.status).toBe(204);
    expect((await client.post('/api/auth/sign-in', { email: customer.email, password: 'a brand new long passphrase' })).status).toBe(200);
  });

  it('when one address sends too many requests, then the per-IP limit answers 429', async () => {
    const client = new TestClient(app);
    const statuses: number[] = [];
    for (let i = 0; i < 32; i += 1) {
      statuses.push((await client.post('/api/auth/sign-in', { email: `ip-${i}@example.test`, password: 'x' })).status);
    }
    expect(statuses).toContain(429);
    // The limiter keys by address, but stores only keyed hashes: no address or email to read back.
    const keys = await app.db.execute<{ key: string }>(sql`select key from rate_limit_buckets`);
    expect(keys.rows.length).toBeGreaterThan(0);
    for (const { key } of keys.rows) expect(key).toMatch(/^[0-9a-f]{64}$/);
    app.clock.advance(61_000);
  });
});

describe('CSRF', () => {
  it('when the custom header is missing, cross-site Fetch Metadata is sent or the Origin is foreign, then 403', async () => {
    const customer = await createCustomer(app.db, app.hasher);
    const client = new TestClient(app);
    const body = { email: customer.email, password: TEST_PASSWORD };
    const noHeader = await client.json(client.post('/api/auth/sign-in', body, { 'x-requested-with': '' }));
    expect(noHeader).toMatchObject({ status: 403, body: { code: 'csrf_rejected' } });
    const crossSite = await client.json(client.post('/api/auth/sign-in', body, { 'sec-fetch-site': 'cross-site' }));
    expect(crossSite).toMatchObject({ status: 403, body: { code: 'csrf_rejected' } });
    const foreign = await client.call('POST', '/api/auth/sign-in', body, { 'sec-fetch-site': '', origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    const form = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-requested-with': 'custodia' },
      body: JSON.stringify(body),
    });
    expect(form.status).toBe(415);
  });
});

describe('sessions', () => {
  it('when signing in again from the same browser, then the old cookie value stops working (rotation)', async () => {
    const { customer, client } = await signedInCustomer();
    const before = client.cookie;
    await client.post('/api/auth/sign-in', { email: customer.email, password: TEST_PASSWORD });
    expect(client.cookie).not.toBe(before);
    const stale = new TestClient(app);
    stale.cookie = before;
    expect((await stale.json(stale.get('/api/auth/session'))).body).toEqual({ status: 'signed-out' });
  });

  it('when idle for 15 minutes, then the session ends; activity keeps it up to the 12-hour absolute limit', async () => {
    const { client } = await signedInCustomer();
    app.clock.advance(SESSION_TIMEOUTS.customer.idleMs - 1_000);
    expect((await client.json(client.get('/api/auth/session'))).body.status).toBe('signed-in');
    app.clock.advance(SESSION_TIMEOUTS.customer.idleMs + 1);
    expect((await client.json(client.get('/api/auth/session'))).body.status).toBe('signed-out');

    const second = await signedInCustomer();
    for (let elapsed = 0; elapsed < SESSION_TIMEOUTS.customer.absoluteMs; elapsed += 10 * 60_000) {
      app.clock.advance(10 * 60_000);
      await second.client.get('/api/auth/session');
    }
    expect((await second.client.json(second.client.get('/api/auth/session'))).body.status).toBe('signed-out');
  });

  it('when the customer revokes another session, then that browser is signed out; revoke-others ends the rest', async () => {
    const { customer, client } = await signedInCustomer();
    const other = new TestClient(app);
    await other.post('/api/auth/sign-in', { email: customer.email, password: TEST_PASSWORD });
    const third = new TestClient(app);
    await third.post('/api/auth/sign-in', { email: customer.email, password: TEST_PASSWORD });
    const list = await client.json<{ sessions: Array<{ id: string; current: boolean; browser: string }> }>(client.get('/api/auth/sessions'));
    expect(list.body.sessions).toHaveLength(3);
    expect(list.body.sessions.filter((s) => s.current)).toHaveLength(1);
    expect(list.body.sessions[0]?.browser).toBe('Chrome');
    const otherId = (await other.json<{ session: { id: string } }>(other.get('/api/auth/session'))).body.session.id;
    expect((await client.delete(`/api/auth/sessions/${otherId}`)).status).toBe(204);
    expect((await other.json(other.get('/api/auth/session'))).body.status).toBe('signed-out');
    expect((await client.post('/api/auth/sessions/revoke-others')).status).toBe(204);
    expect((await third.json(third.get('/api/auth/session'))).body.status).toBe('signed-out');
    expect((await client.json(client.get('/api/auth/session'))).body.status).toBe('signed-in');
    expect(await auditActions(customer.id)).toEqual(expect.arrayContaining(['auth.session.revoked', 'auth.session.revoked-others']));
  });

  it("when a customer names another customer's session, then 404 and nothing is revoked", async () => {
    const a = await signedInCustomer();
    const b = await signedInCustomer();
    const bId = (await b.client.json<{ session: { id: string } }>(b.client.get('/api/auth/session'))).body.session.id;
    expect((await a.client.delete(`/api/auth/sessions/${bId}`)).status).toBe(404);
    expect((await b.client.json(b.client.get('/api/auth/session'))).body.status).toBe('signed-in');
  });

  it('when signing out, then the session is revoked server-side and the cookie cleared', async () => {
    const { client } = await signedInCustomer();
    const cookie = client.cookie;
    expect((await client.post('/api/auth/sign-out')).status).toBe(204);
    expect(client.cookie).toBeUndefined();
    const replay = new TestClient(app);
    replay.cookie = cookie;
    expect((await replay.json(replay.get('/api/auth/session'))).body.status).toBe('signed-out');
  });
});

describe('step-up', () => {
  it('when the last authentication is older than five minutes, then 401 step_up_required until re-authenticated', async () => {
    const { client } = await signedInCustomer();
    app.clock.advance(6 * 60_000);
    const change = { currentPassword: TEST_PASSWORD, newPassword: 'another long passphrase here' };
    expect(await client.json(client.post('/api/auth/password', change))).toMatchObject({ status: 401, body: { code: 'step_up_required' } });
    expect((await client.post('/api/auth/step-up', { method: 'password', password: 'wrong' })).status).toBe(401);
    const before = client.cookie;
    expect((await client.post('/api/auth/step-up', { method: 'password', password: TEST_PASSWORD })).status).toBe(204);
    expect(client.cookie).not.toBe(before);
    expect((await client.post('/api/auth/password', change)).status).toBe(204);
  });

  it('when the new password is a common one, then 400 on the field', async () => {
    const { client } = await signedInCustomer();
    const res = await client.json(client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'password1234' }));
    expect(res.status).toBe(400);
    expect(res.body.fields).toHaveProperty('newPassword');
  });
});

describe('second factor', () => {
  it('when a customer enrols TOTP, then sign-in needs a code; a recovery code works once', async () => {
    const { customer, client } = await signedInCustomer();
    const enrol = await client.json<{ secret: string; qrSvg: string; otpauthUri: string }>(client.post('/api/auth/totp/enrol'));
    expect(enrol.status).toBe(200);
    expect(enrol.body.qrSvg).toContain('<svg');
    const confirm = await client.json<{ recoveryCodes: string[] }>(
      client.post('/api/auth/totp/confirm', { code: totpCode(enrol.body.secret, totpStep(app.clock.now())) }),
    );
    expect(confirm.status).toBe(200);
    expect(confirm.body.recoveryCodes).toHaveLength(10);

    const fresh = new TestClient(app);
    const first = await fresh.json(fresh.post('/api/auth/sign-in', { email: customer.email, password: TEST_PASSWORD }));
    expect(first.body).toEqual({ status: 'second-factor-required', enrolmentRequired: false });
    expect((await fresh.get('/api/auth/sessions')).status).toBe(401);
    // The code just used for enrolment cannot be replayed.
    expect((await fresh.post('/api/auth/second-factor', { code: totpCode(enrol.body.secret, totpStep(app.clock.now())) })).status).toBe(400);
    app.clock.advance(30_000);
    const ok = await fresh.json(fresh.post('/api/auth/second-factor', { code: totpCode(enrol.body.secret, totpStep(app.clock.now())) }));
    expect(ok.body).toMatchObject({ status: 'signed-in' });

    const recovery = confirm.body.recoveryCodes[0] ?? '';
    const viaRecovery = new TestClient(app);
    await viaRecovery.post('/api/auth/sign-in', { email: customer.email, password: TEST_PASSWORD });
    expect((await viaRecovery.post('/api/auth/second-factor', { code: recovery })).status).toBe(200);
    const again = new TestClient(app);
    await again.post('/api/auth/sign-in', { email: customer.email, password: TEST_PASSWORD });
    expect((await again.post('/api/auth/second-factor', { code: recovery })).status).toBe(400);
    expect(await auditActions(customer.id)).toContain('auth.second-factor.enrolled');
  });

  it('when staff sign in without TOTP, then enrolment is required before anything else', async () => {
    const staff = await createStaff(app.db, app.hasher);
    const client = new TestClient(app);
    const first = await client.json(client.post('/api/auth/sign-in', { email: staff.email, password: TEST_PASSWORD }));
    expect(first.body).toEqual({ status: 'second-factor-required', enrolmentRequired: true });
    const enrol = await client.json<{ secret: string }>(client.post('/api/auth/totp/enrol'));
    await client.post('/api/auth/totp/confirm', { code: totpCode(enrol.body.secret, totpStep(app.clock.now())) });
    const me = await client.json<{ status: string; principal: { kind: string; role: string } }>(client.get('/api/auth/session'));
    expect(me.body.status).toBe('signed-in');
    expect(me.body.principal).toMatchObject({ kind: 'staff', role: 'support-agent' });
  });
});

describe('email codes and sign-up', () => {
  it('when signing in with an emailed code, then the same answer for unknown addresses and the code works once', async () => {
    const customer = await createCustomer(app.db, app.hasher);
    const client = new TestClient(app);
    const known = await client.json(client.post('/api/auth/email-code/request', { email: customer.email }));
    const unknown = await client.json(client.post('/api/auth/email-code/request', { email: 'nobody@example.test' }));
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    const code = app.sentEmails.findLast((m) => m.to === customer.email)?.params.code;
    expect((await client.post('/api/auth/email-code/sign-in', { email: customer.email, code })).status).toBe(200);
    const again = new TestClient(app);
    expect((await again.post('/api/auth/email-code/sign-in', { email: customer.email, code })).status).toBe(400);
  });

  it('when a held customer without a password claims the account, then they set one and are signed in', async () => {
    const customer = await createCustomer(app.db, app.hasher, { password: null, language: 'vi', givenName: 'Thị Hương', familyName: 'Nguyễn' });
    const client = new TestClient(app);
    expect((await client.post('/api/auth/claim/request', { email: customer.email })).status).toBe(202);
    const mail = app.sentEmails.findLast((m) => m.to === customer.email);
    expect(mail).toMatchObject({ template: 'account-claim', language: 'vi' });
    const weak = await client.json(client.post('/api/auth/claim/complete', { email: customer.email, code: mail?.params.code, password: 'short' }));
    expect(weak.status).toBe(400);
    const done = await client.json<{ status: string; principal: { displayName: string; emailVerified: boolean } }>(
      client.post('/api/auth/claim/complete', { email: customer.email, code: mail?.params.code, password: 'een lange wachtzin voor mij' }),
    );
    expect(done.status).toBe(200);
    expect(done.body.principal).toMatchObject({ displayName: 'Nguyễn Thị Hương', emailVerified: true });
  });
});
