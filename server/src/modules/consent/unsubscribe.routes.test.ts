import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { customers } from '../../db/schema/customers.ts';
import { loadProfile } from '@portal/shared/profiles/registry';
import {
  ZUnsubscribePreviewResponseSchema,
  ZUnsubscribeResultSchema,
} from '@portal/shared/schemas/consent.schema';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import { TestClient } from '../../../test/test-client.ts';
import { createLogger } from '../../lib/logger.ts';
import { createMailer } from '../mail/create-mailer.ts';
import { auditRows, ledgerRows, put, signedInCustomer } from './consent-test-helpers.ts';
import { sendMarketingSample } from './send-marketing-sample.ts';
import { createUnsubscribeLinks } from './unsubscribe-links.ts';

// cocomo: newsletter and product-updates by email.
const profile = loadProfile('cocomo');
const NOTICE = profile.notice.version;
let app: TTestApp;
let unsubscribeUrl: (customerId: string, purposeId: string) => Promise<string>;

beforeAll(async () => {
  app = await startTestApp({ profile: 'cocomo' });
  unsubscribeUrl = createUnsubscribeLinks({
    tokens: app.tokens,
    profile,
    publicOrigin: 'http://localhost:3000',
  });
});
afterAll(async () => {
  await app.close();
});
beforeEach(async () => {
  app.clock.set(new Date('2026-11-02T09:00:00Z'));
  await app.resetRateLimits();
});

/** A signed-in customer who subscribed to the newsletter, and the path of its unsubscribe link. */
async function subscriber() {
  const { customer, client } = await signedInCustomer(app);
  await put(client, '/api/consent/newsletter/email', { granted: true, noticeVersion: NOTICE });
  const url = new URL(await unsubscribeUrl(customer.id, 'newsletter'));
  return { customer, client, path: url.pathname, token: url.pathname.split('/').at(-1) ?? '' };
}

/** What a mail provider sends (RFC 8058): no cookie, no CSRF header, from its own servers. */
function oneClick(
  path: string,
  body = 'List-Unsubscribe=One-Click',
  contentType = 'application/x-www-form-urlencoded',
) {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': contentType, 'user-agent': 'GoogleOneClickUnsubscribe/1.0' },
    body,
  });
}

describe('one-click unsubscribe (RFC 8058)', () => {
  it('when the mail app POSTs List-Unsubscribe=One-Click without cookies, then the consent is withdrawn at once, in the ledger and the audit log', async () => {
    const { customer, path } = await subscriber();

    const res = await oneClick(path);

    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(ZUnsubscribeResultSchema.parse(await res.json())).toEqual({
      status: 'unsubscribed',
      purpose: { id: 'newsletter', name: 'Nieuwsbrief' },
      channel: 'email',
    });
    const last = (await ledgerRows(app, customer.id)).at(-1);
    expect(last).toMatchObject({
      purpose: 'newsletter',
      channel: 'email',
      granted: false,
      method: 'one-click-unsubscribe',
      notice_version: NOTICE,
      actor: `customer:${customer.id}`,
    });
    const audit = (await auditRows(app, customer.id)).at(-1);
    expect(audit).toMatchObject({
      action: 'consent.withdrawn',
      actor_kind: 'customer',
      actor_id: customer.id,
      target_id: String(last?.seq),
    });
    expect(audit?.details).toMatchObject({ method: 'one-click-unsubscribe' });
  });

  it('when it is POSTed again, then it answers the same way and records nothing new (idempotent)', async () => {
    const { customer, path } = await subscriber();
    await oneClick(path);
    const count = (await ledgerRows(app, customer.id)).length;

    const again = await oneClick(path);

    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: 'already-unsubscribed' });
    expect(await ledgerRows(app, customer.id)).toHaveLength(count);
  });

  it('when the provider posts multipart/form-data or to the /api path, then it works too', async () => {
    const a = await subscriber();
    const boundary = 'xYzZY';
    const multipart = `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`;
    expect(
      (await oneClick(a.path, multipart, `multipart/form-data; boundary=${boundary}`)).status,
    ).toBe(200);
    const b = await subscriber();
    expect((await oneClick(`/api/unsubscribe/${b.token}`)).status).toBe(200);
    expect((await ledgerRows(app, b.customer.id)).at(-1)?.method).toBe('one-click-unsubscribe');
  });

  it.each([
    ['an empty body', ''],
    ['another value', 'List-Unsubscribe=Yes'],
    ['extra fields', 'List-Unsubscribe=One-Click&customer=someone'],
  ])('when the body is %s, then 400 and nothing changes', async (_what, body) => {
    const { customer, path } = await subscriber();
    const res = await oneClick(path, body);
    expect(res.status).toBe(400);
    expect((await ledgerRows(app, customer.id)).at(-1)?.granted).toBe(true);
  });

  it('when the token is tampered with, forged or of another kind, then 400 and nothing changes', async () => {
    const { customer, token } = await subscriber();
    const [header, payload, signature] = token.split('.');
    const flipped = `${header}.${payload}.${signature?.startsWith('A') ? 'B' : 'A'}${signature?.slice(1)}`;
    const otherKind = await app.tokens.sign(
      'email-verification',
      { verificationId: customer.id },
      { subject: customer.id, expiresIn: '1h' },
    );
    for (const bad of [
      flipped,
      `${header}.${payload}.`,
      otherKind,
      'not-a-token-at-all-but-long-enough',
    ]) {
      const res = await oneClick(`/unsubscribe/${bad}`);
      expect(res.status).toBe(400);
    }
    expect((await ledgerRows(app, customer.id)).at(-1)?.granted).toBe(true);
  });

  it('when the token names a purpose the operator does not have, then 400', async () => {
    const { customer } = await subscriber();
    const token = await app.tokens.sign(
      'unsubscribe',
      { purpose: 'lottery', channel: 'email' },
      { subject: customer.id, expiresIn: '1h' },
    );
    expect((await oneClick(`/unsubscribe/${token}`)).status).toBe(400);
  });

  it('when the link is more than a year old, then 410 and nothing changes', async () => {
    const { customer, path } = await subscriber();
    app.clock.advance(366 * 86_400_000);
    const res = await oneClick(path);
    expect(res.status).toBe(410);
    expect((await ledgerRows(app, customer.id)).at(-1)?.granted).toBe(true);
  });
});

describe('the unsubscribe page', () => {
  it('when the page asks what the link would do, then it learns the list and nothing changes (GET never acts)', async () => {
    const { customer, token } = await subscriber();
    const count = (await ledgerRows(app, customer.id)).length;

    const res = await new TestClient(app).json(
      new TestClient(app).get(`/api/unsubscribe/${token}`),
    );

    expect(res.status).toBe(200);
    expect(ZUnsubscribePreviewResponseSchema.parse(res.body)).toEqual({
      operatorName: 'Cocomo Webbeheer',
      language: 'nl',
      purpose: { id: 'newsletter', name: 'Nieuwsbrief' },
      channel: 'email',
      alreadyWithdrawn: false,
    });
    expect(await ledgerRows(app, customer.id)).toHaveLength(count);
  });

  it('when the link itself is opened with GET, then it is the SPA page, not an unsubscribe', async () => {
    const { customer, path } = await subscriber();
    const res = await app.request(path);
    // The SPA's index.html (503 here: the test app has no built SPA), never the API acting.
    expect(res.headers.get('content-type')).not.toMatch(/json/);
    expect((await ledgerRows(app, customer.id)).at(-1)?.granted).toBe(true);
  });

  it('when the page confirms, then it unsubscribes without signing in, recorded as the unsubscribe link', async () => {
    const { customer, token } = await subscriber();
    const visitor = new TestClient(app);

    const res = await visitor.json(visitor.post(`/api/unsubscribe/${token}/confirm`));

    expect(res.body).toMatchObject({ status: 'unsubscribed' });
    expect((await ledgerRows(app, customer.id)).at(-1)).toMatchObject({
      granted: false,
      method: 'unsubscribe-link',
      actor: `customer:${customer.id}`,
    });
  });

  it('when someone else is signed in in that browser, then the link still acts for its own recipient', async () => {
    const { customer, token } = await subscriber();
    const other = await signedInCustomer(app);

    await other.client.post(`/api/unsubscribe/${token}/confirm`);

    expect((await ledgerRows(app, customer.id)).at(-1)).toMatchObject({
      granted: false,
      actor: `customer:${customer.id}`,
    });
    expect(await ledgerRows(app, other.customer.id)).toEqual([]);
  });

  it('when the page posts without the CSRF header, then 403 (only mail apps use the one-click form endpoint)', async () => {
    const { token } = await subscriber();
    const res = await new TestClient(app).call(
      'POST',
      `/api/unsubscribe/${token}/confirm`,
      {},
      { 'x-requested-with': '' },
    );
    expect(res.status).toBe(403);
  });
});

describe('marketing email with List-Unsubscribe headers', () => {
  let smtp: { received: ParsedMail[]; port: number; close: () => Promise<void> };

  beforeAll(async () => {
    const received: ParsedMail[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream).then((mail) => {
          received.push(mail);
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    smtp = {
      received,
      port: (server.server.address() as AddressInfo).port,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  });
  afterAll(async () => {
    await smtp.close();
  });

  it('when a marketing email goes out over real SMTP, then it carries both headers and POSTing the header URL unsubscribes', async () => {
    const { customer } = await subscriber();
    const mailer = await createMailer(
      {
        smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
        from: '"Cocomo" <no-reply@cocomo.example>',
        outboxDir: '/nonexistent',
      },
      createLogger('silent'),
    );
    try {
      await sendMarketingSample(
        { db: app.db, profile, mailer, unsubscribeUrl },
        customer,
        'newsletter',
      );
    } finally {
      await mailer.close();
    }

    const mail = smtp.received.at(-1);
    const header = (key: string) => {
      const line = mail?.headerLines.find((h) => h.key === key)?.line;
      return line
        ?.slice(line.indexOf(':') + 1)
        .replace(/\r?\n\s+/g, '')
        .trim();
    };
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const listUnsubscribe = header('list-unsubscribe');
    expect(listUnsubscribe).toMatch(
      /^<http:\/\/localhost:3000\/unsubscribe\/[\w-]+\.[\w-]+\.[\w-]+>$/,
    );

    const url = new URL(listUnsubscribe?.slice(1, -1) ?? '');
    const res = await oneClick(url.pathname);
    expect(res.status).toBe(200);
    expect((await ledgerRows(app, customer.id)).at(-1)).toMatchObject({
      granted: false,
      method: 'one-click-unsubscribe',
    });
  });

  it('when the customer has not consented, then no marketing email is sent', async () => {
    const { customer } = await signedInCustomer(app);
    const sent: unknown[] = [];
    await expect(
      sendMarketingSample(
        {
          db: app.db,
          profile,
          mailer: { send: async (...args) => (sent.push(args), { messageId: 'x' }) },
          unsubscribeUrl,
        },
        customer,
        'newsletter',
      ),
    ).rejects.toThrow(/has not consented/);
    expect(sent).toEqual([]);
  });

  it('when the customer restricted processing (or is being erased), then no marketing email is sent despite the consent', async () => {
    const { customer } = await subscriber();
    await app.db.update(customers).set({ status: 'restricted' }).where(eq(customers.id, customer.id));
    const sent: unknown[] = [];
    const mailer = { send: async (...args: unknown[]) => (sent.push(args), { messageId: 'x' }) };
    await expect(sendMarketingSample({ db: app.db, profile, mailer, unsubscribeUrl }, customer, 'newsletter')).rejects.toThrow(/is restricted; not sending/);
    expect(sent).toEqual([]);
  });
});
