import { canonicalJson } from '../audit/canonical-json.ts';
import type { TClock } from '../../lib/clock.ts';
import { CALLBACK_URL_HEADER, IDEMPOTENCY_HEADER, SIGNATURE_HEADER, signBody } from './connector-signature.ts';

/** How hard to try one call: attempts in all, exponential backoff between them, a timeout for each. */
export type TRetryPolicy = { attempts: number; baseDelayMs: number; maxDelayMs: number; timeoutMs: number };

/** Reads feed a page the customer waits for: give up sooner. Changes are retried longer. */
export const READ_POLICY: TRetryPolicy = { attempts: 2, baseDelayMs: 200, maxDelayMs: 1_000, timeoutMs: 4_000 };
export const WRITE_POLICY: TRetryPolicy = { attempts: 4, baseDelayMs: 250, maxDelayMs: 4_000, timeoutMs: 10_000 };

export type THttpOutcome =
  | { kind: 'response'; status: number; body: unknown; attempts: number }
  | { kind: 'unreachable'; attempts: number; lastStatus: number | null };

export type THttpTransport = {
  post: (path: string, payload: unknown, options: { policy: TRetryPolicy; idempotencyKey?: string }) => Promise<THttpOutcome>;
};

/** 5xx, 429 and 408 may pass on a later try; any other answer is final. */
const retryable = (status: number) => status >= 500 || status === 429 || status === 408;

/** Full jitter within ±20 %, so many portals retrying at once do not hit the system in step. */
export function backoffDelay(policy: TRetryPolicy, attempt: number, retryAfterSeconds: number | null, random = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.round(exponential * (0.8 + 0.4 * random()));
  if (retryAfterSeconds !== null && retryAfterSeconds * 1000 <= policy.maxDelayMs) return Math.max(jittered, retryAfterSeconds * 1000);
  return jittered;
}

/**
 * Signed JSON POSTs to an operator's system (docs/connector-protocol.md): the body is canonical
 * JSON (sorted keys, no whitespace), signed with HMAC-SHA256 over `<timestamp>.<body>`; the same
 * Idempotency-Key goes with every retry, so the system acts once however often it is asked.
 */
export function createHttpTransport(deps: {
  baseUrl: string;
  secret: string;
  /** Where the system posts its callbacks for accepted operations. */
  callbackUrl: string;
  /** Wall-clock time for signature timestamps (the other side checks them against its own clock). */
  wallClock: TClock;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}): THttpTransport {
  const doFetch = deps.fetch ?? fetch;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const base = deps.baseUrl.replace(/\/+$/, '');

  return {
    async post(path, payload, { policy, idempotencyKey }) {
      const body = canonicalJson(payload);
      let lastStatus: number | null = null;
      for (let attempt = 1; attempt <= policy.attempts; attempt++) {
        let retryAfter: number | null = null;
        try {
          const response = await doFetch(`${base}${path}`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              accept: 'application/json',
              [SIGNATURE_HEADER]: signBody(deps.secret, body, deps.wallClock.now()),
              [CALLBACK_URL_HEADER]: deps.callbackUrl,
              ...(idempotencyKey ? { [IDEMPOTENCY_HEADER]: idempotencyKey } : {}),
            },
            body,
            redirect: 'error',
            signal: AbortSignal.timeout(policy.timeoutMs),
          });
          const text = await response.text();
          if (!retryable(response.status)) {
            return { kind: 'response', status: response.status, body: parseJson(text), attempts: attempt };
          }
          lastStatus = response.status;
          const header = Number(response.headers.get('retry-after'));
          retryAfter = Number.isFinite(header) && header > 0 ? header : null;
        } catch {
          // Refused, reset, timed out: the system may be back in a moment.
        }
        if (attempt < policy.attempts) await sleep(backoffDelay(policy, attempt, retryAfter));
      }
      return { kind: 'unreachable', attempts: policy.attempts, lastStatus };
    },
  };
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
