import { createHmac, timingSafeEqual } from 'node:crypto';
import type { TSmsInboundRequest } from '@portal/shared/schemas/consent.schema';

export const SMS_SIGNATURE_HEADER = 'x-custodia-signature';
export const SMS_TIMESTAMP_HEADER = 'x-custodia-timestamp';
/** Older requests are refused, so a captured request cannot be replayed later. */
export const SMS_SIGNATURE_MAX_AGE_SECONDS = 300;

/**
 * `v1=` + hex HMAC-SHA256 over `["v1", timestamp, from, text]` as JSON. The fields are signed rather
 * than the raw body (as Twilio signs its form parameters), because the route table parses the
 * body before handlers run; the JSON array keeps field boundaries unambiguous.
 */
export function signSmsWebhook(
  secret: string,
  timestamp: string,
  body: TSmsInboundRequest,
): string {
  const mac = createHmac('sha256', secret)
    .update(JSON.stringify(['v1', timestamp, body.from, body.text]))
    .digest('hex');
  return `v1=${mac}`;
}

export function verifySmsWebhook(
  secret: string,
  headers: { signature: string | undefined; timestamp: string | undefined },
  body: TSmsInboundRequest,
  now: Date,
): boolean {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > SMS_SIGNATURE_MAX_AGE_SECONDS)
    return false;
  const expected = Buffer.from(signSmsWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
