import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * HMAC-SHA256 request signatures (docs/connector-protocol.md), in both directions: the portal signs
 * what it sends to an operator's system, the system signs its callbacks. The header carries the
 * timestamp and the MAC of `<timestamp>.<body>` (as Stripe does), so a captured request cannot be
 * replayed after the tolerance window or with another body.
 */
export const SIGNATURE_HEADER = 'x-custodia-signature';
export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const CALLBACK_URL_HEADER = 'x-custodia-callback-url';
/** Requests older (or newer) than this are refused. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export function signatureOf(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** The header value: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export function signBody(secret: string, body: string, now: Date): string {
  const timestamp = Math.floor(now.getTime() / 1000);
  return `t=${timestamp},v1=${signatureOf(secret, timestamp, body)}`;
}

/** True when `header` is a valid signature of `body` with `secret`, made within the tolerance. */
export function verifyBody(secret: string, header: string | undefined, body: string, now: Date): boolean {
  if (!header || header.length > 300) return false;
  const parts = new Map(
    header.split(',').map((part) => {
      const at = part.indexOf('=');
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
    }),
  );
  const t = parts.get('t');
  const mac = parts.get('v1');
  if (!t || !/^\d{1,12}$/.test(t) || !mac || !/^[0-9a-f]{64}$/.test(mac)) return false;
  const timestamp = Number(t);
  if (Math.abs(now.getTime() / 1000 - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(signatureOf(secret, timestamp, body), 'hex');
  const given = Buffer.from(mac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
