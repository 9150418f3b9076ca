import { randomUUID } from 'node:crypto';
import { base64url, SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '../../../test/setup/test-database.ts';
import { createFakeClock } from '../../lib/clock.ts';
import { generateSigningKeys, type TSigningKeys } from '../../lib/tokens/signing-keys.ts';
import { TOKEN_KINDS } from '../../lib/tokens/token-kinds.ts';
import { createTokenService, type TTokenService } from '../../lib/tokens/token-service.ts';
import { hashAuditEvent } from './audit-hash.ts';
import { readAuditEventsAfter } from './audit.repository.ts';
import { createAuditService, type TAuditService } from './audit.service.ts';

const ISSUER = 'https://portal.example';
const checkpointSpec = TOKEN_KINDS['audit-checkpoint'];
let database: TTestDatabase;
let keys: TSigningKeys;
let tokens: TTokenService;
let audit: TAuditService;
const clock = createFakeClock();

beforeAll(async () => {
  database = await createTestDatabase();
  keys = await generateSigningKeys();
  tokens = createTokenService({ keys, issuer: ISSUER, clock });
  audit = createAuditService({ db: database.db, tokens, now: () => clock.now() });
});
afterAll(async () => {
  await database.close();
});

/** Changes the log behind the app's back, as an attacker with the owner's or a superuser's rights could. */
async function tamper(statements: string, params: unknown[] = []): Promise<void> {
  const client = await database.pool.connect();
  try {
    await client.query('begin');
    await client.query('alter table audit_events disable trigger all');
    await client.query('alter table audit_checkpoints disable trigger all');
    await client.query(statements, params);
    await client.query('alter table audit_events enable trigger all');
    await client.query('alter table audit_checkpoints enable trigger all');
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

/** Eight events; a checkpoint at 6 when asked. */
async function buildLog(options: { checkpointAt6?: boolean } = {}): Promise<void> {
  for (let seq = 1; seq <= 8; seq += 1) {
    clock.advance(1000);
    await audit.append(database.db, {
      action: 'personal-data.profile.viewed',
      outcome: 'success',
      actorKind: 'staff',
      actorId: randomUUID(),
      subjectCustomerId: randomUUID(),
      details: { category: 'contact', code: `c${seq}` },
    });
    if (seq === 6 && options.checkpointAt6) await audit.writeCheckpoint();
  }
}

async function hashAt(seq: number): Promise<string> {
  const { rows } = await database.pool.query<{ hash: string }>(
    'select hash from audit_events where seq = $1',
    [seq],
  );
  return rows[0]!.hash;
}

async function insertCheckpoint(seq: number, hash: string, jws: string): Promise<void> {
  await database.pool.query(
    'insert into audit_checkpoints (seq, hash, jws, created_at) values ($1, $2, $3, now())',
    [seq, hash, jws],
  );
}

const flipHex = (hex: string) => `${hex[0] === '0' ? '1' : '0'}${hex.slice(1)}`;

beforeEach(async () => {
  await tamper('truncate audit_events, audit_checkpoints');
});

describe('audit verifier: the chain', () => {
  it('when nothing was changed, then the log verifies', async () => {
    await buildLog({ checkpointAt6: true });

    expect(await audit.verify()).toEqual({
      ok: true,
      lastSeq: 8,
      events: 8,
      checkpoints: 1,
      lastCheckpointSeq: 6,
    });
  });

  it('when the log is empty, then it verifies with lastSeq 0', async () => {
    expect(await audit.verify()).toMatchObject({ ok: true, lastSeq: 0, events: 0 });
  });

  it('when one byte of details changes, then the first bad seq is that row (hash mismatch)', async () => {
    await buildLog();
    await tamper(
      `update audit_events set details = '{"category":"contact","code":"c5"}' where seq = 4`,
    );

    expect(await audit.verify()).toMatchObject({
      ok: false,
      firstBadSeq: 4,
      reason: 'hash-mismatch',
    });
  });

  it('when the time of a row moves by one millisecond, then that row is caught', async () => {
    await buildLog();
    await tamper(
      `update audit_events set occurred_at = occurred_at + interval '1 millisecond' where seq = 3`,
    );

    expect(await audit.verify()).toMatchObject({
      ok: false,
      firstBadSeq: 3,
      reason: 'hash-mismatch',
    });
  });

  it('when a bit of a stored hash or prev_hash flips, then that row is caught', async () => {
    await buildLog();
    await tamper('update audit_events set hash = $1 where seq = 5', [flipHex(await hashAt(5))]);
    expect(await audit.verify()).toMatchObject({
      ok: false,
      firstBadSeq: 5,
      reason: 'hash-mismatch',
    });

    await tamper('truncate audit_events');
    await buildLog();
    await tamper('update audit_events set prev_hash = $1 where seq = 5', [
      flipHex(await hashAt(4)),
    ]);
    expect(await audit.verify()).toMatchObject({
      ok: false,
      firstBadSeq: 5,
      reason: 'prev-hash-mismatch',
    });
  });

  it('when a row is deleted, then its seq is reported as a gap', async () => {
    await buildLog();
    await tamper('delete from audit_events where seq = 4');

    expect(await audit.verify()).toMatchObject({ ok: false, firstBadSeq: 4, reason: 'gap' });
  });

  it('when two rows swap their contents, then the earlier one is caught', async () => {
    await buildLog();
    await tamper(`update audit_events a set occurred_at = b.occurred_at, action = b.action, actor_id = b.actor_id,
        subject_customer_id = b.subject_customer_id, details = b.details, prev_hash = b.prev_hash, hash = b.hash
      from audit_events b where (a.seq, b.seq) in ((3, 6), (6, 3))`);

    expect(await audit.verify()).toMatchObject({
      ok: false,
      firstBadSeq: 3,
      reason: 'prev-hash-mismatch',
    });
  });

  it('when two rows swap their events but keep their hashes, then the earlier one is caught', async () => {
    await buildLog();
    await tamper(`update audit_events a set actor_id = b.actor_id, subject_customer_id = b.subject_customer_id, details = b.details
      from audit_events b where (a.seq, b.seq) in ((3, 6), (6, 3))`);

    expect(await audit.verify()).toMatchObject({
      ok: false,
      firstBadSeq: 3,
      reason: 'hash-mismatch',
    });
  });

  it('when a row is duplicated under a new seq, then the copy is caught, even re-linked to the head', async () => {
    await buildLog();
    const copy = `insert into audit_events select 9, occurred_at, action, outcome, actor_kind, actor_id, subject_customer_id,
      impersonation_id, session_id_hash, request_id, target_type, target_id, ip_hash, details, %PREV%, hash
      from audit_events where seq = 3`;
    await tamper(copy.replace('%PREV%', 'prev_hash'));
    expect(await audit.verify()).toMatchObject({
      ok: false,
      firstBadSeq: 9,
      reason: 'prev-hash-mismatch',
    });

    await tamper('delete from audit_events where seq = 9');
    await tamper(copy.replace('%PREV%', '$1::text'), [await hashAt(8)]);
    expect(await audit.verify()).toMatchObject({
      ok: false,
      firstBadSeq: 9,
      reason: 'hash-mismatch',
    });
  });

  it('when a range is asked for, then only that range is walked', async () => {
    await buildLog({ checkpointAt6: true });
    await tamper(`update audit_events set details = '{}' where seq = 2`);

    expect(await audit.verify({ from: 3 })).toMatchObject({
      ok: true,
      lastSeq: 8,
      events: 6,
      checkpoints: 1,
    });
    expect(await audit.verify({ to: 1 })).toMatchObject({ ok: true, lastSeq: 1, events: 1 });
    expect(await audit.verify({ from: 20 })).toMatchObject({ ok: true, events: 0 });
    expect(await audit.verify({ from: 2, to: 4 })).toMatchObject({ ok: false, firstBadSeq: 2 });
  });
});

describe('audit verifier: checkpoints', () => {
  it('when rows are rewritten and the chain re-hashed after them, then the next checkpoint catches it', async () => {
    await buildLog({ checkpointAt6: true });
    // The attacker knows the algorithm but not the key: rewrite seq 3 and re-chain everything after.
    const rows = await readAuditEventsAfter(database.db, 0, { limit: 100 });
    let prevHash = rows[1]!.hash;
    for (const row of rows.slice(2)) {
      const details = row.seq === 3 ? { category: 'contact', code: 'forged' } : row.details;
      const hash = hashAuditEvent(prevHash, row.seq, { ...row, details });
      await tamper(
        'update audit_events set details = $1, prev_hash = $2, hash = $3 where seq = $4',
        [details, prevHash, hash, row.seq],
      );
      prevHash = hash;
    }

    expect(await audit.verify({ to: 5 })).toMatchObject({ ok: true });
    expect(await audit.verify()).toMatchObject({
      ok: false,
      firstBadSeq: 6,
      reason: 'checkpoint-mismatch',
    });
  });

  it('when the tail after a checkpoint is cut off, then the verifier reports where the log now ends', async () => {
    await buildLog({ checkpointAt6: true });
    await tamper('delete from audit_events where seq >= 5');

    expect(await audit.verify()).toMatchObject({ ok: false, firstBadSeq: 5, reason: 'truncated' });
  });

  it('when a checkpoint is signed with another key, then it is caught at its seq', async () => {
    await buildLog();
    const other = createTokenService({ keys: await generateSigningKeys(), issuer: ISSUER, clock });
    await insertCheckpoint(
      4,
      await hashAt(4),
      await other.sign('audit-checkpoint', { seq: 4, hash: await hashAt(4) }, {}),
    );

    expect(await audit.verify()).toMatchObject({
      ok: false,
      firstBadSeq: 4,
      reason: 'checkpoint-invalid',
    });
  });

  it('when a checkpoint from another key claims our kid, then the signature check catches it', async () => {
    await buildLog();
    const other = await generateSigningKeys();
    const payload = {
      seq: 4,
      hash: await hashAt(4),
      iss: ISSUER,
      aud: checkpointSpec.aud,
      iat: 1,
      jti: randomUUID(),
    };
    const forged = await new SignJWT(payload)
      .setProtectedHeader({ alg: 'EdDSA', typ: checkpointSpec.typ, kid: keys.kid })
      .sign(other.privateKey);
    await insertCheckpoint(4, payload.hash, forged);

    expect(await audit.verify()).toMatchObject({
      ok: false,
      firstBadSeq: 4,
      reason: 'checkpoint-invalid',
    });
  });

  it('when a checkpoint says alg none or HS256 keyed with the public key, then it is caught', async () => {
    await buildLog();
    const payload = {
      seq: 4,
      hash: await hashAt(4),
      iss: ISSUER,
      aud: checkpointSpec.aud,
      iat: 1,
      jti: randomUUID(),
    };
    const header = { typ: checkpointSpec.typ, kid: keys.kid };
    const none = `${base64url.encode(JSON.stringify({ ...header, alg: 'none' }))}.${base64url.encode(JSON.stringify(payload))}.`;
    await insertCheckpoint(4, payload.hash, none);
    expect(await audit.verify()).toMatchObject({
      ok: false,
      firstBadSeq: 4,
      reason: 'checkpoint-invalid',
    });

    await tamper('delete from audit_checkpoints');
    const hs256 = await new SignJWT(payload)
      .setProtectedHeader({ ...header, alg: 'HS256' })
      .sign(base64url.decode(keys.publicJwks().keys[0]!.x));
    await insertCheckpoint(4, payload.hash, hs256);
    expect(await audit.verify()).toMatchObject({
      ok: false,
      firstBadSeq: 4,
      reason: 'checkpoint-invalid',
    });
  });

  it('when a genuine checkpoint’s row is edited, then it no longer matches its signature', async () => {
    await buildLog({ checkpointAt6: true });
    await tamper('update audit_checkpoints set hash = $1 where seq = 6', [
      flipHex(await hashAt(6)),
    ]);

    expect(await audit.verify()).toMatchObject({
      ok: false,
      firstBadSeq: 6,
      reason: 'checkpoint-mismatch',
    });
  });

  it('when a forged checkpoint names a seq past the end, then it is caught at that seq', async () => {
    await buildLog();
    const other = createTokenService({ keys: await generateSigningKeys(), issuer: ISSUER, clock });
    await insertCheckpoint(
      20,
      'a'.repeat(64),
      await other.sign('audit-checkpoint', { seq: 20, hash: 'a'.repeat(64) }, {}),
    );

    expect(await audit.verify()).toMatchObject({
      ok: false,
      firstBadSeq: 20,
      reason: 'checkpoint-invalid',
    });
  });
});
