import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ZCustomerSearchResponseSchema,
  ZStaffCustomerViewSchema,
  ZStaffMemberListSchema,
  ZStaffMemberSchema,
} from '@portal/shared/schemas/staff.schema';
import { auditRowsLike, startImpersonation } from '../../../test/fixtures/impersonation.ts';
import { createCustomer } from '../../../test/fixtures/principals.ts';
import { signedInNewCustomer, signedInNewStaff } from '../../../test/fixtures/sign-in.ts';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import { TestClient } from '../../../test/test-client.ts';
import { classifyCustomerQuery } from './customer-search.service.ts';

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
});

const search = (client: TestClient, q: string) => client.json(client.get(`/api/staff/customers?q=${encodeURIComponent(q)}`));

describe('GET /api/staff/customers', () => {
  it('when staff search by email, customer number, phone or name, then the customer is found with masked hints only', async () => {
    const unique = `${Date.now().toString(36)}`;
    const customer = await createCustomer(app.db, app.hasher, {
      email: `lotte.${unique}@example.test`,
      customerNumber: `COCOMO-9${unique.slice(-5)}1`,
      phone: '+31 6 1234 5678',
      givenName: 'Lotte',
      familyName: `Bakker${unique}`,
    });
    const { client, staff } = await signedInNewStaff(app, 'support-agent');

    for (const q of [`lotte.${unique}@`, customer.customerNumber.toLowerCase(), '06 1234 5678', `lotte bakker${unique}`]) {
      const res = await search(client, q);
      expect({ q, status: res.status }).toEqual({ q, status: 200 });
      const body = ZCustomerSearchResponseSchema.parse(res.body);
      expect(body.results).toEqual([
        {
          id: customer.id,
          customerNumber: customer.customerNumber,
          displayName: `Lotte Bakker${unique}`,
          emailHint: 'l•••@example.test',
          phoneHint: '••• 78',
          status: 'active',
        },
      ]);
    }

    // Every search is audited by how it searched and what it found, never by what was typed.
    const rows = await auditRowsLike(app, 'staff.customers.searched', { actor: staff.id });
    expect(rows.map((r) => r.details.queryKind)).toEqual(['email', 'customer-number', 'phone', 'name']);
    expect(rows.every((r) => r.details.resultCount === 1 && r.subject_customer_id === customer.id)).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(unique);
  });

  it('when the query holds LIKE wildcards, then they match themselves, not everyone', async () => {
    const { client } = await signedInNewStaff(app, 'support-agent');
    await createCustomer(app.db, app.hasher);
    expect(ZCustomerSearchResponseSchema.parse((await search(client, '%%')).body).results).toEqual([]);
    expect(ZCustomerSearchResponseSchema.parse((await search(client, '__')).body).results).toEqual([]);
  });

  it('when the query is under 2 characters, then 400', async () => {
    const { client } = await signedInNewStaff(app, 'support-agent');
    expect((await search(client, 'a')).status).toBe(400);
  });

  it('when a customer or nobody searches, then 403 and 401', async () => {
    const { client } = await signedInNewCustomer(app);
    expect((await search(client, 'sanne')).status).toBe(403);
    expect((await app.request('/api/staff/customers?q=sanne')).status).toBe(401);
  });

  it.each([
    ['jan@example.nl', 'email'],
    ['COCOMO-010001', 'customer-number'],
    ['+31 (0)6-1234 5678', 'phone'],
    ['Jean-Luc Picard', 'name'],
    ['Nguyễn Thị Hương', 'name'],
  ] as const)('classifies %s as %s', (query, kind) => {
    expect(classifyCustomerQuery(query)).toBe(kind);
  });
});

describe('GET /api/staff/customers/:customerId', () => {
  it('when a support agent opens a customer, then the summary says they can be impersonated and the view is audited', async () => {
    const customer = await createCustomer(app.db, app.hasher);
    const { client, staff } = await signedInNewStaff(app, 'support-agent');

    const res = await client.json(client.get(`/api/staff/customers/${customer.id}`));

    expect(res.status).toBe(200);
    expect(ZStaffCustomerViewSchema.parse(res.body)).toMatchObject({
      id: customer.id,
      email: customer.email,
      impersonation: { blockedBy: null, maxMinutes: 30 },
      supportAccess: { required: false, grantedUntil: null },
    });
    expect(await auditRowsLike(app, 'staff.customer.viewed', { actor: staff.id })).toEqual([
      expect.objectContaining({ subject_customer_id: customer.id, outcome: 'success' }),
    ]);
  });

  it('when an admin (no personal-data permission) opens a customer, then 403', async () => {
    const customer = await createCustomer(app.db, app.hasher);
    const { client } = await signedInNewStaff(app, 'admin');
    expect((await client.get(`/api/staff/customers/${customer.id}`)).status).toBe(403);
  });
});

describe('staff management', () => {
  it('when an admin adds a support agent, then they get a staff number, an email to choose a password, must enrol TOTP, and it is audited', async () => {
    const { client, staff: admin } = await signedInNewStaff(app, 'admin');
    const email = `new-agent-${Date.now()}@staff.example.test`;

    const res = await client.json(client.post('/api/staff/members', { email, firstName: 'Noor', familyName: 'Visser', role: 'support-agent' }));

    expect(res.status).toBe(201);
    const member = ZStaffMemberSchema.parse(res.body);
    expect(member).toMatchObject({ email, role: 'support-agent', status: 'active', secondFactorEnrolled: false });
    expect(member.staffNumber).toMatch(/^STAFF-\d{3,}$/);
    expect(await auditRowsLike(app, 'staff.member.created', { actor: admin.id })).toEqual([
      expect.objectContaining({ details: { role: 'support-agent' } }),
    ]);

    // The new member sets a password with the emailed code and is then asked to enrol an authenticator.
    const mail = app.sentEmails.findLast((m) => m.to === email);
    expect(mail?.template).toBe('password-reset');
    const newcomer = new TestClient(app);
    const reset = await newcomer.post('/api/auth/password-reset/complete', { email, code: mail?.params.code, newPassword: 'a long new staff password' });
    expect(reset.status).toBe(204);
    const signIn = await newcomer.json(newcomer.post('/api/auth/sign-in', { email, password: 'a long new staff password' }));
    expect(signIn.body).toEqual({ status: 'second-factor-required', enrolmentRequired: true });

    const list = ZStaffMemberListSchema.parse((await client.json(client.get('/api/staff/members'))).body);
    expect(list.members.map((m) => m.id)).toContain(member.id);
  });

  it('when the email is taken by staff or by a customer, then 409', async () => {
    const { client, staff } = await signedInNewStaff(app, 'admin');
    const customer = await createCustomer(app.db, app.hasher);
    for (const email of [staff.email, customer.email]) {
      const res = await client.post('/api/staff/members', { email, firstName: 'A', familyName: 'B', role: 'admin' });
      expect(res.status).toBe(409);
    }
  });

  it('when the admin signed in over 5 minutes ago, then changes need a step-up', async () => {
    const { client } = await signedInNewStaff(app, 'admin');
    app.clock.advance(6 * 60_000);
    const res = await client.json(client.post('/api/staff/members', { email: 'late@staff.example.test', firstName: 'A', familyName: 'B', role: 'admin' }));
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'step_up_required' });
  });

  it('when an admin changes a role, then it takes effect on the member’s next request and is audited', async () => {
    const { client } = await signedInNewStaff(app, 'admin');
    const agent = await signedInNewStaff(app, 'support-agent');
    const customer = await createCustomer(app.db, app.hasher);
    expect((await agent.client.get(`/api/staff/audit/events`)).status).toBe(403);

    const res = await client.json(client.call('PATCH', `/api/staff/members/${agent.staff.id}`, { role: 'privacy-officer' }));

    expect(ZStaffMemberSchema.parse(res.body).role).toBe('privacy-officer');
    expect((await agent.client.get('/api/staff/audit/events')).status).toBe(200);
    expect((await startImpersonation(agent.client, customer.id)).status).toBe(403);
    expect((await auditRowsLike(app, 'staff.member.role-changed')).at(-1)?.details).toEqual({ from: 'support-agent', to: 'privacy-officer' });
  });

  it('when an admin disables an impersonating agent, then the impersonation ends and every session of theirs is revoked', async () => {
    const { client } = await signedInNewStaff(app, 'admin');
    const agent = await signedInNewStaff(app, 'support-agent');
    const customer = await createCustomer(app.db, app.hasher);
    await startImpersonation(agent.client, customer.id);

    const res = await client.json(client.call('PATCH', `/api/staff/members/${agent.staff.id}`, { status: 'disabled' }));

    expect(ZStaffMemberSchema.parse(res.body).status).toBe('disabled');
    expect((await agent.client.json(agent.client.get('/api/auth/session'))).body).toEqual({ status: 'signed-out' });
    expect((await auditRowsLike(app, 'impersonation.ended', { subject: customer.id }))[0]?.details).toEqual({ endReason: 'staff-disabled' });
    expect((await auditRowsLike(app, 'staff.member.disabled')).at(-1)?.details).toEqual({ sessionsRevoked: 1 });

    const enabled = await client.json(client.call('PATCH', `/api/staff/members/${agent.staff.id}`, { status: 'active' }));
    expect(ZStaffMemberSchema.parse(enabled.body).status).toBe('active');
  });

  it('when an admin tries to change their own account, then 403; unknown members 404; mixed changes 400', async () => {
    const { client, staff } = await signedInNewStaff(app, 'admin');
    expect((await client.call('PATCH', `/api/staff/members/${staff.id}`, { role: 'support-agent' })).status).toBe(403);
    expect((await client.call('PATCH', '/api/staff/members/00000000-0000-4000-8000-000000000000', { status: 'disabled' })).status).toBe(404);
    expect((await client.call('PATCH', `/api/staff/members/${staff.id}`, { role: 'admin', status: 'active' })).status).toBe(400);
  });

  it('when a support agent or privacy officer tries, then 403', async () => {
    for (const role of ['support-agent', 'privacy-officer'] as const) {
      const { client } = await signedInNewStaff(app, role);
      expect((await client.get('/api/staff/members')).status).toBe(403);
    }
  });
});
