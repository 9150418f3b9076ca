import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ZSupportAccessResponseSchema } from '@portal/shared/schemas/impersonation.schema';
import { ZStaffCustomerViewSchema } from '@portal/shared/schemas/staff.schema';
import { auditRowsLike, startImpersonation } from '../../../test/fixtures/impersonation.ts';
import { signedInNewCustomer, signedInNewStaff } from '../../../test/fixtures/sign-in.ts';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';

const DAY = 86_400_000;

describe('support access where the profile does not require it', () => {
  let app: TTestApp;
  beforeAll(async () => {
    app = await startTestApp({ profile: 'coco' });
  });
  afterAll(async () => {
    await app.close();
  });
  beforeEach(async () => {
    app.clock.set(new Date('2026-11-02T09:00:00Z'));
    await app.resetRateLimits();
  });

  it('when a customer grants 3 days and withdraws it, then each is shown and audited', async () => {
    const { client, customer } = await signedInNewCustomer(app);
    expect(ZSupportAccessResponseSchema.parse((await client.json(client.get('/api/support-access'))).body)).toEqual({
      required: false,
      grant: null,
      maxDays: 7,
    });

    const granted = await client.json(client.call('PUT', '/api/support-access', { days: 3 }));
    expect(granted.status).toBe(200);
    expect(ZSupportAccessResponseSchema.parse(granted.body).grant).toEqual({
      grantedAt: '2026-11-02T09:00:00.000Z',
      expiresAt: '2026-11-05T09:00:00.000Z',
    });

    const revoked = await client.json(client.delete('/api/support-access'));
    expect(ZSupportAccessResponseSchema.parse(revoked.body).grant).toBeNull();
    expect((await auditRowsLike(app, 'support-access.', { subject: customer.id })).map((r) => [r.action, r.actor_id, r.details])).toEqual([
      ['support-access.granted', customer.id, { days: 3, expiresAt: '2026-11-05T09:00:00.000Z' }],
      ['support-access.revoked', customer.id, {}],
    ]);
  });

  it.each([0, 8, 2.5, '3'])('when a customer asks for %s days, then 400', async (days) => {
    const { client } = await signedInNewCustomer(app);
    expect((await client.call('PUT', '/api/support-access', { days })).status).toBe(400);
  });

  it('when a grant runs out, then it is no longer shown', async () => {
    const { client } = await signedInNewCustomer(app);
    await client.call('PUT', '/api/support-access', { days: 1 });
    app.clock.advance(DAY);
    // A new sign-in: the customer session itself timed out meanwhile.
    const again = await signedInNewCustomer(app);
    expect(ZSupportAccessResponseSchema.parse((await again.client.json(again.client.get('/api/support-access'))).body).grant).toBeNull();
    expect((await client.get('/api/support-access')).status).toBe(401);
  });
});

describe('a profile that requires the customer’s grant', () => {
  let app: TTestApp;
  beforeAll(async () => {
    app = await startTestApp({ profile: 'cocomo', settings: { requireSupportGrant: true } });
  });
  afterAll(async () => {
    await app.close();
  });
  beforeEach(async () => {
    app.clock.set(new Date('2026-11-02T09:00:00Z'));
    await app.resetRateLimits();
  });

  it('when the customer has not granted access, then staff see why and cannot start; once granted they can', async () => {
    const { client: customer, customer: row } = await signedInNewCustomer(app);
    const { client: agent } = await signedInNewStaff(app, 'support-agent');

    const view = ZStaffCustomerViewSchema.parse((await agent.json(agent.get(`/api/staff/customers/${row.id}`))).body);
    expect(view.supportAccess).toEqual({ required: true, grantedUntil: null });
    expect(view.impersonation.blockedBy).toBe('grant-required');
    expect((await startImpersonation(agent, row.id)).status).toBe(403);

    await customer.call('PUT', '/api/support-access', { days: 2 });

    expect((await startImpersonation(agent, row.id)).status).toBe(200);
  });

  it('when the customer withdraws the grant during an impersonation, then it ends at once', async () => {
    const { client: customer, customer: row } = await signedInNewCustomer(app);
    await customer.call('PUT', '/api/support-access', { days: 2 });
    const { client: agent } = await signedInNewStaff(app, 'support-agent');
    await startImpersonation(agent, row.id);
    expect((await agent.get('/api/my-data')).status).toBe(200);

    await customer.delete('/api/support-access');

    expect((await agent.get('/api/my-data')).status).toBe(403);
    expect(await auditRowsLike(app, 'impersonation.ended', { subject: row.id })).toEqual([
      expect.objectContaining({ actor_kind: 'customer', actor_id: row.id, details: { endReason: 'grant-revoked' } }),
    ]);
  });

  it('when the grant runs out during an impersonation, then the next request ends it', async () => {
    const { client: customer, customer: row } = await signedInNewCustomer(app);
    await customer.call('PUT', '/api/support-access', { days: 1 });
    app.clock.advance(DAY - 60_000);
    const { client: agent } = await signedInNewStaff(app, 'support-agent');
    await startImpersonation(agent, row.id);
    app.clock.advance(2 * 60_000);

    expect((await agent.get('/api/my-data')).status).toBe(403);
    expect((await auditRowsLike(app, 'impersonation.ended', { subject: row.id }))[0]?.details).toEqual({ endReason: 'grant-revoked' });
  });
});
