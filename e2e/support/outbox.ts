import { expect } from '@playwright/test';
import { listOutbox, type TOutboxMessage } from '../../server/src/modules/mail/outbox-store.ts';
import { dataDirOf } from './data-dir.ts';

/**
 * The newest message the server under test sent to `to` after `since`, from its development outbox
 * (no SMTP_URL: mail is kept under DATA_DIR/outbox). Waits for it, as mail is sent in the background.
 */
export async function mailTo(profileId: string, to: string, since: Date, subject?: RegExp): Promise<TOutboxMessage> {
  let found: TOutboxMessage | undefined;
  await expect
    .poll(async () => {
      const messages = await listOutbox(`${dataDirOf(profileId)}/outbox`);
      found = messages.findLast(
        (m) => m.to.includes(to.toLowerCase()) && new Date(m.receivedAt) >= since && (!subject || subject.test(m.subject)),
      );
      return found !== undefined;
    })
    .toBe(true);
  if (!found) throw new Error(`no mail to ${to}`);
  return found;
}

/** The 6-digit code in a message. */
export function codeIn(message: TOutboxMessage): string {
  const code = /\b(\d{6})\b/.exec(message.text)?.[1];
  if (!code) throw new Error(`no code in "${message.subject}"`);
  return code;
}
