import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadProfile } from '@portal/shared/profiles/registry';
import {
  GPC_OVERRIDE_REQUIRED_MESSAGE,
  ZConsentPreferencesResponseSchema,
  ZUpdatePrivacyChoiceResponseSchema,
} from '@portal/shared/schemas/consent.schema';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import { consentLedger } from '../../db/schema/consent.ts';
import { auditRows, ledgerRows, put, signedInCustomer } from './consent-test-helpers.ts';

// coopt (California): honours GPC and offers Do Not Sell or Share, Limit Sensitive, Shine the Light.
const profile = loadProfile('coopt');
const NOTICE = profile.notice.version;
const GPC = { 'sec-gpc': '1' };
let app: TTestApp;

beforeAll(async () => {
  app = await startTestApp({ profile: 'coopt' });
});
afterAll(async () => {
  await app.close();
});
beforeEach(async () => {
  app.clock.set(new Date('2026-11-02T09:00:00Z'));
  await app.resetRateLimits();
});

const preferencesOf = async (
  client: Awaited<ReturnType<typeof signedInCustomer>>['client'],
  headers?: Record<string, string>,
) =>
  ZConsentPreferencesResponseSchema.parse(
    (await client.json(client.get('/api/consent', headers))).body,
  );

describe('Global Privacy Control', () => {
  it('when the customer\'s browser sends Sec-GPC: 1, then "do not sell or share" is applied once, recorded with method gpc and audited', async () => {
    const { customer, client } = await signedInCustomer(app, { language: 'en', country: 'US' });

    const first = await preferencesOf(client, GPC);
    const second = await preferencesOf(client, GPC);

    expect(first.gpc).toEqual({ applicable: true, signal: true, honoured: true });
    expect(second.gpc).toEqual({ applicable: true, signal: true, honoured: true });
    expect(first.privacyChoices?.choices.find((c) => c.id === 'sale-or-sharing')).toMatchObject({
      optedOut: true,
      method: 'gpc',
    });
    const rows = await ledgerRows(app, customer.id);
    expect(rows).toEqual([
      expect.objectContaining({
        kind: 'privacy-choice',
        purpose: 'sale-or-sharing',
        channel: null,
        granted: false,
        method: 'gpc',
        gpc_signal: true,
      }),
    ]);
    expect((await auditRows(app, customer.id)).map((a) => a.action)).toEqual([
      'consent.choice.opted-out',
    ]);
  });

  it('when a request comes without the signal, then the opt-out stays but the page is not told GPC was honoured', async () => {
    const { client } = await signedInCustomer(app, { language: 'en' });
    await preferencesOf(client, GPC);
    const plain = await preferencesOf(client);
    expect(plain.gpc).toEqual({ applicable: true, signal: false, honoured: false });
    expect(plain.privacyChoices?.choices.find((c) => c.id === 'sale-or-sharing')?.optedOut).toBe(
      true,
    );
  });

  it('when the customer opts back in with GPC on, then 409 unless confirmed; a confirmed opt-in is not undone by later signals', async () => {
    const { customer, client } = await signedInCustomer(app, { language: 'en' });
    await preferencesOf(client, GPC);

    const refused = await put(
      client,
      '/api/privacy-choices/sale-or-sharing',
      { optedOut: false, noticeVersion: NOTICE },
      GPC,
    );
    const confirmed = await put(
      client,
      '/api/privacy-choices/sale-or-sharing',
      { optedOut: false, noticeVersion: NOTICE, confirmOverrideGpc: true },
      GPC,
    );
    const later = await preferencesOf(client, GPC);

    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'conflict',
      message: GPC_OVERRIDE_REQUIRED_MESSAGE,
    });
    expect(ZUpdatePrivacyChoiceResponseSchema.parse(confirmed.body)).toMatchObject({
      choice: 'sale-or-sharing',
      optedOut: false,
      changed: true,
    });
    expect(later.gpc.honoured).toBe(false);
    expect(
      (await ledgerRows(app, customer.id)).map((r) => [r.method, r.granted, r.gpc_signal]),
    ).toEqual([
      ['gpc', false, true],
      ['portal', true, true],
    ]);
  });

  it('when the customer had opted in without GPC and the signal arrives later, then the signal wins (11 CCR §7025(c)(3))', async () => {
    const { customer, client } = await signedInCustomer(app, { language: 'en' });
    await put(client, '/api/privacy-choices/sale-or-sharing', {
      optedOut: true,
      noticeVersion: NOTICE,
    });
    await put(client, '/api/privacy-choices/sale-or-sharing', {
      optedOut: false,
      noticeVersion: NOTICE,
    });

    const res = await preferencesOf(client, GPC);

    expect(res.gpc.honoured).toBe(true);
    expect((await ledgerRows(app, customer.id)).map((r) => r.method)).toEqual([
      'portal',
      'portal',
      'gpc',
    ]);
  });

  it('when the page reports navigator.globalPrivacyControl, then POST /api/consent/gpc applies it', async () => {
    const { customer, client } = await signedInCustomer(app, { language: 'en' });
    const res = await client.json(client.post('/api/consent/gpc'));
    expect(res.status).toBe(200);
    expect(ZConsentPreferencesResponseSchema.parse(res.body).gpc).toEqual({
      applicable: true,
      signal: true,
      honoured: true,
    });
    expect((await ledgerRows(app, customer.id)).map((r) => r.method)).toEqual(['gpc']);
  });
});

describe('Your Privacy Choices', () => {
  it('when the page loads, then the three CCPA choices are offered, none opted out', async () => {
    const { client } = await signedInCustomer(app, { language: 'en' });
    const res = await preferencesOf(client);
    expect(res.privacyChoices?.choices.map((c) => [c.id, c.optedOut])).toEqual([
      ['sale-or-sharing', false],
      ['sensitive-data-use', false],
      ['third-party-direct-marketing', false],
    ]);
  });

  it('when the customer limits sensitive data use, then it is recorded as an opt-out', async () => {
    const { customer, client } = await signedInCustomer(app, { language: 'en' });
    const res = await put(client, '/api/privacy-choices/sensitive-data-use', {
      optedOut: true,
      noticeVersion: NOTICE,
    });
    expect(res.body).toMatchObject({
      choice: 'sensitive-data-use',
      optedOut: true,
      changed: true,
      method: 'portal',
    });
    expect(await ledgerRows(app, customer.id)).toEqual([
      expect.objectContaining({
        kind: 'privacy-choice',
        purpose: 'sensitive-data-use',
        granted: false,
        wording: expect.stringMatching(/^Limit the Use/),
      }),
    ]);
  });

  it('when the customer opts out under Shine the Light, then partner offers are withdrawn too; allowing one again lifts the opt-out', async () => {
    const { customer, client } = await signedInCustomer(app, { language: 'en' });
    await put(client, '/api/consent/partner-offers/email', {
      granted: true,
      noticeVersion: NOTICE,
    });
    await put(client, '/api/consent/partner-offers/post', { granted: true, noticeVersion: NOTICE });

    await put(client, '/api/privacy-choices/third-party-direct-marketing', {
      optedOut: true,
      noticeVersion: NOTICE,
    });
    const afterOptOut = await preferencesOf(client);
    await put(client, '/api/consent/partner-offers/email', {
      granted: true,
      noticeVersion: NOTICE,
    });
    const afterGrant = await preferencesOf(client);

    expect(
      afterOptOut.purposes
        .find((p) => p.id === 'partner-offers')
        ?.channels.every((c) => !c.granted),
    ).toBe(true);
    expect(
      afterGrant.privacyChoices?.choices.find((c) => c.id === 'third-party-direct-marketing')
        ?.optedOut,
    ).toBe(false);
    expect(
      (await ledgerRows(app, customer.id)).map(
        (r) => `${r.purpose}/${r.channel ?? '-'}:${String(r.granted)}`,
      ),
    ).toEqual([
      'partner-offers/email:true',
      'partner-offers/post:true',
      'third-party-direct-marketing/-:false',
      'partner-offers/email:false',
      'partner-offers/post:false',
      'partner-offers/email:true',
      'third-party-direct-marketing/-:true',
    ]);
  });

  it('when partner offers were allowed during last year, then the Shine the Light disclosure names the partners', async () => {
    const { customer, client } = await signedInCustomer(app, { language: 'en' });
    // Last year's history, written as the portal would have (moving the clock would end the session).
    const entry = {
      customerId: customer.id,
      kind: 'consent' as const,
      purpose: 'partner-offers',
      channel: 'email' as const,
      noticeVersion: NOTICE,
      method: 'portal' as const,
      actor: `customer:${customer.id}`,
    };
    await app.db.insert(consentLedger).values([
      { ...entry, granted: true, occurredAt: new Date('2025-03-01T10:00:00Z') },
      { ...entry, granted: false, occurredAt: new Date('2025-06-01T10:00:00Z') },
    ]);

    const res = await preferencesOf(client);

    expect(res.privacyChoices?.shineTheLight).toEqual({
      year: 2025,
      recipients: [expect.objectContaining({ name: 'Selected marketing partners', country: 'US' })],
    });
  });

  it('when nothing went to partners last year, then the disclosure lists no one', async () => {
    const { client } = await signedInCustomer(app, { language: 'en' });
    await put(client, '/api/consent/partner-offers/email', {
      granted: true,
      noticeVersion: NOTICE,
    });
    const res = await preferencesOf(client);
    expect(res.privacyChoices?.shineTheLight).toEqual({ year: 2025, recipients: [] });
  });

  it('when the choice is unknown, then 400; when the notice changed, then 409', async () => {
    const { client } = await signedInCustomer(app, { language: 'en' });
    expect(
      (
        await put(client, '/api/privacy-choices/sell-my-soul', {
          optedOut: true,
          noticeVersion: NOTICE,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await put(client, '/api/privacy-choices/sale-or-sharing', {
          optedOut: true,
          noticeVersion: 'old',
        })
      ).status,
    ).toBe(409);
  });
});
