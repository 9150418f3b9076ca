import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ZSessionStateSchema } from '@portal/shared/schemas/auth.schema';
import { ZApiErrorSchema } from '@portal/shared/schemas/common.schema';
import { auditRowsLike, REASON, startImpersonation } from '../../../test/fixtures/impersonation.ts';
import { createCustomer, createStaff, TEST_PASSWORD } from '../../../test/fixtures/principals.ts';
import { signedInNewCustomer, signedInNewStaff } from '../../../test/fixtures/sign-in.ts';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import { TestClient } from '../../../test/test-client.ts';
import { customers } from '../../db/schema/customers.ts';
import { signInThrottle } from '../../db/schema/auth.ts';
import { totpCode, totpStep } from '../auth/totp.ts';
import { throttleKeyOf } from '../auth/sign-in-throttle.ts';

let app: TTestApp;
beforeAll(async () => {
  app = await startTestApp({ profile: 'cocomo' });
});
afterAll(async () => {
  await app.close();
});
beforeEach(async () => {
  app.clock.set(new Date('2026-11-02T09:00:00Z'));
  await app.resetRateLimits();
  app.sentMail.length = 0;
});

const MINUTE = 60_000;
const sessionOf = async (client: TestClient) => ZSessionStateSchema.parse((await client.json(client.get('/api/auth/session'))).body);
const impersonationOf = async (client: TestClient) => {
  const state = await sessionOf(client);
  return state.status === 'signed-in' && state.principal.kind === 'staff' ? state.principal.impersonation : null;
};
const errorCode = (body: unknown) => ZApiErrorSchema.parse(body).code;

/** A support agent (signed in with TOTP just now) and a customer with a password. */
async function agentAndCustomer(overrides: Parameters<typeof createCustomer>[2] = {}) {
  const agent = await signedInNewStaff(app, 'support-agent');
  const customer = await createCustomer(app.db, app.hasher, overrides);
  return { ...agent, customer };
}

describe('POST /api/impersonation', () => {
  it('when a support agent starts with a reason and a ticket, then the cookie rotates, the banner state and the customer’s data follow, the start is audited and the customer emailed', async () => {
    const { client, staff, customer } = await agentAndCustomer();
    const before = client.cookie;

    const res = await startImpersonation(client, customer.id);

    expect(res.status).toBe(200);
    expect(client.cookie).toBeDefined();
    expect(client.cookie).not.toBe(before);
    const state = ZSessionStateSchema.parse(res.body);
    expect(state).toMatchObject({
      status: 'signed-in',
      principal: {
        kind: 'staff',
        impersonation: {
          customerId: customer.id,
          customerDisplayName: 'Sanne de Vries',
          reason: REASON,
          ticketReference: 'SUP-2041',
          startedAt: '2026-11-02T09:00:00.000Z',
          endsAt: '2026-11-02T09:30:00.000Z',
        },
      },
    });
    // The old cookie value is dead (security.md line 2).
    const stale = new TestClient(app);
    stale.cookie = before;
    expect((await stale.json(stale.get('/api/auth/session'))).body).toEqual({ status: 'signed-out' });

    const [started] = await auditRowsLike(app, 'impersonation.started', { subject: customer.id });
    expect(started).toMatchObject({ actor_kind: 'staff', actor_id: staff.id, subject_customer_id: customer.id, outcome: 'success' });
    expect(started?.impersonation_id).toBe(state.status === 'signed-in' && state.principal.kind === 'staff' ? state.principal.impersonation?.id : 'none');
    expect(started?.details).toMatchObject({ reasonCategory: 'customer-request', ticketReference: 'SUP-2041', expiresAt: '2026-11-02T09:30:00.000Z' });
    // The free text stays out of the chain; its keyed hash is there.
    expect(JSON.stringify(started)).not.toContain('invoice');
    expect(started?.details.reasonHash).toBe(app.secret.hmac('impersonation-reason', REASON));

    expect(app.sentMail).toEqual([
      expect.objectContaining({
        template: 'impersonation-started',
        to: customer.email,
        language: 'nl',
        params: expect.objectContaining({ staffFirstName: 'Eva', staffRole: 'support-agent', reasonCategory: 'customer-request' }),
      }),
    ]);
  });

  it.each([
    ['a reason under 10 characters', { reason: 'help him' }, 'reason'],
    ['a blank reason', { reason: '          ' }, 'reason'],
    ['no ticket reference', { ticketReference: undefined }, 'ticketReference'],
    ['a ticket reference with spaces', { ticketReference: 'SUP 12' }, 'ticketReference'],
    ['an unknown reason category', { reasonCategory: 'curiosity' }, 'reasonCategory'],
  ])('when the request has %s, then 400 names the field and nothing starts', async (_case, overrides, field) => {
    const { client, customer } = await agentAndCustomer();

    const res = await startImpersonation(client, customer.id, overrides);

    expect(res.status).toBe(400);
    expect(ZApiErrorSchema.parse(res.body).fields?.[`body.${field}`]).toBeDefined();
    expect(await impersonationOf(client)).toBeNull();
  });

  it('when the last authentication is over 5 minutes old, then 401 step_up_required; after a TOTP step-up it starts', async () => {
    const { client, customer, totpSecret } = await agentAndCustomer();
    app.clock.advance(6 * MINUTE);

    const stale = await startImpersonation(client, customer.id);
    expect(stale.status).toBe(401);
    expect(errorCode(stale.body)).toBe('step_up_required');

    const stepUp = await client.post('/api/auth/step-up', { method: 'totp', code: totpCode(totpSecret, totpStep(app.clock.now())) });
    expect(stepUp.status).toBe(204);
    expect((await startImpersonation(client, customer.id)).status).toBe(200);
  });

  it.each(['privacy-officer', 'admin'] as const)('when a %s tries, then 403: the role has no impersonation permission', async (role) => {
    const { client } = await signedInNewStaff(app, role);
    const customer = await createCustomer(app.db, app.hasher);

    const res = await startImpersonation(client, customer.id);

    expect(res.status).toBe(403);
  });

  it('when a customer tries, then 403', async () => {
    const { client } = await signedInNewCustomer(app);
    const other = await createCustomer(app.db, app.hasher);
    expect((await startImpersonation(client, other.id)).status).toBe(403);
  });

  it('when the customer is unknown, then 404', async () => {
    const { client } = await signedInNewStaff(app, 'support-agent');
    expect((await startImpersonation(client, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  describe('accounts that are never impersonated', () => {
    it('when the account is a staff member’s (same email), then 403 and the refusal is audited', async () => {
      const { client, staff } = await signedInNewStaff(app, 'support-agent');
      const colleague = await createStaff(app.db, app.hasher, 'privacy-officer');
      const customer = await createCustomer(app.db, app.hasher, { email: colleague.email.toUpperCase() });

      const res = await startImpersonation(client, customer.id);

      expect(res.status).toBe(403);
      expect(await auditRowsLike(app, 'impersonation.refused', { actor: staff.id })).toEqual([
        expect.objectContaining({ outcome: 'denied', subject_customer_id: customer.id, details: { refusal: 'staff-account' } }),
      ]);
    });

    it.each([
      ['locked after too many failed sign-ins', 'locked'],
      ['frozen for erasure', 'pending-erasure'],
      ['erased', 'erased'],
    ])('when the account is %s, then 403 (%s)', async (_case, refusal) => {
      const { client, staff, customer } = await agentAndCustomer();
      if (refusal === 'locked') {
        await app.db.insert(signInThrottle).values({ emailHash: throttleKeyOf(app.secret, customer.email), failures: 100, lockedAt: app.clock.now() });
      } else {
        await app.db.update(customers).set({ status: refusal === 'erased' ? 'erased' : 'frozen' }).where(eq(customers.id, customer.id));
      }

      const res = await startImpersonation(client, customer.id);

      expect(res.status).toBe(403);
      expect((await auditRowsLike(app, 'impersonation.refused', { actor: staff.id }))[0]?.details).toEqual({ refusal });
    });
  });

  it('when the customer asked for erasure and it waits out its grace period, then 403 (pending-erasure)', async () => {
    const { client, staff } = await signedInNewStaff(app, 'support-agent');
    const { customer, client: own } = await signedInNewCustomer(app);
    const requested = await own.post('/api/erasure-requests', { scope: 'account' }, { 'idempotency-key': `erase-${customer.id}` });
    expect(requested.status).toBe(202);
    expect((await app.db.select({ status: customers.status }).from(customers).where(eq(customers.id, customer.id)))[0]?.status).toBe('active');

    const res = await startImpersonation(client, customer.id);

    expect(res.status).toBe(403);
    expect((await auditRowsLike(app, 'impersonation.refused', { actor: staff.id }))[0]?.details).toEqual({ refusal: 'pending-erasure' });
  });

  describe('never nested, never extended', () => {
    it('when already impersonating, then starting another is 403 (and audited as a refused request)', async () => {
      const { client, staff, customer } = await agentAndCustomer();
      const second = await createCustomer(app.db, app.hasher);
      await startImpersonation(client, customer.id);

      const res = await startImpersonation(client, second.id);

      expect(res.status).toBe(403);
      expect((await impersonationOf(client))?.customerId).toBe(customer.id);
      const denied = (await auditRowsLike(app, 'impersonation.request', { actor: staff.id })).filter((r) => r.outcome === 'denied');
      expect(denied.map((r) => r.details)).toContainEqual({ method: 'post', route: '/api/impersonation' });
    });

    it('when the same staff member starts one from another browser, then 403 while the first is on', async () => {
      const { client, staff, customer, totpSecret } = await agentAndCustomer();
      await startImpersonation(client, customer.id);
      // A TOTP code is accepted once: the second browser signs in half a minute later.
      app.clock.advance(30_000);
      const other = new TestClient(app);
      await other.post('/api/auth/sign-in', { email: staff.email, password: TEST_PASSWORD });
      expect((await other.post('/api/auth/second-factor', { code: totpCode(totpSecret, totpStep(app.clock.now())) })).status).toBe(200);

      const res = await startImpersonation(other, customer.id);

      expect(res.status).toBe(403);
      expect((await auditRowsLike(app, 'impersonation.refused', { actor: staff.id }))[0]?.details).toEqual({ refusal: 'nested' });
      expect(await impersonationOf(client)).not.toBeNull();
    });

    it('when the time limit passes (fake clock), then it ends on the next request, reads stop working, and the end is audited as expired', async () => {
      const { client, customer } = await agentAndCustomer();
      await startImpersonation(client, customer.id);
      // Keep the staff session alive (10 minutes idle) up to the 30-minute limit.
      for (const minutes of [9, 9, 9]) {
        app.clock.advance(minutes * MINUTE);
        expect((await client.get('/api/my-data')).status).toBe(200);
      }
      app.clock.advance(4 * MINUTE);

      expect(await impersonationOf(client)).toBeNull();
      expect((await client.get('/api/my-data')).status).toBe(403);
      const [ended] = await auditRowsLike(app, 'impersonation.ended', { subject: customer.id });
      expect(ended).toMatchObject({ actor_kind: 'staff', details: { endReason: 'expired' } });
      const row = await app.db.execute<{ ended_at: string }>(sql`select ended_at from impersonation_sessions where customer_id = ${customer.id}`);
      // Ended when it was due, not when it was noticed.
      expect(new Date(row.rows[0]?.ended_at ?? 0).toISOString()).toBe('2026-11-02T09:30:00.000Z');
    });

    it('when the profile sets 5 minutes, then it lasts 5 minutes', async () => {
      const short = await startTestApp({ profile: 'cocomo', settings: { impersonationMaxMinutes: 5 } });
      try {
        short.clock.set(new Date('2026-11-02T09:00:00Z'));
        const { client } = await signedInNewStaff(short, 'support-agent');
        const customer = await createCustomer(short.db, short.hasher);
        const res = await startImpersonation(client, customer.id);
        expect(res.body).toMatchObject({ principal: { impersonation: { endsAt: '2026-11-02T09:05:00.000Z' } } });
        short.clock.advance(5 * MINUTE);
        expect((await client.get('/api/my-data')).status).toBe(403);
      } finally {
        await short.close();
      }
    });
  });

  it('when the profile does not notify customers, then no email goes out', async () => {
    const quiet = await startTestApp({ profile: 'cocomo', settings: { notifyCustomerOnImpersonation: false } });
    try {
      quiet.clock.set(new Date('2026-11-02T09:00:00Z'));
      const { client } = await signedInNewStaff(quiet, 'support-agent');
      const customer = await createCustomer(quiet.db, quiet.hasher);
      expect((await startImpersonation(client, customer.id)).status).toBe(200);
      expect(quiet.sentMail).toEqual([]);
    } finally {
      await quiet.close();
    }
  });
});

describe('while impersonating', () => {
  it('when staff read the customer’s data, then it is the customer’s, and each request is audited with both identities', async () => {
    const { client, staff, customer } = await agentAndCustomer();
    await startImpersonation(client, customer.id);
    const impersonationId = (await impersonationOf(client))?.id;

    const res = await client.json<{ categories: unknown[] }>(client.get('/api/my-data'));

    expect(res.status).toBe(200);
    const requests = await auditRowsLike(app, 'impersonation.request', { actor: staff.id });
    expect(requests.map((r) => r.details)).toContainEqual({ method: 'get', route: '/api/my-data' });
    const viewed = await auditRowsLike(app, 'personal-data.viewed', { subject: customer.id });
    expect(viewed).toEqual([expect.objectContaining({ actor_kind: 'staff', actor_id: staff.id, impersonation_id: impersonationId })]);
    for (const row of [...requests, ...viewed]) {
      expect(row).toMatchObject({ actor_kind: 'staff', actor_id: staff.id, subject_customer_id: customer.id, impersonation_id: impersonationId });
    }
  });

  it('when staff try any change the customer alone may make, their own credentials or sessions, then every one is 403 and audited as denied', async () => {
    const { client, staff, customer } = await agentAndCustomer();
    await startImpersonation(client, customer.id);
    const forbidden = app.routes.routes.filter(
      (r) =>
        (r.policy.kind === 'customer' && r.policy.whileImpersonating === 'forbidden') ||
        ((r.policy.kind === 'session' || r.policy.kind === 'staff') && r.policy.whileImpersonating === 'forbidden'),
    );
    // Consent changes, corrections, contact changes, support access, TOTP, password, step-up, sessions, nesting …
    expect(forbidden.length).toBeGreaterThan(12);

    for (const route of forbidden) {
      const path = route.path.replace(/:([A-Za-z]+)/g, (_m, name: string) =>
        name === 'purpose' ? 'newsletter' : name === 'channel' ? 'email' : name === 'choice' ? 'do-not-sell-or-share' : '00000000-0000-4000-8000-000000000000',
      );
      const method = route.method.toUpperCase();
      const res = await client.call(method, path, method === 'GET' || method === 'DELETE' ? undefined : {});
      expect({ route: `${method} ${route.path}`, status: res.status }).toEqual({ route: `${method} ${route.path}`, status: 403 });
    }

    const denied = (await auditRowsLike(app, 'impersonation.request', { actor: staff.id })).filter((r) => r.outcome === 'denied');
    expect(denied).toHaveLength(forbidden.length);
    for (const row of denied) expect(row).toMatchObject({ subject_customer_id: customer.id, actor_kind: 'staff' });
    // Still impersonating: refusals change nothing.
    expect((await impersonationOf(client))?.customerId).toBe(customer.id);
  });
});

describe('POST /api/impersonation/stop', () => {
  it('when staff stop, then the cookie rotates, the customer’s data is out of reach, and the end is audited', async () => {
    const { client, staff, customer } = await agentAndCustomer();
    await startImpersonation(client, customer.id);
    const during = client.cookie;

    const res = await client.json(client.post('/api/impersonation/stop'));

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'signed-in', principal: { kind: 'staff', impersonation: null } });
    expect(client.cookie).not.toBe(during);
    expect((await client.get('/api/my-data')).status).toBe(403);
    expect(await auditRowsLike(app, 'impersonation.ended', { actor: staff.id })).toEqual([
      expect.objectContaining({ subject_customer_id: customer.id, details: { endReason: 'stopped' } }),
    ]);
  });

  it('when not impersonating, then 409', async () => {
    const { client } = await signedInNewStaff(app, 'support-agent');
    expect((await client.post('/api/impersonation/stop')).status).toBe(409);
  });

  it('when staff sign out while impersonating, then the impersonation ends with the session', async () => {
    const { client, customer } = await agentAndCustomer();
    await startImpersonation(client, customer.id);

    await client.post('/api/auth/sign-out');

    expect((await auditRowsLike(app, 'impersonation.ended', { subject: customer.id }))[0]?.details).toEqual({ endReason: 'signed-out' });
  });

  it('when the customer is frozen meanwhile, then the impersonation ends on the next request', async () => {
    const { client, customer } = await agentAndCustomer();
    await startImpersonation(client, customer.id);
    await app.db.update(customers).set({ status: 'frozen' }).where(eq(customers.id, customer.id));

    expect((await client.get('/api/my-data')).status).toBe(403);
    expect((await auditRowsLike(app, 'impersonation.ended', { subject: customer.id }))[0]?.details).toEqual({ endReason: 'customer-unavailable' });
  });
});
