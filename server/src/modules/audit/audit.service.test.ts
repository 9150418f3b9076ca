import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '../../../test/setup/test-database.ts';
import { withTransaction } from '../../db/client.ts';
import { createFakeClock } from '../../lib/clock.ts';
import { generateSigningKeys } from '../../lib/tokens/signing-keys.ts';
import { createTokenService } from '../../lib/tokens/token-service.ts';
import type { TAuditEventInput } from './audit-event.ts';
import { createAuditService, type TAuditService } from './audit.service.ts';

let database: TTestDatabase;
let audit: TAuditService;
const clock = createFakeClock();

beforeAll(async () => {
  database = await createTestDatabase({ max: 10 });
  const tokens = createTokenService({
    keys: await generateSigningKeys(),
    issuer: 'https://portal.example',
    clock,
  });
  audit = createAuditService({ db: database.db, tokens, now: () => clock.now() });
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  // Only tests may do this: as superuser, past the append-only triggers.
  await database.pool.query(`begin;
    alter table audit_events disable trigger all; alter table audit_checkpoints disable trigger all;
    truncate audit_events, audit_checkpoints;
    alter table audit_events enable trigger all; alter table audit_checkpoints enable trigger all;
    commit`);
});

const customerEvent = (overrides: Partial<TAuditEventInput> = {}): TAuditEventInput => ({
  action: 'personal-data.profile.viewed',
  outcome: 'success',
  actorKind: 'customer',
  actorId: randomUUID(),
  details: { category: 'contact' },
  ...overrides,
});

async function pgError(statement: string, params: unknown[] = []): Promise<Error> {
  return database.pool.query(statement, params).then(
    () => {
      throw new Error(`expected "${statement}" to fail`);
    },
    (error: Error) => error,
  );
}

describe('audit append', () => {
  it('when events are appended, then seqs run 1, 2, 3 and each links to the previous hash', async () => {
    const first = await audit.append(database.db, customerEvent());
    const second = await audit.append(database.db, customerEvent());
    const third = await audit.append(database.db, customerEvent());

    expect([first.seq, second.seq, third.seq]).toEqual([1, 2, 3]);
    const { rows } = await database.pool.query<{ seq: string; prev_hash: string; hash: string }>(
      'select seq, prev_hash, hash from audit_events order by seq',
    );
    expect(rows.map((r) => r.prev_hash)).toEqual(['0'.repeat(64), first.hash, second.hash]);
    expect(await audit.verify()).toMatchObject({ ok: true, lastSeq: 3, events: 3 });
  });

  it('when the caller’s transaction rolls back, then its event is gone and the next one takes its seq', async () => {
    await audit.append(database.db, customerEvent());
    await withTransaction(database.db, async (tx) => {
      await audit.append(tx, customerEvent());
      throw new Error('the action failed');
    }).catch(() => undefined);

    const next = await audit.append(database.db, customerEvent());

    expect(next.seq).toBe(2);
    expect(await audit.verify()).toMatchObject({ ok: true, lastSeq: 2 });
  });

  it('when 50 appends race over a pool, then seqs are gapless and the chain verifies', async () => {
    const appended = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        audit.append(database.db, customerEvent({ details: { n: i } })),
      ),
    );

    expect(appended.map((a) => a.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
    expect(await audit.verify()).toMatchObject({ ok: true, lastSeq: 50, events: 50 });
  });

  it('when ids arrive in upper case and time with sub-millisecond noise, then what is stored still verifies', async () => {
    const id = randomUUID().toUpperCase();
    await audit.append(
      database.db,
      customerEvent({
        actorId: id,
        subjectCustomerId: id,
        occurredAt: new Date(1_795_000_000_123.7),
      }),
    );

    const [row] = (await audit.list()).items;
    expect(row?.actorId).toBe(id.toLowerCase());
    expect(row?.occurredAt.toISOString()).toBe('2026-11-18T11:06:40.123Z');
    expect(await audit.verify()).toMatchObject({ ok: true });
  });

  it.each([
    ['a customer without an id', { actorId: null }],
    ['a system actor with an id', { actorKind: 'system' as const }],
    ['free text in details', { details: { note: 'x'.repeat(201) } }],
    ['nested details', { details: { address: { street: 'Main' } } as never }],
    ['an action that is not a code', { action: 'Viewed the profile' }],
    ['a control character', { targetId: 'a\nb' }],
  ])('when an event has %s, then append refuses it', async (_name, overrides) => {
    await expect(audit.append(database.db, customerEvent(overrides))).rejects.toThrow();
  });
});

describe('append-only enforcement', () => {
  beforeEach(async () => {
    await audit.append(database.db, customerEvent());
    await audit.append(database.db, customerEvent());
    await audit.writeCheckpoint();
  });

  it.each([
    [
      'update audit_events set action = $1',
      ['auth.sign-in.failed'],
      /audit_events is append-only: UPDATE/,
    ],
    ['delete from audit_events where seq = 2', [], /audit_events is append-only: DELETE/],
    ['truncate audit_events', [], /audit_events is append-only: TRUNCATE/],
    [
      'update audit_checkpoints set created_at = now()',
      [],
      /audit_checkpoints is append-only: UPDATE/,
    ],
    ['delete from audit_checkpoints', [], /audit_checkpoints is append-only: DELETE/],
    ['truncate audit_checkpoints', [], /audit_checkpoints is append-only: TRUNCATE/],
  ])('when the app runs "%s", then the trigger refuses it', async (statement, params, message) => {
    expect((await pgError(statement, params)).message).toMatch(message);
    expect(await audit.verify()).toMatchObject({ ok: true, lastSeq: 2, checkpoints: 1 });
  });

  it('when a row is inserted directly with the wrong seq or prev_hash, then the insert trigger refuses it', async () => {
    const insert = `insert into audit_events (seq, occurred_at, action, outcome, actor_kind, details, prev_hash, hash)
      select $1, now(), 'x.y', 'success', 'system', '{}', $2, repeat('a', 64)`;
    const { rows } = await database.pool.query<{ hash: string }>(
      'select hash from audit_events where seq = 2',
    );

    expect((await pgError(insert, [5, rows[0]!.hash])).message).toMatch(
      /seq 5 does not follow the head 2/,
    );
    expect((await pgError(insert, [3, 'b'.repeat(64)])).message).toMatch(/prev_hash of seq 3/);
  });
});

describe('audit listing', () => {
  it('when a customer reads their trail, then only their events come, newest first, page by page', async () => {
    const mine = randomUUID();
    for (let i = 0; i < 5; i += 1) {
      await audit.append(
        database.db,
        customerEvent({ subjectCustomerId: mine, details: { n: i } }),
      );
      await audit.append(database.db, customerEvent({ subjectCustomerId: randomUUID() }));
    }

    const first = await audit.listForSubject(mine, { limit: 3 });
    const second = await audit.listForSubject(mine, { limit: 3, before: first.nextCursor ?? 0 });

    expect(first.items.map((e) => e.details)).toEqual([{ n: 4 }, { n: 3 }, { n: 2 }]);
    expect(second.items.map((e) => e.details)).toEqual([{ n: 1 }, { n: 0 }]);
    expect(second.nextCursor).toBeNull();
  });

  it('when staff filter by action, actor and time, then each filter narrows the result', async () => {
    const staffId = randomUUID();
    clock.set(new Date('2026-11-02T09:00:00Z'));
    await audit.append(database.db, customerEvent());
    clock.set(new Date('2026-11-02T10:00:00Z'));
    await audit.append(database.db, {
      action: 'impersonation.session.started',
      outcome: 'success',
      actorKind: 'staff',
      actorId: staffId,
    });
    await audit.append(
      database.db,
      customerEvent({ action: 'auth.sign-in.failed', outcome: 'failure', details: { method: 'password' } }),
    );

    expect((await audit.list({ filters: { actorId: staffId } })).items.map((e) => e.seq)).toEqual([
      2,
    ]);
    expect(
      (await audit.list({ filters: { action: 'auth.sign-in.failed' } })).items.map((e) => e.seq),
    ).toEqual([3]);
    const morning = {
      from: new Date('2026-11-02T08:00:00Z'),
      to: new Date('2026-11-02T09:30:00Z'),
    };
    expect((await audit.list({ filters: morning })).items.map((e) => e.seq)).toEqual([1]);
    const paged = await audit.list({ limit: 2 });
    expect(
      (await audit.list({ limit: 2, cursor: paged.nextCursor ?? 0 })).items.map((e) => e.seq),
    ).toEqual([1]);
  });
});
