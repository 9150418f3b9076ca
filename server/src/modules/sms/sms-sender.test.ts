import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSmsSender, phoneCodeText, readSmsOutbox } from './sms-sender.ts';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('sms sender', () => {
  it('when an outbox is configured, then messages are kept in order with intact Vietnamese text', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sms-'));
    const sender = createSmsSender({ outboxDir: dir });
    if (sender.mode !== 'dev-outbox') throw new Error('expected the outbox');
    await sender.send('+84 90 123 4567', phoneCodeText('vi', '123456', 'Vanesa', 10));
    await sender.send('+31 6 1234 5678', phoneCodeText('nl', '654321', 'Cocomo', 10));
    const messages = await readSmsOutbox(dir);
    expect(messages.map((m) => m.to)).toEqual(['+84 90 123 4567', '+31 6 1234 5678']);
    expect(messages[0]?.text).toContain('123456 là mã xác nhận số điện thoại mới');
    expect(messages[1]?.text).toContain('uw nieuwe telefoonnummer');
  });

  it('when no outbox is configured, then the sender says it is unavailable', () => {
    expect(createSmsSender({ outboxDir: null }).mode).toBe('unavailable');
  });

  it('when the outbox was never written, then it reads as empty', async () => {
    expect(await readSmsOutbox(join(tmpdir(), 'no-such-outbox-dir'))).toEqual([]);
  });
});
