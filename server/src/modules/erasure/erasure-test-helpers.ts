// Shared by the erasure tests (not part of the app): requests through the API, running the saga's
// jobs by hand, and searching every table for what must be gone.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TErasureRequestView } from '@portal/shared/schemas/erasure.schema';
import type { Db } from '../../db/client.ts';
import { TEST_PASSWORD } from '../../../test/fixtures/principals.ts';
import type { TestClient } from '../../../test/test-client.ts';
import type { TTestApp } from '../../../test/test-app.ts';
import { ERASURE_SWEEP_JOB } from './erasure-jobs.ts';
import { ERASURE_FINALIZE_JOB, ERASURE_START_JOB, ERASURE_STEP_DEAD_JOB, ERASURE_STEP_JOB } from './erasure-saga-deps.ts';

export const DAY_MS = 86_400_000;

export const stepUp = async (c: TestClient) => expect((await c.post('/api/auth/step-up', { method: 'password', password: TEST_PASSWORD })).status).toBe(204);

export type TErasureAnswer = TErasureRequestView & { code?: string; fields?: Record<string, string[]> };

export const requestErasure = (c: TestClient, body: object, key: string | null = randomUUID()) =>
  c.json<TErasureAnswer>(c.post('/api/erasure-requests', body, key === null ? {} : { 'idempotency-key': key }));

/**
 * Runs every erasure job that is due, as workers would, until none is left (the saga queues its
 * next jobs as it goes). `ignoreStartAfter` also runs retries still waiting out their backoff.
 */
export async function runSaga(app: TTestApp, options: { ignoreStartAfter?: boolean; rounds?: number } = {}): Promise<number> {
  let ran = 0;
  // The sweep (a cron job in production) starts what the moved clock made due.
  await app.jobs.send(ERASURE_SWEEP_JOB, {});
  for (let round = 0; round < (options.rounds ?? 10); round++) {
    let now = 0;
    for (const name of [ERASURE_SWEEP_JOB, ERASURE_START_JOB, ERASURE_STEP_JOB, ERASURE_STEP_DEAD_JOB, ERASURE_FINALIZE_JOB]) {
      now += await app.jobs.drain(name, { ignoreStartAfter: options.ignoreStartAfter ?? true, max: 50 });
    }
    ran += now;
    if (now === 0) break;
  }
  return ran;
}

/** Every (schema, table, column) of the database where `needle` appears, case-insensitively, in any row's text. */
export async function tablesContaining(db: Db, needle: string): Promise<string[]> {
  const tables = await db.execute<{ schema: string; name: string }>(sql`
    select table_schema as schema, table_name as name from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`);
  const found: string[] = [];
  for (const { schema, name } of tables.rows) {
    const table = sql.raw(`"${schema}"."${name}"`);
    const hit = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${table} t where strpos(lower(t::text), lower(${needle})) > 0`);
    if ((hit.rows[0]?.n ?? 0) > 0) found.push(`${schema}.${name}`);
  }
  return found;
}
