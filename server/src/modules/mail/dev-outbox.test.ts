import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../lib/logger.ts';
import { createMailer, type TMailer } from './create-mailer.ts';
import { listOutbox, readOutboxMessage } from './outbox-store.ts';

const OPERATOR = { companyName: 'Ánh Dương', privacyEmail: 'privacy@anhduong.example' };

describe('createMailer without SMTP_URL (development outbox)', () => {
  let outboxDir: string;
  let mailer: TMailer;

  beforeAll(async () => {
    outboxDir = await mkdtemp(join(tmpdir(), 'custodia-outbox-'));
    mailer = await createMailer(
      { from: 'no-reply@custodia.localhost', outboxDir },
      createLogger('silent'),
    );
  });

  afterAll(async () => {
    await mailer.close();
    await rm(outboxDir, { recursive: true, force: true });
  });

  it('when mail is sent, then it is stored as .eml with an index and readable parsed', async () => {
    // Act
    await mailer.send('sign-in-code', {
      to: 'huong@customer.example',
      language: 'vi',
      operator: OPERATOR,
      params: { code: '314159', minutesValid: 10 },
    });
    await mailer.send('marketing-sample', {
      to: 'bram@customer.example',
      language: 'nl',
      operator: OPERATOR,
      params: { unsubscribeUrl: 'http://localhost:5173/api/unsubscribe?token=t1' },
    });

    // Assert
    expect(mailer.mode).toBe('dev-outbox');
    const messages = await mailer.listOutbox();
    expect(messages).toHaveLength(2);
    const [signIn, marketing] = messages;
    expect(signIn).toMatchObject({
      to: ['huong@customer.example'],
      subject: 'Mã đăng nhập của bạn',
    });
    expect(signIn?.text).toContain('314159');
    expect(signIn?.html).toContain('314159');
    expect(signIn?.headers['content-type']).toMatch(/^multipart\/alternative/);
    expect(Date.parse(signIn?.receivedAt ?? '')).not.toBeNaN();
    expect(marketing?.headers['list-unsubscribe']).toBe(
      '<http://localhost:5173/api/unsubscribe?token=t1>',
    );
    expect(marketing?.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    const index = JSON.parse(await readFile(join(outboxDir, 'index.json'), 'utf8')) as Array<{
      id: string;
    }>;
    expect(index.map((entry) => entry.id)).toEqual(messages.map((m) => m.id));
    expect(existsSync(join(outboxDir, `${signIn?.id}.eml`))).toBe(true);
  });

  it('when a message is read by id, then the same parsed message comes back; unknown or path-like ids give null', async () => {
    const [first] = await listOutbox(outboxDir);

    expect(await mailer.readOutboxMessage(first?.id ?? '')).toEqual(first);
    expect(await readOutboxMessage(outboxDir, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await readOutboxMessage(outboxDir, '../index')).toBeNull();
  });

  it('when several messages are sent at once, then the index keeps every one', async () => {
    const before = (await mailer.listOutbox()).length;

    await Promise.all(
      ['1', '2', '3', '4', '5'].map((n) =>
        mailer.send('sign-in-code', {
          to: `c${n}@customer.example`,
          language: 'en',
          operator: OPERATOR,
          params: { code: `00000${n}`, minutesValid: 10 },
        }),
      ),
    );

    expect((await mailer.listOutbox()).length).toBe(before + 5);
  });
});
