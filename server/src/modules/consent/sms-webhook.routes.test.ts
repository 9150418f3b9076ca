import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadProfile } from '@portal/shared/profiles/registry';
import { ZSmsInboundResponseSchema } from '@portal/shared/schemas/consent.schema';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import { sql } from 'drizzle-orm';
import { auditRows, ledgerRows, put, signedInCustomer } from './consent-test-helpers.ts';
import { CONSENT_COPY } from './consent-copy.ts';
import {
  SMS_SIGNATURE_HEADER,
  SMS_TIMESTAMP_HEADER,
  signSmsWebhook,
} from './sms-webhook-signature.ts';

const SECRET = 'test-sms-webhook-secret-0123456789abcdef';
const coopt = loadProfile('coopt');
const NOTICE = coopt.notice.version;
const STOPPED = CONSENT_COPY.en.sms.stopped('COOPT');
let app: TTestApp;
let nextLine = 100;

beforeAll(async () => {
  process.env.SMS_WEBHOOK_SECRET = SECRET;
  app = await startTestApp({ profile: 'coopt' });
});
afterAll(async () => {
  await app.close();
  delete process.env.SMS_WEBHOOK_SECRET;
});
beforeEach(async () => {
  app.clock.set(new Date('2026-11-02T09:00:00Z'));
  await app.resetRateLimits();
});

/** What the SMS provider sends: the message and its signature, no cookies, no CSRF header. */
async function inbound(
  target: TTestApp,
  body: { from: string; text: string },
  options: { secret?: string; at?: Date; headers?: Record<string, string> } = {},
) {
  const timestamp = String(Math.floor((options.at ?? target.clock.now()).getTime() / 1000));
  const res = await target.request('/api/webhooks/sms-inbound', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [SMS_TIMESTAMP_HEADER]: timestamp,
      [SMS_SIGNATURE_HEADER]: signSmsWebhook(options.secret ?? SECRET, timestamp, body),
      ...options.headers,
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

/** A customer with a unique US number who allowed texts for every SMS purpose, and email for one. */
async function textingCustomer() {
  nextLine += 1;
  const phone = `+1 (559) 555-${String(nextLine).padStart(4, '0')}`;
  const { customer, client } = await signedInCustomer(app, {
    phone,
    language: 'en',
    country: 'US',
  });
  const smsPurposes = coopt.consentPurposes.filter((p) => p.channels.includes('sms'));
  for (const p of smsPurposes)
    await put(client, `/api/consent/${p.id}/sms`, { granted: true, noticeVersion: NOTICE });
  await put(client, '/api/consent/promotions/email', { granted: true, noticeVersion: NOTICE });
  return {
    customer,
    client,
    phone,
    digits: phone.replace(/[^\d]/g, ''),
    smsPurposes: smsPurposes.map((p) => p.id),
  };
}

describe('POST /api/webhooks/sms-inbound', () => {
  it.each([
    'STOP',
    'stop',
    ' Stop ',
    'QUIT',
    'End',
    'revoke',
    'OPT OUT',
    'opt-out',
    'Cancel',
    'UNSUBSCRIBE',
    'STOPALL',
    'AFMELDEN',
    'uitschrijven',
    'HUY',
    'HỦY',
    'hủy',
    'TU CHOI',
    'Từ chối',
    'DUNG',
    'DỪNG',
  ])(
    'when the customer texts %j, then every SMS consent is withdrawn with method sms-stop and one confirmation comes back',
    async (text) => {
      const { customer, phone, smsPurposes } = await textingCustomer();
      const before = (await ledgerRows(app, customer.id)).length;

      const res = await inbound(app, { from: phone, text });

      expect(res.status).toBe(200);
      expect(ZSmsInboundResponseSchema.parse(res.body)).toEqual({ reply: STOPPED });
      const added = (await ledgerRows(app, customer.id)).slice(before);
      expect(added.map((r) => [r.purpose, r.channel, r.granted, r.method])).toEqual(
        smsPurposes.map((p) => [p, 'sms', false, 'sms-stop']),
      );
      // The request came from the provider: no IP or browser of the customer's is recorded.
      expect(
        added.every(
          (r) =>
            r.ip_hash === null &&
            r.user_agent_family === null &&
            r.actor === `customer:${customer.id}`,
        ),
      ).toBe(true);
    },
  );

  it("when the number arrives in national form, then it still finds the customer (E.164 in the operator's country); email consent stays", async () => {
    const { customer, digits, smsPurposes } = await textingCustomer();
    const res = await inbound(app, { from: digits.slice(1), text: 'STOP' });
    expect(res.body).toEqual({ reply: STOPPED });
    const rows = await ledgerRows(app, customer.id);
    expect(rows.filter((r) => r.method === 'sms-stop')).toHaveLength(smsPurposes.length);
    expect(rows.filter((r) => r.channel === 'email').map((r) => r.granted)).toEqual([true]);
    expect(
      (await auditRows(app, customer.id))
        .filter((a) => a.details.method === 'sms-stop')
        .map((a) => a.action),
    ).toEqual(smsPurposes.map(() => 'consent.withdrawn'));
  });

  it('when the same STOP arrives twice, then the second changes nothing and gets the same reply', async () => {
    const { customer, phone } = await textingCustomer();
    await inbound(app, { from: phone, text: 'STOP' });
    const count = (await ledgerRows(app, customer.id)).length;
    const again = await inbound(app, { from: phone, text: 'STOP' });
    expect(again.body).toEqual({ reply: STOPPED });
    expect(await ledgerRows(app, customer.id)).toHaveLength(count);
  });

  it('when the number is unknown, then the reply is exactly the same (no enumeration) and only an anonymous audit row is written', async () => {
    const count = async () =>
      (
        await app.db.execute<{ n: number }>(
          sql`select count(*)::int as n from audit_events where action = 'consent.sms-stop.unknown-number'`,
        )
      ).rows[0]?.n;
    const before = await count();
    const res = await inbound(app, { from: '+1 559 555 9999', text: 'STOP' });
    expect(res).toEqual({ status: 200, body: { reply: STOPPED } });
    expect(await count()).toBe((before ?? 0) + 1);
  });

  it('when the text is not a STOP keyword, then nothing changes and the reply says how to stop', async () => {
    const { customer, phone } = await textingCustomer();
    const count = (await ledgerRows(app, customer.id)).length;
    const res = await inbound(app, { from: phone, text: 'When is the next event?' });
    expect(res.body).toEqual({
      reply: CONSENT_COPY.en.sms.help('COOPT', coopt.company.privacyEmail),
    });
    expect(await ledgerRows(app, customer.id)).toHaveLength(count);
  });

  it.each([
    ['a signature made with another secret', { secret: 'another-secret-0123456789abcdef-xyz' }],
    ['a stale timestamp (replay)', { at: new Date('2026-11-02T08:50:00Z') }],
    ['no signature', { headers: { [SMS_SIGNATURE_HEADER]: '' } }],
    [
      'a signature for another text',
      {
        headers: {
          [SMS_SIGNATURE_HEADER]: signSmsWebhook(
            SECRET,
            String(Math.floor(Date.parse('2026-11-02T09:00:00Z') / 1000)),
            { from: '+15595550000', text: 'HELLO' },
          ),
        },
      },
    ],
  ])('when the request has %s, then 401 and nothing changes', async (_what, options) => {
    const { customer, phone } = await textingCustomer();
    const count = (await ledgerRows(app, customer.id)).length;
    const res = await inbound(app, { from: phone, text: 'STOP' }, options);
    expect(res.status).toBe(401);
    expect(await ledgerRows(app, customer.id)).toHaveLength(count);
  });

  it('when a browser session posts to it, then it is still only the signature that counts', async () => {
    const { client, phone } = await textingCustomer();
    const res = await client.json(
      client.post('/api/webhooks/sms-inbound', { from: phone, text: 'STOP' }),
    );
    expect(res.status).toBe(401);
  });
});

describe('SMS webhook configuration and languages', () => {
  it('when SMS_WEBHOOK_SECRET is not set, then the webhook answers 503', async () => {
    delete process.env.SMS_WEBHOOK_SECRET;
    const unconfigured = await startTestApp({ profile: 'coopt' });
    try {
      const res = await inbound(unconfigured, { from: '+15595550101', text: 'STOP' });
      expect(res.status).toBe(503);
    } finally {
      await unconfigured.close();
      process.env.SMS_WEBHOOK_SECRET = SECRET;
    }
  });

  it("when a Dutch keyword reaches a Dutch operator, then the one reply is Dutch; a plain STOP gets the operator's default", async () => {
    const cocomo = await startTestApp({ profile: 'cocomo' });
    try {
      const dutch = await inbound(cocomo, { from: '+31 6 1234 5678', text: 'Afmelden' });
      const plain = await inbound(cocomo, { from: '+31 6 1234 5678', text: 'STOP' });
      expect(dutch.body).toEqual({ reply: CONSENT_COPY.nl.sms.stopped('Cocomo Webbeheer') });
      expect(plain.body).toEqual({ reply: CONSENT_COPY.nl.sms.stopped('Cocomo Webbeheer') });
    } finally {
      await cocomo.close();
    }
  });
});
