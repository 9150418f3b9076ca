import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';

/** One message caught by the development outbox, parsed for the dev route and e2e tests. */
export type TOutboxMessage = {
  id: string;
  /** The envelope recipients, which is what the SMTP client really sent to. */
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  /** Lower-case header names; the first occurrence wins (headers such as Received repeat). */
  headers: Record<string, string>;
  receivedAt: string;
};

type TIndexEntry = { id: string; to: string[]; subject: string; receivedAt: string };

const INDEX_FILE = 'index.json';
const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// A long demo must not fill the disk; the newest messages are the ones anyone reads.
const MAX_MESSAGES = 1000;

async function readIndex(dir: string): Promise<TIndexEntry[]> {
  try {
    return JSON.parse(await readFile(join(dir, INDEX_FILE), 'utf8')) as TIndexEntry[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

function headerRecord(lines: ReadonlyArray<{ key: string; line: string }>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { key, line } of lines) {
    const unfolded = line.replace(/\r?\n[ \t]+/g, ' ');
    headers[key] ??= unfolded.slice(unfolded.indexOf(':') + 1).trim();
  }
  return headers;
}

async function parseMessage(dir: string, entry: TIndexEntry): Promise<TOutboxMessage> {
  const parsed = await simpleParser(await readFile(join(dir, `${entry.id}.eml`)));
  return {
    id: entry.id,
    to: entry.to,
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: parsed.html || null,
    headers: headerRecord(parsed.headerLines),
    receivedAt: entry.receivedAt,
  };
}

/** All messages in the outbox, oldest first (so `.at(-1)` is the latest). */
export async function listOutbox(dir: string): Promise<TOutboxMessage[]> {
  const index = await readIndex(dir);
  return Promise.all(index.map((entry) => parseMessage(dir, entry)));
}

/** One message by id, or null; ids are checked so no path outside the outbox can be read. */
export async function readOutboxMessage(dir: string, id: string): Promise<TOutboxMessage | null> {
  if (!ID_PATTERN.test(id)) return null;
  const entry = (await readIndex(dir)).find((candidate) => candidate.id === id);
  return entry ? parseMessage(dir, entry) : null;
}

/** The writing side, used by the outbox's SMTP server; writes are queued so the index never loses one. */
export function createOutboxWriter(dir: string) {
  let queue: Promise<unknown> = mkdir(dir, { recursive: true });

  async function append(raw: Buffer, to: string[], receivedAt: Date): Promise<string> {
    const id = randomUUID();
    const parsed = await simpleParser(raw, {
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipTextLinks: true,
    });
    await writeFile(join(dir, `${id}.eml`), raw);
    const index = await readIndex(dir);
    index.push({ id, to, subject: parsed.subject ?? '', receivedAt: receivedAt.toISOString() });
    const dropped = index.splice(0, Math.max(0, index.length - MAX_MESSAGES));
    // Write then rename, so a reader never sees half an index.
    const temporary = join(dir, `${INDEX_FILE}.${id}.tmp`);
    await writeFile(temporary, JSON.stringify(index, null, 2));
    await rename(temporary, join(dir, INDEX_FILE));
    await Promise.all(dropped.map((entry) => rm(join(dir, `${entry.id}.eml`), { force: true })));
    return id;
  }

  return {
    save(raw: Buffer, to: string[], receivedAt: Date): Promise<string> {
      const saved = queue.then(() => append(raw, to, receivedAt));
      queue = saved.catch(() => undefined);
      return saved;
    },
  };
}
