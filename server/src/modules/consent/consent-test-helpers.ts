// Shared by the consent route tests (not part of the app).
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TTestApp } from '../../../test/test-app.ts';
import { TestClient } from '../../../test/test-client.ts';
import { createCustomer, TEST_PASSWORD } from '../../../test/fixtures/principals.ts';

export async function signedInCustomer(
  app: TTestApp,
  overrides: Parameters<typeof createCustomer>[2] = {},
) {
  const customer = await createCustomer(app.db, app.hasher, overrides);
  const client = new TestClient(app);
  const res = await client.json(
    client.post('/api/auth/sign-in', { email: customer.email, password: TEST_PASSWORD }),
  );
  expect(res.status).toBe(200);
  return { customer, client };
}

export type TLedgerRowOut = {
  seq: number;
  kind: string;
  purpose: string;
  channel: string | null;
  granted: boolean;
  notice_version: string;
  method: string;
  ip_hash: string | null;
  user_agent_family: string | null;
  gpc_signal: boolean;
  actor: string;
  wording: string | null;
};

export async function ledgerRows(app: TTestApp, customerId: string): Promise<TLedgerRowOut[]> {
  const result = await app.db.execute<TLedgerRowOut>(
    sql`select seq::int as seq, kind, purpose, channel, granted, notice_version, method, ip_hash, user_agent_family, gpc_signal, actor, wording
        from consent_ledger where customer_id = ${customerId} order by seq`,
  );
  return result.rows;
}

export type TAuditRowOut = {
  action: string;
  outcome: string;
  actor_kind: string;
  actor_id: string | null;
  target_id: string | null;
  details: Record<string, unknown>;
};

export async function auditRows(
  app: TTestApp,
  customerId: string,
  prefix = 'consent.',
): Promise<TAuditRowOut[]> {
  const result = await app.db.execute<TAuditRowOut>(
    sql`select action, outcome, actor_kind, actor_id, target_id, details from audit_events
        where subject_customer_id = ${customerId} and action like ${`${prefix}%`} order by seq`,
  );
  return result.rows;
}

export const put = (
  client: TestClient,
  path: string,
  body: unknown,
  headers?: Record<string, string>,
) => client.json(client.call('PUT', path, body, headers));
