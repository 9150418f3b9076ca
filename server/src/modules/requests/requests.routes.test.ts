import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TRequestView, TStaffRequestQueueResponse, TStaffRequestView } from '@portal/shared/schemas/requests.schema';
import { auditRowsLike, startImpersonation } from '../../../test/fixtures/impersonation.ts';
import { signedInNewCustomer, signedInNewStaff } from '../../../test/fixtures/sign-in.ts';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';

let app: TTestApp;
beforeAll(async () => {
  app = await startTestApp({ profile: 'vanesa' });
});
afterAll(async () => {
  await app.close();
});
beforeEach(async () => {
  await app.resetRateLimits();
});

const RESTRICTION = { type: 'restriction', details: 'Please stop using my address for deliveries analysis.' };

async function officers() {
  const first = await signedInNewStaff(app, 'privacy-officer');
  const second = await signedInNewStaff(app, 'privacy-officer');
  return { first, second };
}

describe('a customer files a request', () => {
  it('gets the 15-day deadline of Decree 356 (Ho Chi Minh time), a timeline, an email and an audit row', async () => {
    app.clock.set(new Date('2026-11-02T09:00:00Z')); // Monday 16:00 in Ho Chi Minh City
    const { customer, client } = await signedInNewCustomer(app, { language: 'vi', country: 'VN' });
    const filed = await client.json<TRequestView>(client.post('/api/requests', RESTRICTION));
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ type: 'restriction', status: 'received', origin: 'portal', cancellable: true });
    expect(filed.body.reference).toMatch(/^REQ-2026-\d{6}$/);
    expect(filed.body.deadlines).toMatchObject({ answerOn: '2026-11-17', source: 'law', extension: 'available', state: 'on-track', daysLeft: 15 });
    expect(filed.body.deadlines.acknowledgeBy).toBe('2026-11-04T16:59:59.999Z'); // 2 working days
    expect(filed.body.timeline).toEqual([expect.objectContaining({ kind: 'filed', status: 'received', actor: 'customer' })]);
    expect(app.sentMail.at(-1)).toMatchObject({ template: 'request-received', to: customer.email, language: 'vi' });
    expect(await auditRowsLike(app, 'request.filed', { subject: customer.id })).toEqual([expect.objectContaining({ details: { type: 'restriction', origin: 'portal' } })]);

    const again = await client.post('/api/requests', RESTRICTION);
    expect(again.status).toBe(409);

    const list = await client.json<{ requests: { id: string }[] }>(client.get('/api/requests'));
    expect(list.body.requests.map((r) => r.id)).toContain(filed.body.id);
  });

  it('with processors involved the period is 20 days', async () => {
    app.clock.set(new Date('2026-11-02T09:00:00Z'));
    const { client } = await signedInNewCustomer(app, { language: 'vi', country: 'VN' });
    const filed = await client.json<TRequestView>(client.post('/api/requests', { type: 'objection', details: 'I object to profiling for offers.', processorsInvolved: true }));
    expect(filed.body.deadlines.answerOn).toBe('2026-11-22');
  });

  it('refuses a type the operator does not offer, and an empty reason, naming the field', async () => {
    const { client } = await signedInNewCustomer(app);
    const unknown = await client.json<{ code: string; fields?: Record<string, string[]> }>(client.post('/api/requests', { type: 'shine-the-light', details: 'Which third parties got my data?' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields?.type).toBeDefined();
    const short = await client.json<{ fields?: Record<string, string[]> }>(client.post('/api/requests', { type: 'restriction', details: 'x' }));
    expect(JSON.stringify(short.body)).toMatch(/at least 10 characters/);
  });

  it('another customer cannot see, message or cancel it (404), and impersonating staff cannot file or cancel (403)', async () => {
    const owner = await signedInNewCustomer(app);
    const filed = await owner.client.json<TRequestView>(owner.client.post('/api/requests', RESTRICTION));
    const other = await signedInNewCustomer(app);
    expect((await other.client.get(`/api/requests/${filed.body.id}`)).status).toBe(404);
    expect((await other.client.post(`/api/requests/${filed.body.id}/messages`, { body: 'hello' })).status).toBe(404);
    expect((await other.client.post(`/api/requests/${filed.body.id}/cancel`)).status).toBe(404);

    const support = await signedInNewStaff(app, 'support-agent');
    expect((await startImpersonation(support.client, owner.customer.id)).status).toBe(200);
    expect((await support.client.get(`/api/requests/${filed.body.id}`)).status).toBe(200);
    expect((await support.client.post(`/api/requests/${filed.body.id}/cancel`)).status).toBe(403);
    expect((await support.client.post('/api/requests', { ...RESTRICTION, type: 'objection' })).status).toBe(403);

    const cancelled = await owner.client.json<TRequestView>(owner.client.post(`/api/requests/${filed.body.id}/cancel`));
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellable: false, deadlines: { state: 'closed', daysLeft: null } });
  });
});

describe('the staff queue', () => {
  it('is for privacy officers only: support agents and customers get 403', async () => {
    const support = await signedInNewStaff(app, 'support-agent');
    expect((await support.client.get('/api/staff/requests')).status).toBe(403);
    const { client } = await signedInNewCustomer(app);
    expect((await client.get('/api/staff/requests')).status).toBe(403);
  });

  it('acknowledges, extends once with notice inside the first period, and completes; the customer sees each step', async () => {
    app.clock.set(new Date('2026-11-02T09:00:00Z'));
    const { customer, client } = await signedInNewCustomer(app, { language: 'vi', country: 'VN' });
    const filed = await client.json<TRequestView>(client.post('/api/requests', RESTRICTION));
    const { first } = await officers();
    const po = first.client;

    const queue = await po.json<TStaffRequestQueueResponse>(po.get('/api/staff/requests?type=restriction'));
    expect(queue.body.requests.map((r) => r.id)).toContain(filed.body.id);
    expect(await auditRowsLike(app, 'request.queue.viewed', { actor: first.staff.id })).toHaveLength(1);

    const acknowledged = await po.json<TStaffRequestView>(po.post(`/api/staff/requests/${filed.body.id}/acknowledge`));
    expect(acknowledged.body.status).toBe('in-progress');
    expect(app.sentMail.at(-1)).toMatchObject({ template: 'request-update', to: customer.email, params: { kind: 'acknowledged' } });

    const reason = 'The processors that hold your address must stop too; we need their confirmation.';
    const extended = await po.json<TStaffRequestView>(po.post(`/api/staff/requests/${filed.body.id}/extend`, { reason }));
    expect(extended.status).toBe(200);
    expect(extended.body).toMatchObject({ status: 'extended', extensionReason: reason, deadlines: { extension: 'taken', answerOn: '2026-12-02' } });
    expect(app.sentMail.at(-1)).toMatchObject({ template: 'request-update', params: { kind: 'extended', text: reason } });

    const twice = await po.json<{ message: string }>(po.post(`/api/staff/requests/${filed.body.id}/extend`, { reason }));
    expect(twice.status).toBe(409);

    const seen = await client.json<TRequestView>(client.get(`/api/requests/${filed.body.id}`));
    expect(seen.body.messages.at(-1)).toMatchObject({ from: 'staff', body: reason });
    expect(seen.body.timeline.map((e) => e.kind)).toEqual(['filed', 'status-changed', 'extended']);

    const done = await po.json<TStaffRequestView>(po.post(`/api/staff/requests/${filed.body.id}/complete`, { outcome: 'completed', message: 'Processing of your address is restricted everywhere.' }));
    expect(done.body).toMatchObject({ status: 'completed', actions: { complete: false, reject: false, extend: false } });
    expect(app.sentMail.at(-1)).toMatchObject({ template: 'request-completed' });
    expect((await auditRowsLike(app, 'request.', { subject: customer.id })).map((r) => r.action)).toEqual(
      expect.arrayContaining(['request.filed', 'request.acknowledged', 'request.extended', 'request.completed']),
    );
  });

  it('refuses an extension once the first period has passed', async () => {
    app.clock.set(new Date('2026-11-02T09:00:00Z'));
    const { client } = await signedInNewCustomer(app, { language: 'vi', country: 'VN' });
    const filed = await client.json<TRequestView>(client.post('/api/requests', RESTRICTION));
    app.clock.set(new Date('2026-11-18T09:00:00Z')); // the 15 days ended on the 17th
    const { first } = await officers();
    const late = await first.client.json<{ message: string }>(first.client.post(`/api/staff/requests/${filed.body.id}/extend`, { reason: 'We are behind on our work, sorry.' }));
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/first period has passed/);
    const viewed = await first.client.json<TStaffRequestView>(first.client.get(`/api/staff/requests/${filed.body.id}`));
    expect(viewed.body.deadlines.state).toBe('overdue');
    expect((await auditRowsLike(app, 'request.extension-refused', { actor: first.staff.id })).at(-1)?.outcome).toBe('denied');
  });

  it('places and lifts a legal hold only when a second privacy officer confirms', async () => {
    app.clock.set(new Date('2026-11-02T09:00:00Z'));
    const { client } = await signedInNewCustomer(app);
    const filed = await client.json<TRequestView>(client.post('/api/requests', RESTRICTION));
    const { first, second } = await officers();
    const id = filed.body.id;
    const proposed = await first.client.json<TStaffRequestView>(first.client.post(`/api/staff/requests/${id}/holds`, { action: 'place', reason: 'Police request for the order data, case 2026-114.' }));
    const hold = proposed.body.holds[0];
    // The proposer is offered no decision; the second officer is
    expect(hold).toMatchObject({ action: 'place', decision: 'pending', canDecide: false });
    const seenBySecond = await second.client.json<TStaffRequestView>(second.client.get(`/api/staff/requests/${id}`));
    expect(seenBySecond.body.holds[0]).toMatchObject({ id: hold?.id, canDecide: true });
    expect(proposed.body.status).toBe('received');
    const own = await first.client.post(`/api/staff/requests/${id}/holds/${hold?.id}/decision`, { decision: 'approved' });
    expect(own.status).toBe(403);
    const placed = await second.client.json<TStaffRequestView>(second.client.post(`/api/staff/requests/${id}/holds/${hold?.id}/decision`, { decision: 'approved' }));
    expect(placed.body).toMatchObject({ status: 'on-hold', actions: { complete: false, proposeLift: true } });
    expect(placed.body.holds[0]).toMatchObject({ decision: 'approved', canDecide: false });

    const lift = await second.client.json<TStaffRequestView>(second.client.post(`/api/staff/requests/${id}/holds`, { action: 'lift', reason: 'The police case is closed, letter of 2 Nov.' }));
    const liftId = lift.body.holds.find((h) => h.decision === 'pending')?.id;
    const lifted = await first.client.json<TStaffRequestView>(first.client.post(`/api/staff/requests/${id}/holds/${liftId}/decision`, { decision: 'approved' }));
    expect(lifted.body.status).toBe('received');
    expect(lifted.body.timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['hold-proposed', 'hold-placed', 'hold-lifted']));
  });

  it('rejects with the reason and the supervisory authority, in the thread and the email', async () => {
    const { client } = await signedInNewCustomer(app);
    const filed = await client.json<TRequestView>(client.post('/api/requests', { type: 'objection', details: 'I object to all processing of my data.' }));
    const { first } = await officers();
    const reason = 'We must keep processing your orders to deliver them (contract).';
    const rejected = await first.client.json<TStaffRequestView>(first.client.post(`/api/staff/requests/${filed.body.id}/reject`, { reason }));
    expect(rejected.body).toMatchObject({ status: 'rejected', outcomeReason: reason });
    const seen = await client.json<TRequestView>(client.get(`/api/requests/${filed.body.id}`));
    expect(seen.body.complaintTo.name).toBeTruthy();
    expect(app.sentMail.at(-1)).toMatchObject({ template: 'request-update', params: { kind: 'rejected', text: reason, complaintTo: seen.body.complaintTo } });
  });
});

describe('requests made by the other features', () => {
  it('an export becomes an access request that completes with the package (database trigger)', async () => {
    const { customer } = await signedInNewCustomer(app);
    await app.ownerDb.execute(sql`
      insert into data_exports (customer_id, idempotency_key, request_hash, status, categories, formats, language, request_id, created_at)
      values (${customer.id}, 'k1', 'h1', 'queued', '[]'::jsonb, '["json"]'::jsonb, 'en', 'test', now())`);
    const [request] = (await app.db.execute<{ id: string; status: string; type: string }>(sql`select id, status, type from privacy_requests where customer_id = ${customer.id}`)).rows;
    expect(request).toMatchObject({ type: 'access', status: 'in-progress' });
    await app.ownerDb.execute(sql`update data_exports set status = 'ready', completed_at = now() where customer_id = ${customer.id}`);
    const events = (await app.db.execute<{ kind: string; status: string }>(sql`select kind, status from request_events where request_id = ${request?.id} order by id`)).rows;
    expect(events).toEqual([
      { kind: 'filed', status: 'in-progress' },
      { kind: 'status-changed', status: 'completed' },
    ]);
  });

  it('the timeline is append-only for the application role', async () => {
    const { client } = await signedInNewCustomer(app);
    await client.post('/api/requests', RESTRICTION);
    await expect(app.db.execute(sql`update request_events set note = 'rewritten'`)).rejects.toThrow();
    await expect(app.db.execute(sql`delete from request_events`)).rejects.toThrow();
  });
});
