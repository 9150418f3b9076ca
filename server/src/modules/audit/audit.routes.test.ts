import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AUDIT_COLUMNS,
  ZAccessLogResponseSchema,
  ZAuditEntrySchema,
  ZAuditSearchResponseSchema,
  ZAuditVerificationSchema,
  type TAccessLogEntry,
} from '@portal/shared/schemas/audit.schema';
import { auditRowsLike, REASON, startImpersonation } from '../../../test/fixtures/impersonation.ts';
import { signedInNewCustomer, signedInNewStaff } from '../../../test/fixtures/sign-in.ts';
import { startTestApp, type TTestApp } from '../../../test/test-app.ts';
import type { TestClient } from '../../../test/test-client.ts';

let app: TTestApp;
beforeAll(async () => {
  app = await startTestApp({ profile: 'cocomo' });
  app.clock.set(new Date('2026-11-02T09:00:00Z'));
});
afterAll(async () => {
  await app.close();
});
beforeEach(async () => {
  await app.resetRateLimits();
});

/** RFC 4180, enough for the export: quoted cells with doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  return rows;
}

/** A customer whom a support agent opened, viewed, tried to change and left; returns the cast. */
async function impersonatedCustomer() {
  const customer = await signedInNewCustomer(app);
  const agent = await signedInNewStaff(app, 'support-agent');
  await agent.client.get(`/api/staff/customers/${customer.customer.id}`);
  await startImpersonation(agent.client, customer.customer.id);
  expect((await agent.client.get('/api/my-data')).status).toBe(200);
  expect((await agent.client.call('PUT', '/api/consent/newsletter/email', { granted: true })).status).toBe(403);
  await agent.client.post('/api/impersonation/stop');
  return { customer, agent };
}

const accessLog = async (client: TestClient) => ZAccessLogResponseSchema.parse((await client.json(client.get('/api/my-data/access-log?language=en'))).body);

describe('the audit viewer', () => {
  it('when a privacy officer filters by customer, staff, type and date, then each narrows the list, and the search is audited without its values', async () => {
    const { customer, agent } = await impersonatedCustomer();
    const officer = await signedInNewStaff(app, 'privacy-officer');
    const get = async (query: string) => {
      const res = await officer.client.json(officer.client.get(`/api/staff/audit/events?${query}`));
      expect(res.status).toBe(200);
      return ZAuditSearchResponseSchema.parse(res.body).entries;
    };

    const ofCustomer = await get(`customer=${customer.customer.customerNumber}`);
    expect(ofCustomer.length).toBeGreaterThan(3);
    expect(ofCustomer.every((e) => e.customerId === customer.customer.id && e.customer === customer.customer.customerNumber)).toBe(true);
    expect(ofCustomer.map((e) => e.seq)).toEqual([...ofCustomer.map((e) => e.seq)].sort((a, b) => b - a));

    const ofStaff = await get(`staff=${agent.staff.staffNumber}&customer=${customer.customer.id}`);
    expect(ofStaff.every((e) => e.actorId === agent.staff.id && e.actor === `staff ${agent.staff.staffNumber} (support-agent)`)).toBe(true);

    const started = await get(`customer=${customer.customer.id}&action=impersonation.started`);
    expect(started).toHaveLength(1);
    expect(started[0]?.impersonationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(started[0]?.details ?? '{}')).toMatchObject({ ticketReference: 'SUP-2041' });

    expect(await get(`customer=${customer.customer.id}&from=2026-11-03`)).toEqual([]);
    expect((await get(`customer=${customer.customer.id}&from=2026-11-02&to=2026-11-02`)).length).toBe(ofCustomer.length);
    expect(await get('customer=NOBODY-000')).toEqual([]);

    const searches = await auditRowsLike(app, 'audit.log.searched', { actor: officer.staff.id });
    expect(searches[0]?.details).toEqual({ filters: ['customer'] });
    expect(JSON.stringify(searches)).not.toContain(customer.customer.customerNumber);
  });

  it('when the entries are exported as CSV and JSON, then both carry exactly the screen’s columns and rows, as an attachment', async () => {
    const { customer } = await impersonatedCustomer();
    const officer = await signedInNewStaff(app, 'privacy-officer');
    const query = `customer=${customer.customer.id}`;
    const screen = ZAuditSearchResponseSchema.parse((await officer.client.json(officer.client.get(`/api/staff/audit/events?${query}&limit=200`))).body).entries;

    const csv = await officer.client.get(`/api/staff/audit/events/export?${query}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-trail-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...rows] = parseCsv(await csv.text());
    expect(header).toEqual([...AUDIT_COLUMNS]);
    expect(rows).toEqual(screen.map((entry) => AUDIT_COLUMNS.map((column) => (entry[column] === null ? '' : String(entry[column])))));

    const json = await officer.client.get(`/api/staff/audit/events/export?${query}&format=json`);
    expect(json.headers.get('content-disposition')).toMatch(/\.json"$/);
    const exported = ZAuditEntrySchema.array().parse(JSON.parse(await json.text()));
    expect(exported).toEqual(screen);
    expect(Object.keys(exported[0] ?? {})).toEqual([...AUDIT_COLUMNS]);

    expect((await auditRowsLike(app, 'audit.log.exported', { actor: officer.staff.id })).map((r) => r.details.format)).toEqual(['csv', 'json']);
  });

  it('when the export has nothing to show, then it is still well-formed', async () => {
    const officer = await signedInNewStaff(app, 'privacy-officer');
    const json = await officer.client.get('/api/staff/audit/events/export?customer=NOBODY-000&format=json');
    expect(JSON.parse(await json.text())).toEqual([]);
  });

  it.each(['support-agent'] as const)('when a %s asks, then 403 for search, export and verify', async (role) => {
    const { client } = await signedInNewStaff(app, role);
    expect((await client.get('/api/staff/audit/events')).status).toBe(403);
    expect((await client.get('/api/staff/audit/events/export?format=csv')).status).toBe(403);
    expect((await client.post('/api/staff/audit/verify')).status).toBe(403);
  });
});

describe('who touched my data', () => {
  it('when support opened the account, then the customer sees who (role and first name), why, what was viewed, what was refused, and that the chain verifies', async () => {
    const { customer, agent } = await impersonatedCustomer();

    const log = await accessLog(customer.client);

    expect(log.chain.verified).toBe(true);
    const impersonation = log.entries.find((e): e is Extract<TAccessLogEntry, { kind: 'impersonation' }> => e.kind === 'impersonation');
    expect(impersonation).toMatchObject({
      staff: { role: 'support-agent', firstName: 'Eva' },
      reason: REASON,
      reasonCategory: 'customer-request',
      ticketReference: 'SUP-2041',
      endReason: 'stopped',
      refused: 1,
      verified: true,
    });
    expect(impersonation?.viewed).toEqual([expect.objectContaining({ view: 'overview', category: null })]);
    expect(log.entries).toContainEqual(expect.objectContaining({ kind: 'staff-access', action: 'staff.customer.viewed', staff: { role: 'support-agent', firstName: 'Eva' } }));
    // Another customer sees none of it.
    const other = await signedInNewCustomer(app);
    expect((await accessLog(other.client)).entries).toEqual([]);
    expect(agent.staff.firstName).toBe('Eva');
  });

  it('when the customer corrects a field, then the system it went to is listed', async () => {
    const { client } = await signedInNewCustomer(app);
    const overview = await client.json<{ categories: { id: string; fields: { key: string; version?: number }[]; version?: number }[] }>(client.get('/api/my-data'));
    expect(overview.status).toBe(200);
    const res = await client.call('PATCH', '/api/my-data/fields', { category: 'account', field: 'givenName', value: 'Saskia', version: 1 });
    expect(res.status).toBe(200);

    const log = await accessLog(client);

    expect(log.entries).toEqual([expect.objectContaining({ kind: 'correction', fieldLabel: expect.any(String), system: expect.objectContaining({ id: expect.any(String) }), verified: true })]);
  });

  describe('tampering (last: it breaks this database’s chain)', () => {
    it('when the reason kept with an impersonation is edited, then that entry is no longer verified', async () => {
      const { customer } = await impersonatedCustomer();
      await app.db.execute(sql`update impersonation_sessions set reason = 'Nothing to see here, move along.' where customer_id = ${customer.customer.id}`);

      const log = await accessLog(customer.client);

      expect(log.entries.find((e) => e.kind === 'impersonation')).toMatchObject({ reason: 'Nothing to see here, move along.', verified: false });
      expect(log.chain.verified).toBe(true);
    });

    it('when an audit row of the customer is rewritten by the owner, then the page and the officer’s verify both say so, with the first bad seq', async () => {
      const { customer } = await impersonatedCustomer();
      const [started] = await auditRowsLike(app, 'impersonation.started', { subject: customer.customer.id });
      await app.ownerDb.execute(sql.raw(`begin; alter table audit_events disable trigger all;
        update audit_events set details = jsonb_set(details, '{ticketReference}', '"SUP-9999"') where seq = ${started?.seq};
        alter table audit_events enable trigger all; commit`));

      const log = await accessLog(customer.client);
      expect(log.chain.verified).toBe(false);
      expect(log.entries.find((e) => e.kind === 'impersonation')).toMatchObject({ verified: false });

      const officer = await signedInNewStaff(app, 'privacy-officer');
      const res = await officer.client.json(officer.client.post('/api/staff/audit/verify'));
      expect(ZAuditVerificationSchema.parse(res.body)).toMatchObject({ ok: false, firstBadSeq: started?.seq, reason: 'hash-mismatch' });
      expect((await auditRowsLike(app, 'audit.log.verified', { actor: officer.staff.id }))[0]?.details).toEqual({
        ok: false,
        firstBadSeq: started?.seq,
        reason: 'hash-mismatch',
      });
    });
  });
});
