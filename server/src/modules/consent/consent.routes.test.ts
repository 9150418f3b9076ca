import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadProfile } from '@portal/shared/profiles/registry';
import {
  ZConsentHistoryResponseSchema,
  ZConsentPreferencesResponseSchema,
  ZSignedConsentReceiptSchema,
  ZUpdateConsentResponseSchema,
} from '@portal/shared/schemas/consent.schema';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import { TestClient } from '../../../test/test-client.ts';
import { createCustomer, createStaff, TEST_PASSWORD } from '../../../test/fixtures/principals.ts';
import { consentLedger } from '../../db/schema/consent.ts';
import { authorize } from '../../http/authorize.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import { auditRows, ledgerRows, put, signedInCustomer } from './consent-test-helpers.ts';

// cocomo: newsletter and product-updates, by email only; Dutch and English; no GPC.
const profile = loadProfile('cocomo');
const NOTICE = profile.notice.version;
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

describe('GET /api/consent', () => {
  it('when nobody is signed in, then 401', async () => {
    const res = await new TestClient(app).get('/api/consent');
    expect(res.status).toBe(401);
  });

  it('when a staff member is signed in without impersonating, then 403', async () => {
    const staff = await createStaff(app.db, app.hasher, 'privacy-officer');
    const client = new TestClient(app);
    await client.post('/api/auth/sign-in', { email: staff.email, password: TEST_PASSWORD });
    const res = await client.get('/api/consent');
    expect([401, 403]).toContain(res.status);
  });

  it("when nothing is recorded, then every purpose and channel of the profile is off, explained in the customer's language", async () => {
    // Arrange: the fixture customer speaks Dutch
    const { client } = await signedInCustomer(app);

    // Act
    const res = await client.json(client.get('/api/consent'));

    // Assert
    expect(res.status).toBe(200);
    const body = ZConsentPreferencesResponseSchema.parse(res.body);
    expect(body.language).toBe('nl');
    expect(body.notice.version).toBe(NOTICE);
    expect(body.purposes.map((p) => p.id)).toEqual(profile.consentPurposes.map((p) => p.id));
    expect(body.purposes[0]?.name).toBe('Nieuwsbrief');
    expect(body.transactionalNote).toMatch(/blijven komen/);
    for (const purpose of body.purposes)
      for (const c of purpose.channels)
        expect(c).toMatchObject({ granted: false, changedAt: null, method: null });
    expect(body.gpc).toEqual({ applicable: false, signal: false, honoured: false });
    expect(body.privacyChoices).toBeNull();
  });

  it('when ?language=en is asked, then the explanations are English', async () => {
    const { client } = await signedInCustomer(app);
    const res = await client.json<{ purposes: { name: string }[]; transactionalNote: string }>(
      client.get('/api/consent?language=en'),
    );
    expect(res.body.purposes[0]?.name).toBe('Newsletter');
    expect(res.body.transactionalNote).toMatch(/continue whatever you choose/);
  });

  it('when the browser sends Sec-GPC: 1 to an operator that does not sell or share, then nothing is recorded', async () => {
    const { customer, client } = await signedInCustomer(app);
    const res = await client.json<{ gpc: unknown }>(client.get('/api/consent', { 'sec-gpc': '1' }));
    expect(res.body.gpc).toEqual({ applicable: false, signal: true, honoured: false });
    expect(await ledgerRows(app, customer.id)).toEqual([]);
  });
});

describe('PUT /api/consent/:purpose/:channel', () => {
  it('when the customer gives consent, then the ledger records it with the notice version, method, source and wording, and it is audited', async () => {
    const { customer, client } = await signedInCustomer(app);

    const res = await put(client, '/api/consent/newsletter/email', {
      granted: true,
      noticeVersion: NOTICE,
    });

    expect(res.status).toBe(200);
    expect(ZUpdateConsentResponseSchema.parse(res.body)).toEqual({
      purpose: 'newsletter',
      channel: 'email',
      granted: true,
      changed: true,
      changedAt: '2026-11-02T09:00:00.000Z',
      method: 'portal',
    });
    const [row, ...rest] = await ledgerRows(app, customer.id);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      kind: 'consent',
      purpose: 'newsletter',
      channel: 'email',
      granted: true,
      notice_version: NOTICE,
      method: 'portal',
      user_agent_family: 'Chrome',
      gpc_signal: false,
      actor: `customer:${customer.id}`,
    });
    expect(row?.ip_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.wording).toMatch(/^Nieuwsbrief: /);
    const audits = await auditRows(app, customer.id);
    expect(audits).toEqual([
      expect.objectContaining({
        action: 'consent.granted',
        outcome: 'success',
        actor_kind: 'customer',
        actor_id: customer.id,
        target_id: String(row?.seq),
      }),
    ]);
    expect(audits[0]?.details).toMatchObject({
      purpose: 'newsletter',
      channel: 'email',
      granted: true,
      method: 'portal',
    });

    const state = await client.json<{
      purposes: { id: string; channels: { granted: boolean; method: string }[] }[];
    }>(client.get('/api/consent'));
    expect(state.body.purposes.find((p) => p.id === 'newsletter')?.channels[0]).toMatchObject({
      granted: true,
      method: 'portal',
    });
  });

  it('when the same choice is sent again, then nothing new is recorded; withdrawing records a withdrawal', async () => {
    const { customer, client } = await signedInCustomer(app);
    await put(client, '/api/consent/newsletter/email', { granted: true, noticeVersion: NOTICE });

    const again = await put(client, '/api/consent/newsletter/email', {
      granted: true,
      noticeVersion: NOTICE,
    });
    app.clock.advance(60_000);
    const withdrawn = await put(client, '/api/consent/newsletter/email', {
      granted: false,
      noticeVersion: NOTICE,
    });

    expect(again.body).toMatchObject({ changed: false, granted: true });
    expect(withdrawn.body).toMatchObject({
      changed: true,
      granted: false,
      changedAt: '2026-11-02T09:01:00.000Z',
    });
    expect((await ledgerRows(app, customer.id)).map((r) => r.granted)).toEqual([true, false]);
    expect((await auditRows(app, customer.id)).map((a) => a.action)).toEqual([
      'consent.granted',
      'consent.withdrawn',
    ]);
  });

  it('when the page showed an older privacy notice, then 409 and nothing is recorded', async () => {
    const { customer, client } = await signedInCustomer(app);
    const res = await put(client, '/api/consent/newsletter/email', {
      granted: true,
      noticeVersion: '1999-01-01',
    });
    expect(res.status).toBe(409);
    expect(await ledgerRows(app, customer.id)).toEqual([]);
  });

  it.each([
    ['an unknown purpose', '/api/consent/lottery/email', 404],
    ['a channel the purpose does not use', '/api/consent/newsletter/sms', 404],
    ['an unknown channel', '/api/consent/newsletter/fax', 400],
    ['a malformed purpose', '/api/consent/News_Letter/email', 400],
  ])('when the target is %s, then %i', async (_what, path, status) => {
    const { customer, client } = await signedInCustomer(app);
    const res = await put(client, path, { granted: true, noticeVersion: NOTICE });
    expect(res.status).toBe(status);
    expect(await ledgerRows(app, customer.id)).toEqual([]);
  });

  it('when the body names the method or another customer, then 400 (no mass assignment)', async () => {
    const { customer, client } = await signedInCustomer(app);
    for (const extra of [{ method: 'gpc' }, { customerId: randomUUID() }, { actor: 'system' }]) {
      const res = await put(client, '/api/consent/newsletter/email', {
        granted: true,
        noticeVersion: NOTICE,
        ...extra,
      });
      expect(res.status).toBe(400);
    }
    expect(await ledgerRows(app, customer.id)).toEqual([]);
  });

  it('when the CSRF header is missing, then 403', async () => {
    const { client } = await signedInCustomer(app);
    const res = await client.call(
      'PUT',
      '/api/consent/newsletter/email',
      { granted: true, noticeVersion: NOTICE },
      { 'x-requested-with': '' },
    );
    expect(res.status).toBe(403);
  });

  it('property: after any sequence of changes, the state is the fold of the ledger (last entry wins, nothing = off)', async () => {
    const targets = profile.consentPurposes.flatMap((p) =>
      p.channels.map((channel) => ({ purpose: p.id, channel })),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ target: fc.constantFrom(...targets), granted: fc.boolean() }), {
          maxLength: 8,
        }),
        async (changes) => {
          const { customer, client } = await signedInCustomer(app);
          const model = new Map<string, boolean>();
          let effective = 0;
          for (const { target, granted } of changes) {
            const key = `${target.purpose}/${target.channel}`;
            if ((model.get(key) ?? false) !== granted) effective += 1;
            model.set(key, granted);
            const res = await put(client, `/api/consent/${key}`, {
              granted,
              noticeVersion: NOTICE,
            });
            expect(res.status).toBe(200);
          }
          const state = ZConsentPreferencesResponseSchema.parse(
            (await client.json(client.get('/api/consent'))).body,
          );
          for (const purpose of state.purposes) {
            for (const c of purpose.channels)
              expect(c.granted).toBe(model.get(`${purpose.id}/${c.channel}`) ?? false);
          }
          const rows = await ledgerRows(app, customer.id);
          expect(rows).toHaveLength(effective);
          // Folding the stored ledger gives the same answer as the API.
          const folded = new Map(rows.map((r) => [`${r.purpose}/${r.channel}`, r.granted]));
          for (const [key, granted] of model) expect(folded.get(key) ?? false).toBe(granted);
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe('POST /api/consent/withdraw-all', () => {
  it('when the customer withdraws all, then every given consent gets a withdrawal in one click', async () => {
    const { customer, client } = await signedInCustomer(app);
    for (const p of profile.consentPurposes)
      await put(client, `/api/consent/${p.id}/email`, { granted: true, noticeVersion: NOTICE });

    const res = await client.json(
      client.post('/api/consent/withdraw-all', { noticeVersion: NOTICE }),
    );

    expect(res).toEqual({ status: 200, body: { withdrawn: profile.consentPurposes.length } });
    const state = ZConsentPreferencesResponseSchema.parse(
      (await client.json(client.get('/api/consent'))).body,
    );
    expect(state.purposes.every((p) => p.channels.every((c) => !c.granted))).toBe(true);
    const again = await client.json(
      client.post('/api/consent/withdraw-all', { noticeVersion: NOTICE }),
    );
    expect(again.body).toEqual({ withdrawn: 0 });
    expect((await ledgerRows(app, customer.id)).filter((r) => !r.granted)).toHaveLength(
      profile.consentPurposes.length,
    );
  });
});

describe('GET /api/consent/history', () => {
  it('when there are more entries than a page, then pages go newest first and the cursor continues', async () => {
    const { client } = await signedInCustomer(app);
    for (const granted of [true, false, true]) {
      await put(client, '/api/consent/newsletter/email', { granted, noticeVersion: NOTICE });
      app.clock.advance(1000);
    }

    const first = ZConsentHistoryResponseSchema.parse(
      (await client.json(client.get('/api/consent/history?limit=2'))).body,
    );
    const second = ZConsentHistoryResponseSchema.parse(
      (
        await client.json(
          client.get(`/api/consent/history?limit=2&cursor=${first.nextCursor ?? ''}`),
        )
      ).body,
    );

    expect(first.items.map((i) => i.granted)).toEqual([true, false]);
    expect(first.items[0]).toMatchObject({
      kind: 'consent',
      purpose: 'newsletter',
      channel: 'email',
      method: 'portal',
      actor: 'customer',
      noticeVersion: NOTICE,
    });
    expect(second.items.map((i) => i.granted)).toEqual([true]);
    expect(second.nextCursor).toBeNull();
    expect((await client.get('/api/consent/history?cursor=abc')).status).toBe(400);
  });

  it("when another customer asks, then they never see this customer's entries", async () => {
    const a = await signedInCustomer(app);
    await put(a.client, '/api/consent/newsletter/email', { granted: true, noticeVersion: NOTICE });
    const b = await signedInCustomer(app);
    const res = ZConsentHistoryResponseSchema.parse(
      (await b.client.json(b.client.get('/api/consent/history'))).body,
    );
    expect(res.items).toEqual([]);
  });
});

describe('consent receipts', () => {
  it('when the customer downloads the JSON receipt, then it is an attachment whose detached JWS verifies', async () => {
    const { customer, client } = await signedInCustomer(app);
    await put(client, '/api/consent/newsletter/email', { granted: true, noticeVersion: NOTICE });

    const res = await client.get('/api/consent/receipt');

    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="consent-receipt-2026-11-02\.json"$/,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const signed = ZSignedConsentReceiptSchema.parse(await res.json());
    expect(signed.receipt.subject).toEqual({
      customerId: customer.id,
      customerNumber: customer.customerNumber,
    });
    expect(signed.receipt.consents.find((c) => c.purpose === 'newsletter')).toMatchObject({
      granted: true,
      method: 'portal',
      noticeVersion: NOTICE,
    });
    expect(signed.receipt.ledger.entries).toBe(1);
    const verify = (body: unknown) =>
      client.json<{ valid: boolean }>(client.post('/api/consent/receipt/verify', body));
    expect((await verify(signed)).body).toEqual({ valid: true });
    expect((await auditRows(app, customer.id, 'consent.receipt')).map((a) => a.action)).toEqual([
      'consent.receipt.issued',
    ]);
  });

  it('when a receipt or its signature is changed, then it no longer verifies', async () => {
    const { client } = await signedInCustomer(app);
    await put(client, '/api/consent/newsletter/email', { granted: true, noticeVersion: NOTICE });
    const signed = ZSignedConsentReceiptSchema.parse(
      await (await client.get('/api/consent/receipt')).json(),
    );
    const verify = async (body: unknown) =>
      (await client.json<{ valid: boolean }>(client.post('/api/consent/receipt/verify', body))).body
        .valid;

    const tamperedConsent = structuredClone(signed);
    tamperedConsent.receipt.consents = tamperedConsent.receipt.consents.map((c) => ({
      ...c,
      granted: !c.granted,
    }));
    const tamperedSubject = structuredClone(signed);
    tamperedSubject.receipt.subject.customerNumber = 'T-someone-else';
    const [header, signature] = signed.signature.split('..');
    const flipped = `${header}..${signature?.startsWith('A') ? 'B' : 'A'}${signature?.slice(1)}`;

    expect(await verify(signed)).toBe(true);
    expect(await verify(tamperedConsent)).toBe(false);
    expect(await verify(tamperedSubject)).toBe(false);
    expect(await verify({ receipt: signed.receipt, signature: flipped })).toBe(false);
    expect(await verify({ receipt: signed.receipt, signature: 'eyJhbGciOiJub25lIn0..' })).toBe(
      false,
    );
  });

  it('when the customer downloads the HTML receipt, then it is a self-contained attachment in their language with the signed data', async () => {
    const { client } = await signedInCustomer(app);
    await put(client, '/api/consent/newsletter/email', { granted: true, noticeVersion: NOTICE });

    const res = await client.get('/api/consent/receipt.html');
    const html = await res.text();

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="consent-receipt-2026-11-02\.html"$/,
    );
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<h1>Toestemmingsbewijs</h1>');
    expect(html).toContain('Nieuwsbrief');
    expect(html).toContain('Gegeven');
    expect(html).toMatch(/<pre id="signature">[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+<\/pre>/);
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!coco)/i);
  });
});

describe('impersonating staff', () => {
  const changes = [
    ['put', '/api/consent/:purpose/:channel'],
    ['post', '/api/consent/withdraw-all'],
    ['post', '/api/consent/gpc'],
    ['put', '/api/privacy-choices/:choice'],
    ['put', '/api/cookie-preferences/:category'],
    ['get', '/api/consent/receipt'],
    ['get', '/api/consent/receipt.html'],
  ] as const;

  it.each(changes)(
    'when %s %s is called while impersonating, then the policy refuses it with 403',
    (method, path) => {
      const route = app.routes.routes.find((r) => r.method === method && r.path === path);
      expect(route?.policy).toEqual({
        kind: 'customer',
        permission: 'manage:consent:own',
        whileImpersonating: 'forbidden',
      });
      const staffId = randomUUID();
      const customerId = randomUUID();
      const ctx = {
        requestId: 'r',
        ip: '127.0.0.1',
        userAgent: '',
        session: { id: randomUUID(), secondFactorPending: false, authenticatedAt: app.clock.now() },
        actor: { kind: 'staff', id: staffId, role: 'support-agent' },
        subject: { customerId },
        impersonation: {
          id: randomUUID(),
          customerId,
          endsAt: new Date(app.clock.now().getTime() + 600_000),
          readOnly: true,
        },
      } as unknown as TRequestContext;
      expect(() => route && authorize(route.policy, ctx, app.clock)).toThrow(
        expect.objectContaining({ status: 403 }),
      );
    },
  );

  it.each([['/api/consent'], ['/api/consent/history']])(
    'when GET %s is called while impersonating, then it is allowed (read-only, audited)',
    (path) => {
      const route = app.routes.routes.find((r) => r.method === 'get' && r.path === path);
      expect(route?.policy).toEqual({
        kind: 'customer',
        permission: 'manage:consent:own',
        whileImpersonating: 'allowed',
      });
    },
  );
});

describe('the consent_ledger table', () => {
  async function customerWithEntry() {
    const customer = await createCustomer(app.db, app.hasher, { password: null });
    await app.db.insert(consentLedger).values({
      customerId: customer.id,
      kind: 'consent',
      purpose: 'newsletter',
      channel: 'email',
      granted: true,
      noticeVersion: NOTICE,
      method: 'sign-up',
      actor: `customer:${customer.id}`,
    });
    return customer;
  }

  it.each([
    [
      'UPDATE',
      (id: string) => sql`update consent_ledger set granted = false where customer_id = ${id}`,
    ],
    ['DELETE', (id: string) => sql`delete from consent_ledger where customer_id = ${id}`],
    ['TRUNCATE', () => sql`truncate consent_ledger`],
  ])('when the application runs %s on it, then the database refuses', async (_op, statement) => {
    const customer = await customerWithEntry();
    // Drizzle wraps the driver's error; the trigger's message is on its cause. TRUNCATE is not even
    // granted to the application's role (migration 0008), so the grant refuses it before the trigger.
    await expect(app.db.execute(statement(customer.id))).rejects.toMatchObject({
      cause: expect.objectContaining({ message: expect.stringMatching(/append-only|permission denied/) }),
    });
    expect(await ledgerRows(app, customer.id)).toHaveLength(1);
  });

  it('when a row breaks the rules (no channel on a consent, an unknown method), then the database refuses it', async () => {
    const customer = await createCustomer(app.db, app.hasher, { password: null });
    const base = {
      customerId: customer.id,
      purpose: 'newsletter',
      granted: true,
      noticeVersion: NOTICE,
      actor: `customer:${customer.id}`,
    };
    await expect(
      app.db
        .insert(consentLedger)
        .values({ ...base, kind: 'consent', channel: null, method: 'portal' }),
    ).rejects.toThrow();
    await expect(
      app.db
        .insert(consentLedger)
        .values({
          ...base,
          kind: 'consent',
          channel: 'email',
          method: 'carrier-pigeon' as 'portal',
        }),
    ).rejects.toThrow();
  });

  it('when the customer row itself is deleted, then its ledger goes with it (the one way out)', async () => {
    const customer = await customerWithEntry();
    await app.db.execute(sql`delete from customers where id = ${customer.id}`);
    expect(await ledgerRows(app, customer.id)).toEqual([]);
  });
});
