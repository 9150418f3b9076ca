import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadProfile } from '@portal/shared/profiles/registry';
import { ZConsentPreferencesResponseSchema } from '@portal/shared/schemas/consent.schema';
import { ZPublicProfileResponseSchema } from '@portal/shared/schemas/public-profile.schema';
import {
  ZPrivacyNoticeResponseSchema,
  ZPublishPrivacyNoticeResponseSchema,
} from '@portal/shared/schemas/privacy-notice.schema';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import { TestClient } from '../../../test/test-client.ts';
import { signedInNewCustomer, signedInNewStaff } from '../../../test/fixtures/sign-in.ts';
import { ledgerRows, put } from '../consent/consent-test-helpers.ts';
import { ANNOUNCE_NOTICE_JOB, NOTICE_MAIL_JOB } from './privacy-notice.service.ts';

// cocomo: the 2018-05-06 Dutch statement is the seed version; Dutch and English.
const profile = loadProfile('cocomo');
const SEED = profile.notice.version;
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

const newVersion = (version: string, effectiveDate: string) => ({
  version,
  effectiveDate,
  texts: { nl: `Privacyverklaring versie ${version}. Wij gebruiken nu ook Laposta voor de nieuwsbrief.` },
  summary: { en: `Version ${version}: the newsletter service is named.`, nl: `Versie ${version}: de nieuwsbriefdienst wordt genoemd.` },
});

async function publishedNoticeMails() {
  return app.sentMail.filter((m) => m.template === 'privacy-notice-updated');
}

async function activeCustomerCount(): Promise<number> {
  const result = await app.ownerDb.execute<{ n: number }>(sql`select count(*)::int as n from customers where status = 'active'`);
  return result.rows[0]?.n ?? 0;
}

describe('GET /api/privacy-notice', () => {
  it('when anyone asks, then the seed version from the profile is in force, with its text and history', async () => {
    const res = await new TestClient(app).json(new TestClient(app).get('/api/privacy-notice?language=en'));

    expect(res.status).toBe(200);
    const body = ZPrivacyNoticeResponseSchema.parse(res.body);
    expect(body.current).toMatchObject({ version: SEED, effectiveDate: profile.notice.effectiveDate, textLanguage: 'nl' });
    expect(body.current.text).toMatch(/^Privacyverklaring/);
    expect(body.versions).toEqual([
      expect.objectContaining({ version: SEED, status: 'in-force', summary: 'First version published by the operator.' }),
    ]);
  });
});

describe('POST /api/staff/privacy-notice/versions', () => {
  it('when nobody is signed in, then 401; when a customer or a support agent asks, then 403', async () => {
    expect((await new TestClient(app).post('/api/staff/privacy-notice/versions', newVersion('x1', '2026-12-01'))).status).toBe(401);
    const { client } = await signedInNewCustomer(app);
    expect((await client.post('/api/staff/privacy-notice/versions', newVersion('x1', '2026-12-01'))).status).toBe(403);
    const agent = await signedInNewStaff(app, 'support-agent');
    expect((await agent.client.post('/api/staff/privacy-notice/versions', newVersion('x1', '2026-12-01'))).status).toBe(403);
  });

  it('when the effective date is in the past or the Dutch text is missing, then 400 and nothing is published', async () => {
    const { client } = await signedInNewStaff(app, 'privacy-officer');
    expect((await client.post('/api/staff/privacy-notice/versions', newVersion('past', '2026-10-01'))).status).toBe(400);
    const english = { ...newVersion('en-only', '2026-12-01'), texts: { en: 'English only, which is not the default language here.' } };
    expect((await client.post('/api/staff/privacy-notice/versions', english)).status).toBe(400);
    const notice = ZPrivacyNoticeResponseSchema.parse((await client.json(client.get('/api/privacy-notice'))).body);
    expect(notice.versions.map((v) => v.version)).toEqual([SEED]);
  });

  it('when a privacy officer publishes, then it is audited, announced once to every customer with the effective date, and in force from that date on', async () => {
    // Arrange
    const { customer } = await signedInNewCustomer(app);
    const { staff, client } = await signedInNewStaff(app, 'privacy-officer');

    // Act: publish a version taking effect on 1 December
    const res = await client.json(client.post('/api/staff/privacy-notice/versions', newVersion('2026-12-01', '2026-12-01')));

    // Assert: published, audited, announced (job queued in the same transaction)
    expect(res.status).toBe(201);
    expect(ZPublishPrivacyNoticeResponseSchema.parse(res.body)).toEqual({ version: '2026-12-01', effectiveDate: '2026-12-01', announcementQueued: true });
    const audit = await app.ownerDb.execute<{ action: string; actor_id: string; details: unknown }>(
      sql`select action, actor_id, details from audit_events where action like 'privacy-notice.%' order by seq`,
    );
    expect(audit.rows.at(-1)).toMatchObject({ action: 'privacy-notice.published', actor_id: staff.id, details: { version: '2026-12-01', effectiveDate: '2026-12-01' } });

    // Before the date: announced as upcoming, the seed version still in force (consent still records it)
    const before = ZPrivacyNoticeResponseSchema.parse((await client.json(client.get('/api/privacy-notice'))).body);
    expect(before.current.version).toBe(SEED);
    expect(before.versions.map((v) => [v.version, v.status])).toEqual([['2026-12-01', 'upcoming'], [SEED, 'in-force']]);
    const publicProfile = async () => ZPublicProfileResponseSchema.parse(await (await app.request('/api/profile')).json()).notice;
    expect(await publicProfile()).toEqual({ version: SEED, effectiveDate: profile.notice.effectiveDate });

    // The job queues one email per active customer; each goes out once, in their language, with the date
    expect(await app.jobs.drain(ANNOUNCE_NOTICE_JOB)).toBe(1);
    expect(await app.jobs.drain(NOTICE_MAIL_JOB)).toBe(await activeCustomerCount());
    const mails = await publishedNoticeMails();
    expect(mails).toHaveLength(await activeCustomerCount());
    expect(mails.find((m) => m.to === customer.email)).toMatchObject({
      language: 'nl',
      params: { version: '2026-12-01', effectiveDate: '2026-12-01', summary: 'Versie 2026-12-01: de nieuwsbriefdienst wordt genoemd.' },
    });
    expect(audit.rows.length).toBeGreaterThan(0);
    const announced = await app.ownerDb.execute<{ details: { queued: number } }>(
      sql`select details from audit_events where action = 'privacy-notice.announced' order by seq desc limit 1`,
    );
    expect(announced.rows[0]?.details.queued).toBe(mails.length);

    // On 1 December the new version is in force: the home page (public profile), the consent API and the ledger follow it
    app.clock.set(new Date('2026-12-01T08:00:00Z'));
    expect(await publicProfile()).toEqual({ version: '2026-12-01', effectiveDate: '2026-12-01' });
    const later = await signedInNewCustomer(app);
    const customerClient = later.client;
    const consent = ZConsentPreferencesResponseSchema.parse((await customerClient.json(customerClient.get('/api/consent'))).body);
    expect(consent.notice).toEqual({ version: '2026-12-01', effectiveDate: '2026-12-01' });
    expect((await put(customerClient, '/api/consent/newsletter/email', { granted: true, noticeVersion: SEED })).status).toBe(409);
    expect((await put(customerClient, '/api/consent/newsletter/email', { granted: true, noticeVersion: '2026-12-01' })).status).toBe(200);
    expect((await ledgerRows(app, later.customer.id)).at(-1)).toMatchObject({ notice_version: '2026-12-01', granted: true });
  });

  it('when the announcement runs again after a crash, then nobody gets a second email', async () => {
    // Arrange: a version, and an attempt that queued one customer's email before it crashed
    const { customer } = await signedInNewCustomer(app);
    const { client } = await signedInNewStaff(app, 'privacy-officer');
    expect((await client.post('/api/staff/privacy-notice/versions', newVersion('2027-01-15', '2027-01-15'))).status).toBe(201);
    await app.ownerDb.execute(sql`insert into privacy_notice_mailings (version, customer_id) values ('2027-01-15', ${customer.id})`);
    const already = (await publishedNoticeMails()).length;

    // Act: the job, then a rerun of the announcement
    await app.jobs.drain(ANNOUNCE_NOTICE_JOB);
    await app.jobs.drain(NOTICE_MAIL_JOB);
    const first = (await publishedNoticeMails()).length - already;
    const again = await app.privacyNotice.notices.announce('2027-01-15');
    await app.jobs.drain(NOTICE_MAIL_JOB);

    // Assert
    expect(first).toBe((await activeCustomerCount()) - 1);
    expect(again).toBe(0);
    const mine = (await publishedNoticeMails()).filter((m) => m.to === customer.email && (m.params as { version: string }).version === '2027-01-15');
    expect(mine).toHaveLength(0);
  });

  it('when the SMTP server refuses a message, then it is retried until it goes out, once; a customer frozen meanwhile gets none', async () => {
    // Arrange: a version announced (emails queued), then one customer frozen before the emails go out
    const { customer } = await signedInNewCustomer(app);
    const frozen = await signedInNewCustomer(app);
    const { client } = await signedInNewStaff(app, 'privacy-officer');
    expect((await client.post('/api/staff/privacy-notice/versions', newVersion('2027-02-01', '2027-02-01'))).status).toBe(201);
    await app.jobs.drain(ANNOUNCE_NOTICE_JOB);
    await app.ownerDb.execute(sql`update customers set status = 'frozen' where id = ${frozen.customer.id}`);
    const ofVersion = async () => (await publishedNoticeMails()).filter((m) => (m.params as { version: string }).version === '2027-02-01');

    // Act: the first delivery is refused; the failed job runs again (its retry delay skipped)
    app.deliveryFailures.remaining = 1;
    await app.jobs.drain(NOTICE_MAIL_JOB);
    const afterOutage = (await ofVersion()).length;
    await app.jobs.drain(NOTICE_MAIL_JOB, { ignoreStartAfter: true });

    // Assert: every active customer exactly once, the frozen one not at all
    const mails = await ofVersion();
    expect(afterOutage).toBe((await activeCustomerCount()) - 1);
    expect(mails).toHaveLength(await activeCustomerCount());
    expect(new Set(mails.map((m) => m.to)).size).toBe(mails.length);
    expect(mails.some((m) => m.to === customer.email)).toBe(true);
    expect(mails.some((m) => m.to === frozen.customer.email)).toBe(false);
  });

  it('when the version id exists already, then 409', async () => {
    const { client } = await signedInNewStaff(app, 'privacy-officer');
    expect((await client.post('/api/staff/privacy-notice/versions', newVersion(SEED, '2026-12-24'))).status).toBe(409);
  });
});

// Drizzle wraps the driver's error; the grant's refusal is on its cause (migration 0013 revokes them).
const DENIED = { cause: expect.objectContaining({ message: expect.stringMatching(/permission denied/) }) };

describe('the privacy_notice_versions table', () => {
  it("when the application's role tries to rewrite or remove a published version, then the database refuses", async () => {
    await new TestClient(app).get('/api/privacy-notice');
    await expect(app.db.execute(sql`update privacy_notice_versions set summary = '{"en":"changed"}' where version = ${SEED}`)).rejects.toMatchObject(DENIED);
    await expect(app.db.execute(sql`delete from privacy_notice_versions where version = ${SEED}`)).rejects.toMatchObject(DENIED);
    await expect(app.db.execute(sql`truncate privacy_notice_versions cascade`)).rejects.toMatchObject(DENIED);
  });
});
