import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type TSmsMessage = { id: string; to: string; text: string; sentAt: string };

/**
 * Text messages the portal sends (codes confirming a new phone number). No SMS provider is wired
 * in yet: outside production they are kept in a local outbox, like mail without SMTP_URL; in
 * production the sender is unavailable and callers refuse what would need a text (never pretend).
 */
export type TSmsSender =
  | { mode: 'dev-outbox'; send: (to: string, text: string) => Promise<void> }
  | { mode: 'unavailable' };

const OUTBOX_FILE = 'messages.jsonl';

export function createSmsSender(options: { outboxDir: string | null }): TSmsSender {
  const { outboxDir } = options;
  if (!outboxDir) return { mode: 'unavailable' };
  return {
    mode: 'dev-outbox',
    send: async (to, text) => {
      await mkdir(outboxDir, { recursive: true, mode: 0o700 });
      const message: TSmsMessage = { id: randomUUID(), to, text, sentAt: new Date().toISOString() };
      await appendFile(join(outboxDir, OUTBOX_FILE), `${JSON.stringify(message)}\n`, { mode: 0o600 });
    },
  };
}

/** The development outbox, oldest first (tests and the e2e journeys read codes from it). */
export async function readSmsOutbox(outboxDir: string): Promise<TSmsMessage[]> {
  try {
    const text = await readFile(join(outboxDir, OUTBOX_FILE), 'utf8');
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as TSmsMessage);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

const CODE_TEXT = {
  en: (code: string, operator: string, minutes: number) =>
    `${code} is your code to confirm your new phone number for ${operator}. It is valid for ${minutes} minutes. Did not ask for it? Ignore this message.`,
  nl: (code: string, operator: string, minutes: number) =>
    `${code} is uw code om uw nieuwe telefoonnummer bij ${operator} te bevestigen. De code is ${minutes} minuten geldig. Niet aangevraagd? Negeer dit bericht.`,
  vi: (code: string, operator: string, minutes: number) =>
    `${code} là mã xác nhận số điện thoại mới của bạn tại ${operator}. Mã có hiệu lực trong ${minutes} phút. Nếu bạn không yêu cầu, hãy bỏ qua tin nhắn này.`,
} as const;

export function phoneCodeText(language: string, code: string, operator: string, minutes: number): string {
  const render = language in CODE_TEXT ? CODE_TEXT[language as keyof typeof CODE_TEXT] : CODE_TEXT.en;
  return render(code, operator, minutes);
}

/** Sends a phone-change code as a text, or null when this installation cannot send texts. */
export function phoneCodeSender(sms: TSmsSender, operator: string) {
  if (sms.mode !== 'dev-outbox') return null;
  return ({ to, language, code, minutesValid }: { to: string; language: string; code: string; minutesValid: number }) =>
    sms.send(to, phoneCodeText(language, code, operator, minutesValid));
}
