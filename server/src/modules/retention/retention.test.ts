import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILE_IDS, type TProfileId } from '@portal/shared/profiles/profile.schema';
import { loadProfile } from '@portal/shared/profiles/registry';
import { ZRetentionRunViewSchema, ZRetentionScheduleResponseSchema, type TRetentionRuleCount } from '@portal/shared/schemas/retention.schema';
import { customers } from '../../db/schema/customers.ts';
import { erasureRequests } from '../../db/schema/erasure.ts';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import { signedInNewStaff } from '../../../test/fixtures/sign-in.ts';
import { auditRows, seedCustomer, signIn } from '../personal-data/personal-data-test-helpers.ts';
import { DAY_MS, requestErasure, runSaga } from '../erasure/erasure-test-helpers.ts';
import { startNewsletterService, type TNewsletterService } from '../../../test/reference-services/newsletter-service.ts';
import { retentionPlan } from './retention-plan.ts';

const YEAR_MS = 365 * DAY_MS;
const SECRET = 'newsletter-secret-for-retention-tests-0123456789';
let service: TNewsletterService;

// Whole-account erasures the engine queues reach every system, the newsletter provider too.
beforeAll(async () => {
  service = await startNewsletterService({ secret: SECRET });
  process.env.NEWSLETTER_SERVICE_URL = service.url;
  process.env.NEWSLETTER_SERVICE_SECRET = SECRET;
});
afterAll(async () => {
  await service?.close();
});
const total = (counts: readonly TRetentionRuleCount[]) => counts.reduce((n, c) => n + c.records + c.accounts, 0);
const recordCount = async (app: TTestApp) => (await app.db.execute<{ n: number }>(sql`select count(*)::int as n from customer_records`)).rows[0]?.n ?? 0;
const systemAudit = async (app: TTestApp, action: string) =>
  (await app.db.execute<{ details: Record<string, unknown>; actor_kind: string }>(sql`select details, actor_kind from audit_events where action = ${action} order by seq`)).rows;

describe.each(PROFILE_IDS.map((id) => [id]))('retention for %s', (id: TProfileId) => {
  const profile = loadProfile(id);
  let app: TTestApp;

  beforeAll(async () => {
    app = await startTestApp({ profile: id });
    for (let i = 0; i < 3; i++) await seedCustomer(app.db, profile);
    // Two years on: short periods (security logs, analytics, cookie choices) have ended for the older records.
    app.clock.advance(2 * YEAR_MS);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('then a dry run counts per rule what would go and changes nothing; the real run does the same counts, audited; a second run finds nothing left', async () => {
    const before = await recordCount(app);
    const dry = await app.retention.retention.run({ dryRun: true, ctx: null });
    expect(dry).toMatchObject({ dryRun: true, trigger: 'schedule', status: 'completed' });
    // One line per application of the profile's schedule (per-category rules, the account, the ledger, holds, shells).
    expect(dry.counts.length).toBe(retentionPlan(profile).length);
    expect(total(dry.counts)).toBeGreaterThan(0);
    expect(await recordCount(app)).toBe(before);

    const real = await app.retention.retention.run({ dryRun: false, ctx: null });
    expect(real.counts).toEqual(dry.counts);
    // Deleted and anonymised records leave customer_records; archived ones stay (restricted).
    const deleting = new Set(retentionPlan(profile).flatMap((a) => (a.kind === 'records' && a.effect !== 'archive' ? [`${a.rule}/${a.category.id}`] : [])));
    const removed = real.counts.filter((c) => c.rule === 'legal-hold-expired' || deleting.has(`${c.rule}/${c.category}`)).reduce((n, c) => n + c.records, 0);
    expect(before - (await recordCount(app))).toBe(removed);

    const audited = await systemAudit(app, 'retention.run.completed');
    expect(audited.at(-1)).toMatchObject({ actor_kind: 'system', details: { runId: real.id, dryRun: false, records: real.counts.reduce((n, c) => n + c.records, 0) } });
    expect((await systemAudit(app, 'retention.run.dry-run')).at(-1)?.details).toMatchObject({ runId: dry.id, dryRun: true });
    const again = await app.retention.retention.run({ dryRun: true, ctx: null });
    expect(again.counts.filter((c) => c.records + c.accounts > 0)).toEqual([]);
    expect(ZRetentionRunViewSchema.array().parse(await app.retention.retention.runs()).length).toBe(3);
    // Erasures the run queued for expired accounts go through the saga like any other.
    const queued = real.counts.find((c) => c.category === 'account' && c.effect === 'erase-account')?.accounts ?? 0;
    await runSaga(app);
    const done = await app.db.execute<{ n: number }>(sql`select count(*)::int as n from erasure_requests where reason = 'retention' and status = 'completed'`);
    expect(done.rows[0]?.n).toBe(queued);
  });
});

describe('legal holds after an erasure (cocomo)', () => {
  let app: TTestApp;
  beforeAll(async () => {
    app = await startTestApp({ profile: 'cocomo', erasureGraceDays: 0 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('when the clock passes each invoice’s 7-year hold, then the retention job purges it; once nothing is left the account shell goes, the certificate stays', async () => {
    const profile = loadProfile('cocomo');
    const customer = await seedCustomer(app.db, profile, { hasher: app.hasher });
    const created = await requestErasure(await signIn(app, customer.email), { scope: 'account' });
    await runSaga(app);
    const held = await app.db.execute<{ purge_on: string }>(sql`select purge_on::text from customer_records where customer_id = ${customer.id} order by purge_on`);
    expect(held.rows.length).toBeGreaterThan(1);
    const firstPurge = held.rows[0]?.purge_on ?? '';
    const lastPurge = held.rows.at(-1)?.purge_on ?? '';

    // The day after the first hold ends (noon in Amsterdam): that invoice goes, the later ones stay.
    app.clock.set(new Date(`${firstPurge}T12:00:00+01:00`));
    app.clock.advance(DAY_MS);
    const early = await app.retention.retention.run({ dryRun: false, ctx: null });
    const expiredLine = early.counts.find((c) => c.rule === 'legal-hold-expired' && c.category === 'invoices');
    expect(expiredLine?.records).toBe(held.rows.filter((r) => r.purge_on === firstPurge).length);
    const left = await app.db.execute<{ n: number }>(sql`select count(*)::int as n from customer_records where customer_id = ${customer.id}`);
    expect(left.rows[0]?.n).toBe(held.rows.filter((r) => r.purge_on > firstPurge).length);

    // Past the last hold (and the 5-year consent proof): everything of the account is gone.
    app.clock.set(new Date(`${lastPurge}T12:00:00+01:00`));
    app.clock.advance(2 * DAY_MS);
    const late = await app.retention.retention.run({ dryRun: false, ctx: null });
    expect(late.counts.find((c) => c.rule === 'erased-account-shell')?.accounts).toBeGreaterThanOrEqual(1);
    expect(await app.db.select().from(customers).where(eq(customers.id, customer.id))).toEqual([]);
    const [request] = await app.db.select().from(erasureRequests).where(eq(erasureRequests.id, created.body.id));
    expect(request).toMatchObject({ customerId: null, status: 'completed', certificate: expect.stringMatching(/^ey/) });
    expect((await app.db.execute(sql`select 1 from consent_ledger where customer_id = ${customer.id}`)).rows).toEqual([]);
  });

  it('when anything else tries to delete ledger entries, then the database refuses', async () => {
    const customer = await seedCustomer(app.db, loadProfile('cocomo'));
    await expect(app.db.execute(sql`delete from consent_ledger where customer_id = ${customer.id}`)).rejects.toThrow();
  });
});

describe('the children’s rule (coopt: no one under 13)', () => {
  let app: TTestApp;
  beforeAll(async () => {
    app = await startTestApp({ profile: 'coopt' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('when an account with a birth date under 13 is found by the retention run, then it is frozen at once and its erasure queued', async () => {
    const profile = loadProfile('coopt');
    const child = await seedCustomer(app.db, profile, { hasher: app.hasher });
    const adult = await seedCustomer(app.db, profile, { hasher: app.hasher });
    await app.db.update(customers).set({ birthDate: '2017-05-01' }).where(eq(customers.id, child.id));
    await app.db.update(customers).set({ birthDate: '1990-05-01' }).where(eq(customers.id, adult.id));
    const dry = await app.retention.retention.run({ dryRun: true, ctx: null });
    expect(dry.counts.find((c) => c.rule === 'minimum-age')).toEqual({ rule: 'minimum-age', category: 'account', effect: 'erase-account', records: 0, accounts: 1 });

    await app.retention.retention.run({ dryRun: false, ctx: null });
    const [frozen] = await app.db.select({ status: customers.status }).from(customers).where(eq(customers.id, child.id));
    expect(frozen?.status).toBe('frozen');
    expect(await app.db.select({ reason: erasureRequests.reason, status: erasureRequests.status }).from(erasureRequests).where(eq(erasureRequests.customerId, child.id))).toEqual([
      { reason: 'under-age', status: 'scheduled' },
    ]);
    const [other] = await app.db.select({ status: customers.status }).from(customers).where(eq(customers.id, adult.id));
    expect(other?.status).toBe('active');
    await app.resetRateLimits();
    await expect(signIn(app, child.email)).rejects.toThrow();
  });

  it('when a privacy officer reports an account, then it is frozen and queued; a mistaken report is cancelled and the account works again', async () => {
    const customer = await seedCustomer(app.db, loadProfile('coopt'), { hasher: app.hasher });
    const officer = await signedInNewStaff(app, 'privacy-officer');
    const reported = await officer.client.json<{ id: string; reason: string; status: string }>(officer.client.post('/api/staff/under-age-reports', { customerId: customer.id, reference: 'REPORT-2026-17' }));
    expect(reported).toMatchObject({ status: 201, body: { reason: 'under-age', status: 'scheduled' } });
    expect((await officer.client.json(officer.client.post('/api/staff/under-age-reports', { customerId: customer.id, reference: 'REPORT-2026-17' }))).status).toBe(409);
    expect((await auditRows(app.db, customer.id, 'erasure.under-age')).map((r) => [r.actor_kind, r.details.reference])).toEqual([['staff', 'REPORT-2026-17']]);

    const cancelled = await officer.client.json(officer.client.post(`/api/staff/erasure-requests/${reported.body.id}/cancel`, { reference: 'REPORT-2026-17' }));
    expect(cancelled.status).toBe(200);
    const [row] = await app.db.select({ status: customers.status }).from(customers).where(eq(customers.id, customer.id));
    expect(row?.status).toBe('active');
  });

  it('when staff look at the schedule and start runs, then privacy officers may, support agents may not, and every run is audited with the actor', async () => {
    const officer = await signedInNewStaff(app, 'privacy-officer');
    const schedule = ZRetentionScheduleResponseSchema.parse((await officer.client.json(officer.client.get('/api/staff/retention/schedule'))).body);
    expect(schedule).toMatchObject({ cron: '30 2 * * *', minimumAge: 13 });
    expect(schedule.rules.find((r) => r.id === 'tax-7y')?.categories).toEqual(['invoices']);
    const run = await officer.client.json(officer.client.post('/api/staff/retention/runs', { dryRun: true }));
    expect(run.status).toBe(201);
    expect(ZRetentionRunViewSchema.parse(run.body)).toMatchObject({ trigger: 'staff', dryRun: true });
    const audited = await app.db.execute<{ actor_id: string }>(sql`select actor_id from audit_events where action = 'retention.run.dry-run' order by seq desc limit 1`);
    expect(audited.rows[0]?.actor_id).toBe(officer.staff.id);
    const support = await signedInNewStaff(app, 'support-agent');
    expect((await support.client.json(support.client.post('/api/staff/retention/runs', { dryRun: true }))).status).toBe(403);
  });
});
