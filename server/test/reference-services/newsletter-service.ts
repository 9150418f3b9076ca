/**
 * A small "newsletter provider" that speaks the connector protocol (docs/connector-protocol.md),
 * for the server and e2e tests to reach over real HTTP. It is written from the protocol document
 * alone (its own signing and canonical JSON, no portal code), so a test against it checks that the
 * portal keeps the protocol rather than agreeing with itself.
 *
 * It keeps one subscriber per portal customer id (name, email, lists), verifies every request's
 * signature, remembers responses by Idempotency-Key, can answer `202 Accepted` and send signed
 * callbacks later, and can be told to fail the next requests with a status (503) to test retries,
 * or to answer slowly (to cut a caller off after the change was made).
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type TListEntry = {
  list: string;
  status: 'subscribed' | 'unsubscribed' | 'bounced';
  subscribedAt: string;
  unsubscribedAt: string | null;
  signupSource: string;
  lastSentAt: string | null;
};

export type TSubscriber = {
  /** The portal's customer id (the provider stores it as its external id). */
  id: string;
  email: string;
  name: string;
  lists: TListEntry[];
  version: number;
  restricted: boolean;
};

export type TReceivedRequest = {
  path: string;
  idempotencyKey: string | null;
  signatureValid: boolean;
  /** True when the response came from the idempotency store (no second action). */
  replayed: boolean;
  /** The X-Custodia-Callback-Url the portal sent. */
  callbackUrl: string | null;
  status: number;
  body: unknown;
};

export type TNewsletterServiceOptions = {
  /** The secret shared with the portal (NEWSLETTER_SERVICE_SECRET). */
  secret: string;
  port?: number;
  host?: string;
  /** Where callbacks go; default: the X-Custodia-Callback-Url the portal sent. */
  callbackUrl?: string;
  /** `async`: changes answer 202 and are confirmed by `completePending()`. */
  mode?: 'sync' | 'async';
  subscribers?: TSubscriber[];
  now?: () => Date;
};

export type TNewsletterService = {
  url: string;
  secret: string;
  subscribers: Map<string, TSubscriber>;
  requests: TReceivedRequest[];
  setMode: (mode: 'sync' | 'async') => void;
  /** The next `count` requests answer `status` (default 503) before doing anything. */
  failNext: (count: number, status?: number) => void;
  /** The next `count` changes are applied and remembered at once, but answered only after `ms` (a slow link). */
  slowNext: (count: number, ms: number) => void;
  /** Sends the callbacks of accepted operations; resolves with the portal's answers. */
  completePending: (options?: {
    status?: 'done' | 'failed';
    /** Sign with another secret (to test that the portal refuses it). */
    signWith?: string;
    /** Post to this origin instead of the callback URL's own (a test server listens elsewhere than the public origin). */
    origin?: string;
  }) => Promise<{ status: number; body: unknown }[]>;
  close: () => Promise<void>;
};

const TOLERANCE_SECONDS = 300;

/** RFC 8785-style canonical JSON: keys sorted, no whitespace. The protocol signs these bytes. */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

export function sign(secret: string, body: string, now: Date): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

function verify(secret: string, header: string | undefined, body: string, now: Date): boolean {
  const match = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!match) return false;
  const t = Number(match[1]);
  if (Math.abs(now.getTime() / 1000 - t) > TOLERANCE_SECONDS) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  const given = Buffer.from(match[2] ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

type TSubjectRef = { id: string; email?: string };
type TChange = { category: string; recordId: string; field: string; value: unknown; expectedVersion: number };
type TPending = { idempotencyKey: string; reference: string; operation: string; callbackUrl: string; apply: () => void };

const CATEGORY = 'newsletter-subscription';

export async function startNewsletterService(options: TNewsletterServiceOptions): Promise<TNewsletterService> {
  const now = options.now ?? (() => new Date());
  const subscribers = new Map((options.subscribers ?? []).map((s) => [s.id, structuredClone(s)]));
  const requests: TReceivedRequest[] = [];
  const stored = new Map<string, { status: number; body: unknown }>();
  const pending: TPending[] = [];
  let mode = options.mode ?? 'sync';
  let failures: { count: number; status: number } = { count: 0, status: 503 };
  let slow: { count: number; ms: number } = { count: 0, ms: 0 };

  const find = (subject: TSubjectRef | undefined) =>
    subject ? (subscribers.get(subject.id) ?? [...subscribers.values()].find((s) => s.email === subject.email)) : undefined;

  const records = (s: TSubscriber) =>
    s.lists.map((entry) => ({
      id: `${s.id}:${entry.list}`,
      occurredAt: entry.subscribedAt,
      version: s.version,
      values: { ...entry, emailAddress: s.email, name: s.name },
    }));

  function access(body: { subject?: TSubjectRef; categories?: string[]; cursor?: string | null; limit?: number; count?: boolean }) {
    const subscriber = find(body.subject);
    const all = subscriber ? records(subscriber).sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : -1)) : [];
    const offset = body.cursor ? Number(/^o:(\d+)$/.exec(body.cursor)?.[1] ?? NaN) : 0;
    if (Number.isNaN(offset)) return { status: 400, body: { error: 'bad-cursor' } };
    const limit = body.limit ?? 25;
    const page = all.slice(offset, offset + limit);
    return {
      status: 200,
      body: {
        reference: `acc-${randomUUID()}`,
        categories: (body.categories ?? []).filter((c) => c === CATEGORY).map((category) => ({
          category,
          records: page,
          nextCursor: offset + limit < all.length ? `o:${offset + limit}` : null,
          total: body.count ? all.length : null,
        })),
      },
    };
  }

  /** Applies (or, async, queues) a change; answers what the protocol says. */
  function change(
    path: string,
    key: string,
    body: { subject?: TSubjectRef; changes?: TChange[]; consent?: { purpose?: string; channel?: string | null; granted?: boolean; occurredAt?: string } },
    callbackUrl: string,
  ) {
    const subscriber = find(body.subject);
    const reference = `nl-${randomUUID()}`;
    if (!subscriber) return { status: 404, body: { reference, error: 'unknown-subscriber' } };
    let apply: () => void;
    if (path === '/rectify') {
      const changes = body.changes ?? [];
      const stale = changes.find((c) => c.expectedVersion !== subscriber.version);
      if (stale) return { status: 409, body: { reference, currentVersion: subscriber.version } };
      if (changes.some((c) => c.category !== CATEGORY || c.field !== 'emailAddress' || typeof c.value !== 'string')) {
        return { status: 422, body: { reference, error: 'not-correctable' } };
      }
      apply = () => {
        for (const c of changes) subscriber.email = String(c.value);
        subscriber.version += 1;
      };
    } else if (path === '/erase') {
      apply = () => void subscribers.delete(subscriber.id);
    } else if (path === '/lift-restriction') {
      apply = () => void (subscriber.restricted = false);
    } else if (path === '/consent') {
      const consent = body.consent;
      if (!consent?.purpose || typeof consent.granted !== 'boolean') return { status: 422, body: { reference, error: 'bad-consent' } };
      const { purpose, granted } = consent;
      const at = consent.occurredAt ?? now().toISOString();
      apply = () => {
        // Only email consents are this provider's business; other channels are acknowledged.
        if (consent.channel !== 'email') return;
        const entry = subscriber.lists.find((l) => l.list === purpose);
        if (entry) {
          entry.status = granted ? 'subscribed' : 'unsubscribed';
          entry.unsubscribedAt = granted ? null : at;
          if (granted) entry.subscribedAt = at;
        } else if (granted) {
          subscriber.lists.push({ list: purpose, status: 'subscribed', subscribedAt: at, unsubscribedAt: null, signupSource: 'portal', lastSentAt: null });
        }
      };
    } else {
      apply = () => void (subscriber.restricted = true);
    }
    if (mode === 'async') {
      pending.push({ idempotencyKey: key, reference, operation: path.slice(1), callbackUrl, apply });
      return { status: 202, body: { reference } };
    }
    apply();
    return { status: 200, body: { reference, version: subscriber.version } };
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const raw = await readBody(req);
    const path = req.url ?? '/';
    const key = (req.headers['idempotency-key'] as string | undefined) ?? null;
    const signatureValid = verify(options.secret, req.headers['x-custodia-signature'] as string | undefined, raw, now());
    const send = (status: number, body: unknown, replayed = false) => {
      const callbackUrl = (req.headers['x-custodia-callback-url'] as string | undefined) ?? null;
      requests.push({ path, idempotencyKey: key, signatureValid, replayed, callbackUrl, status, body: raw ? (JSON.parse(raw) as unknown) : null });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST') return send(405, { error: 'method-not-allowed' });
    if (!signatureValid) return send(401, { error: 'bad-signature' });
    if (failures.count > 0) {
      failures.count -= 1;
      return send(failures.status, { error: 'temporarily-unavailable' });
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return send(400, { error: 'bad-json' });
    }
    if (path === '/access') {
      const result = access(body);
      return send(result.status, result.body);
    }
    if (!['/rectify', '/erase', '/restrict', '/lift-restriction', '/consent'].includes(path)) return send(404, { error: 'not-found' });
    if (!key) return send(400, { error: 'idempotency-key-required' });
    const previous = stored.get(key);
    if (previous) return send(previous.status, previous.body, true);
    const callbackUrl = options.callbackUrl ?? (req.headers['x-custodia-callback-url'] as string | undefined) ?? '';
    const result = change(path, key, body, callbackUrl);
    stored.set(key, result);
    if (slow.count > 0) {
      slow.count -= 1;
      await new Promise((resolve) => setTimeout(resolve, slow.ms));
    }
    return send(result.status, result.body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"error":"internal"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;

  return {
    url: `http://${options.host ?? '127.0.0.1'}:${address.port}`,
    secret: options.secret,
    subscribers,
    requests,
    setMode: (next) => void (mode = next),
    failNext: (count, status = 503) => void (failures = { count, status }),
    slowNext: (count, ms) => void (slow = { count, ms }),
    async completePending({ status = 'done', signWith, origin } = {}) {
      const answers: { status: number; body: unknown }[] = [];
      for (const job of pending.splice(0)) {
        if (status === 'done') job.apply();
        const body = canonical({ idempotencyKey: job.idempotencyKey, reference: job.reference, operation: job.operation, status, at: now().toISOString(), details: {} });
        const url = origin ? new URL(new URL(job.callbackUrl).pathname, origin).href : job.callbackUrl;
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-custodia-signature': sign(signWith ?? options.secret, body, now()) },
          body,
        });
        const text = await response.text();
        answers.push({ status: response.status, body: text ? (JSON.parse(text) as unknown) : null });
      }
      return answers;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A subscriber on `lists`, as the demo and tests need one. */
export function subscriberFor(customer: { id: string; email: string; name: string }, lists: string[], subscribedAt = '2025-03-01T10:00:00.000Z'): TSubscriber {
  return {
    id: customer.id,
    email: customer.email,
    name: customer.name,
    version: 1,
    restricted: false,
    lists: lists.map((list) => ({ list, status: 'subscribed', subscribedAt, unsubscribedAt: null, signupSource: 'portal', lastSentAt: null })),
  };
}
