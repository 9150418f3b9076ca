import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '../../../test/setup/test-database.ts';
import { createFakeClock } from '../../lib/clock.ts';
import { createServerSecret } from '../../lib/server-secret.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import { createAuditRecorder } from './audit-recorder.ts';
import { readAuditEventsAfter } from './audit.repository.ts';

let database: TTestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('audit recorder', () => {
  it('when staff act while impersonating, then the row holds both identities and hashes, not raw ids', async () => {
    const clock = createFakeClock();
    const secret = createServerSecret(randomBytes(32));
    const record = createAuditRecorder({ clock, secret });
    const staffId = randomUUID();
    const customerId = randomUUID();
    const impersonationId = randomUUID();
    const sessionId = randomUUID();
    const ctx = {
      requestId: randomUUID(),
      ip: '203.0.113.7',
      userAgent: 'test',
      session: { id: sessionId },
      actor: { kind: 'staff', id: staffId, role: 'support' },
      subject: { customerId },
      impersonation: { id: impersonationId, customerId, endsAt: clock.now(), readOnly: true },
    } as unknown as TRequestContext;

    await record(database.db, ctx, {
      action: 'personal-data.viewed',
      outcome: 'success',
      details: { view: 'records', category: 'contact' },
    });
    await record(
      database.db,
      { ...ctx, actor: null, subject: null, session: null, impersonation: null },
      {
        action: 'auth.sign-in.failed',
        outcome: 'failure',
        actor: null,
        details: { method: 'password' },
      },
    );

    const [viewed, failed] = await readAuditEventsAfter(database.db, 0, { limit: 10 });
    expect(viewed).toMatchObject({
      actorKind: 'staff',
      actorId: staffId,
      subjectCustomerId: customerId,
      impersonationId,
      requestId: ctx.requestId,
      sessionIdHash: secret.hmac('audit-session', sessionId),
      ipHash: secret.hmac('audit-ip', '203.0.113.7'),
      occurredAt: clock.now(),
    });
    expect(JSON.stringify(viewed)).not.toContain('203.0.113.7');
    expect(failed).toMatchObject({
      actorKind: 'anonymous',
      actorId: null,
      subjectCustomerId: null,
      sessionIdHash: null,
    });
  });

  it('when a typed event carries details its type does not declare, then nothing is appended', async () => {
    const record = createAuditRecorder({ clock: createFakeClock(), secret: createServerSecret(randomBytes(32)) });
    const ctx = { requestId: randomUUID(), ip: '203.0.113.7', userAgent: 'test', session: null, actor: null, subject: null, impersonation: null } as TRequestContext;
    const before = await readAuditEventsAfter(database.db, 0, { limit: 100 });

    const untyped = { action: 'auth.sign-out', outcome: 'success', details: { email: 'someone@example.test' } } as unknown as Parameters<typeof record>[2];
    await expect(record(database.db, ctx, untyped)).rejects.toThrow();
    await expect(
      record(database.db, ctx, { action: 'staff.customers.searched', outcome: 'success', details: { queryKind: 'email', resultCount: -1 } }),
    ).rejects.toThrow();

    expect(await readAuditEventsAfter(database.db, 0, { limit: 100 })).toHaveLength(before.length);
  });
});
