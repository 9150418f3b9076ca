import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadProfile } from '@portal/shared/profiles/registry';
import { ZConsentHistoryResponseSchema } from '@portal/shared/schemas/consent.schema';
import {
  ZCookiePreferencesResponseSchema,
  ZUpdateCookiePreferenceResponseSchema,
} from '@portal/shared/schemas/cookie-preferences.schema';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import { TestClient } from '../../../test/test-client.ts';
import { auditRows, ledgerRows, put, signedInCustomer } from './consent-test-helpers.ts';

// coco: strictly necessary, analytics (Google Analytics), advertising (Google Ads, Facebook pixel); English.
const profile = loadProfile('coco');
const NOTICE = profile.notice.version;
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

describe('GET /api/cookie-preferences', () => {
  it('when nobody is signed in, then 401', async () => {
    expect((await new TestClient(app).get('/api/cookie-preferences')).status).toBe(401);
  });

  it("when nothing is recorded, then the profile's categories and vendors are listed, only strictly necessary on", async () => {
    const { client } = await signedInCustomer(app, { language: 'en' });

    const res = await client.json(client.get('/api/cookie-preferences'));

    expect(res.status).toBe(200);
    const body = ZCookiePreferencesResponseSchema.parse(res.body);
    expect(body.portalSetsOnlyNecessaryCookies).toBe(true);
    expect(body.notice.version).toBe(NOTICE);
    expect(body.categories.map((c) => [c.id, c.alwaysOn, c.granted])).toEqual([
      ['strictly-necessary', true, true],
      ['analytics', false, false],
      ['advertising', false, false],
    ]);
    expect(body.categories[2]?.vendors.map((v) => v.name)).toEqual(['Google Ads', 'Facebook pixel']);
  });
});

describe('PUT /api/cookie-preferences/:category', () => {
  it('when the customer allows then refuses advertising, then both are in the ledger (kind cookie, method portal) and audited', async () => {
    // Arrange
    const { customer, client } = await signedInCustomer(app, { language: 'en' });

    // Act
    const on = await put(client, '/api/cookie-preferences/advertising', { granted: true, noticeVersion: NOTICE });
    const again = await put(client, '/api/cookie-preferences/advertising', { granted: true, noticeVersion: NOTICE });
    const off = await put(client, '/api/cookie-preferences/advertising', { granted: false, noticeVersion: NOTICE });

    // Assert
    expect(ZUpdateCookiePreferenceResponseSchema.parse(on.body)).toMatchObject({ category: 'advertising', granted: true, changed: true });
    expect(again.body).toMatchObject({ granted: true, changed: false });
    expect(off.body).toMatchObject({ granted: false, changed: true });
    const rows = await ledgerRows(app, customer.id);
    expect(rows.map((r) => [r.kind, r.purpose, r.channel, r.granted, r.method, r.notice_version])).toEqual([
      ['cookie', 'advertising', null, true, 'portal', NOTICE],
      ['cookie', 'advertising', null, false, 'portal', NOTICE],
    ]);
    expect(rows[0]?.wording).toMatch(/Facebook pixel/);
    expect(rows[0]?.ip_hash).toBeTruthy();
    const audit = await auditRows(app, customer.id);
    expect(audit.map((a) => [a.action, a.details])).toEqual([
      ['consent.granted', { kind: 'cookie', purpose: 'advertising', channel: null, granted: true, method: 'portal' }],
      ['consent.withdrawn', { kind: 'cookie', purpose: 'advertising', channel: null, granted: false, method: 'portal' }],
    ]);
    const page = ZCookiePreferencesResponseSchema.parse((await client.json(client.get('/api/cookie-preferences'))).body);
    expect(page.categories.find((c) => c.id === 'advertising')).toMatchObject({ granted: false, method: 'portal' });
    const history = ZConsentHistoryResponseSchema.parse((await client.json(client.get('/api/consent/history'))).body);
    expect(history.items[0]).toMatchObject({ kind: 'cookie', purpose: 'advertising', granted: false });
  });

  it('when the category is strictly necessary, unknown or not used by the operator, then 400/404 and nothing is recorded', async () => {
    const { customer, client } = await signedInCustomer(app);
    expect((await put(client, '/api/cookie-preferences/strictly-necessary', { granted: false, noticeVersion: NOTICE })).status).toBe(400);
    expect((await put(client, '/api/cookie-preferences/functional', { granted: true, noticeVersion: NOTICE })).status).toBe(404);
    expect(await ledgerRows(app, customer.id)).toEqual([]);
  });

  it('when the notice version is stale, then 409 and nothing is recorded', async () => {
    const { customer, client } = await signedInCustomer(app);
    expect((await put(client, '/api/cookie-preferences/analytics', { granted: true, noticeVersion: 'old' })).status).toBe(409);
    expect(await ledgerRows(app, customer.id)).toEqual([]);
  });
});
