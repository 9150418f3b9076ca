// Shared by the my-data and connector tests (not part of the app): one realistic customer made by
// the demo-data generator, with a password (and optionally a TOTP secret) to sign in with.
import { randomBytes, randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { Db } from '../../db/client.ts';
import { totpCredentials } from '../../db/schema/auth.ts';
import { consentLedger } from '../../db/schema/consent.ts';
import { customers } from '../../db/schema/customers.ts';
import { generateCustomer, type TSeedScope } from '../../db/seed/generate-customer.ts';
import { insertRecords } from '../../db/seed/insert-records.ts';
import { catalogueFor } from '../../db/seed/operator-catalogue.ts';
import { ownTableCategories } from '../../db/seed/seed-categories.ts';
import { utcOffsetHours } from '../../db/seed/seed-clock.ts';
import { savePasswordHash } from '../auth/principal.repository.ts';
import type { TPasswordHasher } from '../auth/password-hasher.ts';
import { TEST_PASSWORD } from '../../../test/fixtures/principals.ts';
import { TestClient } from '../../../test/test-client.ts';
import type { TTestApp } from '../../../test/test-app.ts';

export const SEED_NOW = new Date('2026-10-01T08:00:00Z');

/** A customer with the demo generator's full history (every own-tables category), a password and a stored password hash. */
export async function seedCustomer(db: Db, profile: TProfile, options: { hasher?: TPasswordHasher; language?: string } = {}) {
  const { account, records } = ownTableCategories(profile);
  const scope: TSeedScope = {
    profile,
    catalogue: catalogueFor(profile.id),
    account,
    records,
    now: SEED_NOW,
    offsetHours: utcOffsetHours(profile.locale.timeZone, SEED_NOW),
    usedEmails: new Set(),
  };
  const index = randomInt(100, 90_000);
  const email = `seeded-${randomBytes(4).toString('hex')}@example.test`;
  const generated = generateCustomer(scope, { index, demo: { email, country: profile.locale.country, showcase: true } });
  if (options.language) generated.row.language = options.language;
  await db.transaction(async (tx) => {
    await tx.insert(customers).values(generated.row);
    await insertRecords(tx, generated.records);
    if (generated.consents.length) await tx.insert(consentLedger).values(generated.consents);
  });
  const id = generated.row.id as string;
  const passwordHash = options.hasher ? await options.hasher.hash(TEST_PASSWORD) : '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA';
  await savePasswordHash(db, { kind: 'customer', id }, passwordHash, SEED_NOW);
  return { id, email, passwordHash, row: generated.row, records: generated.records, person: generated.person };
}

/**
 * Stores a TOTP secret for the customer (after they signed in, so the session needs no second
 * step) and returns it, for tests that look for it in responses.
 */
export async function addTotpSecret(db: Db, customerId: string): Promise<string> {
  const secret = randomBytes(20).toString('hex').toUpperCase();
  await db.insert(totpCredentials).values({ principalKind: 'customer', principalId: customerId, secret, confirmedAt: SEED_NOW, createdAt: SEED_NOW });
  return secret;
}

export async function signIn(app: TTestApp, email: string): Promise<TestClient> {
  const client = new TestClient(app);
  const res = await client.json(client.post('/api/auth/sign-in', { email, password: TEST_PASSWORD }));
  expect(res.status).toBe(200);
  return client;
}

export type TAuditRowOut = {
  action: string;
  outcome: string;
  actor_kind: string;
  actor_id: string | null;
  subject_customer_id: string | null;
  target_id: string | null;
  details: Record<string, unknown>;
};

export async function auditRows(db: Db, customerId: string, prefix: string): Promise<TAuditRowOut[]> {
  const result = await db.execute<TAuditRowOut>(
    sql`select action, outcome, actor_kind, actor_id, subject_customer_id, target_id, details from audit_events
        where subject_customer_id = ${customerId} and action like ${`${prefix}%`} order by seq`,
  );
  return result.rows;
}

export const patch = (client: TestClient, body: unknown) => client.json(client.call('PATCH', '/api/my-data/fields', body));
