import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '../../../test/setup/test-database.ts';
import { withTransaction } from '../../db/client.ts';
import { createFakeClock } from '../../lib/clock.ts';
import { generateSigningKeys, type TSigningKeys } from '../../lib/tokens/signing-keys.ts';
import { createTokenService } from '../../lib/tokens/token-service.ts';
import { AuditChainBrokenError } from './audit-checkpoints.ts';
import type { TAuditEventInput } from './audit-event.ts';
import { createAuditService, type TAuditService } from './audit.service.ts';

const ISSUER = 'https://portal.example';
let database: TTestDatabase;
let keys: TSigningKeys;
let audit: TAuditService;
const clock = createFakeClock();

beforeAll(async () => {
  database = await createTestDatabase();
  keys = await generateSigningKeys();
  const tokens = createTokenService({ keys, issuer: ISSUER, clock });
  audit = createAuditService({ db: database.db, tokens, now: () => clock.now() });
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await database.pool.query(`begin;
    alter table audit_events disable trigger all; alter table audit_checkpoints disable trigger all;
    truncate audit_events, audit_checkpoints;
    alter table audit_events enable trigger all; alter table audit_checkpoints enable trigger all;
    commit`);
});

const event = (): TAuditEventInput => ({
  action: 'consent.marketing.withdrawn',
  outcome: 'success',
  actorKind: 'customer',
  actorId: randomUUID(),
});

async function appendMany(count: number): Promise<void> {
  await withTransaction(database.db, async (tx) => {
    for (let i = 0; i < count; i += 1) await audit.append(tx, event());
  });
}

describe('audit checkpoints', () => {
  it('when the log is empty, then there is nothing to sign', async () => {
    expect(await audit.writeCheckpoint()).toBeNull();
    expect(await audit.maybeCheckpoint()).toBeNull();
  });

  it('when the first events arrive, then the first checkpoint is due at once and signs the head', async () => {
    await appendMany(3);

    const checkpoint = await audit.maybeCheckpoint();

    expect(checkpoint).toMatchObject({ seq: 3, createdAt: clock.now() });
    expect(await audit.verify()).toMatchObject({ ok: true, checkpoints: 1, lastCheckpointSeq: 3 });
  });

  it('when fewer than 1,000 events and less than an hour passed, then none is written; past an hour, one is', async () => {
    await appendMany(1);
    await audit.writeCheckpoint();
    await appendMany(10);

    clock.advance(59 * 60 * 1000);
    expect(await audit.maybeCheckpoint()).toBeNull();
    clock.advance(60 * 1000);
    expect(await audit.maybeCheckpoint()).toMatchObject({ seq: 11 });
  });

  it('when 1,000 events follow the last checkpoint, then one is due without waiting an hour', async () => {
    await appendMany(1);
    await audit.writeCheckpoint();
    await appendMany(999);
    expect(await audit.maybeCheckpoint()).toBeNull();

    await appendMany(1);

    expect(await audit.maybeCheckpoint()).toMatchObject({ seq: 1001 });
  });

  it('when nothing was appended since the last checkpoint, then no new one is written, even after hours', async () => {
    await appendMany(2);
    const first = await audit.writeCheckpoint();
    clock.advance(5 * 60 * 60 * 1000);

    expect(await audit.maybeCheckpoint()).toBeNull();
    expect(await audit.writeCheckpoint()).toEqual(first);
  });

  it('when the chain since the last checkpoint is broken, then no checkpoint is signed over it', async () => {
    await appendMany(3);
    await audit.writeCheckpoint();
    await appendMany(3);
    await database.pool.query(`begin; alter table audit_events disable trigger all;
      update audit_events set details = '{"x":1}' where seq = 5;
      alter table audit_events enable trigger all; commit`);

    const error = await audit.writeCheckpoint().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AuditChainBrokenError);
    expect(error).toMatchObject({ firstBadSeq: 5, reason: 'hash-mismatch' });
  });

  it('when the schedule runs, then it writes a due checkpoint and stops when told', async () => {
    await appendMany(2);

    const stop = audit.startCheckpointSchedule({ intervalMs: 10 });
    for (let i = 0; i < 100 && !(await latestSeq()); i += 1) await sleep(10);
    stop();

    expect(await latestSeq()).toBe(2);
  });
});

async function latestSeq(): Promise<number | undefined> {
  const { rows } = await database.pool.query<{ seq: string }>(
    'select max(seq) as seq from audit_checkpoints',
  );
  return rows[0]?.seq == null ? undefined : Number(rows[0].seq);
}

describe('audit:verify CLI', () => {
  const run = async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'custodia-audit-cli-'));
    try {
      const result = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'src/modules/audit/verify-cli.ts'],
        {
          cwd: join(import.meta.dirname, '../../..'),
          env: {
            ...process.env,
            DATABASE_URL: database.connectionString,
            DATA_DIR: dataDir,
            PUBLIC_ORIGIN: ISSUER,
            SIGNING_KEY_JWK: JSON.stringify(keys.privateKey.export({ format: 'jwk' })),
          },
        },
      ).then(
        ({ stdout }) => ({ code: 0, stdout }),
        (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
      );
      return result;
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  };

  it('when the log is intact, then it prints OK and exits 0; when broken, the first bad seq and exits 1', async () => {
    await appendMany(4);
    await audit.writeCheckpoint();

    const intact = await run();
    expect(intact).toMatchObject({ code: 0 });
    expect(intact.stdout).toMatch(/OK: 4 events valid \(up to seq 4\), 1 checkpoints valid/);

    await database.pool.query(`begin; alter table audit_events disable trigger all;
      delete from audit_events where seq = 2; alter table audit_events enable trigger all; commit`);
    const broken = await run();
    expect(broken).toMatchObject({ code: 1 });
    expect(broken.stdout).toMatch(/BROKEN: first bad seq 2 \(gap\)/);
  }, 30_000);
});
