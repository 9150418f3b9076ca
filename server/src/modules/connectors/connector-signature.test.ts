import { describe, expect, it } from 'vitest';
import { signBody, verifyBody } from './connector-signature.ts';
import { sign as referenceSign } from '../../../test/reference-services/newsletter-service.ts';

const SECRET = 's'.repeat(40);
const NOW = new Date('2026-11-02T09:00:00Z');
const BODY = '{"a":1,"b":"x"}';

describe('connector signatures', () => {
  it('when a body is signed, then it verifies with the same secret, and the reference service signs the same way', () => {
    const header = signBody(SECRET, BODY, NOW);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyBody(SECRET, header, BODY, NOW)).toBe(true);
    expect(referenceSign(SECRET, BODY, NOW)).toBe(header);
  });

  it.each([
    ['another body', (h: string) => ({ header: h, body: '{"a":2,"b":"x"}', now: NOW, secret: SECRET })],
    ['another secret', (h: string) => ({ header: h, body: BODY, now: NOW, secret: 't'.repeat(40) })],
    ['six minutes later', (h: string) => ({ header: h, body: BODY, now: new Date(NOW.getTime() + 360_000), secret: SECRET })],
    ['no header', () => ({ header: undefined, body: BODY, now: NOW, secret: SECRET })],
    ['a mangled header', (h: string) => ({ header: h.replace('v1=', 'v2='), body: BODY, now: NOW, secret: SECRET })],
    ['a truncated MAC', (h: string) => ({ header: h.slice(0, -2), body: BODY, now: NOW, secret: SECRET })],
  ])('when checked with %s, then it is refused', (_name, tamper) => {
    const input = tamper(signBody(SECRET, BODY, NOW));
    expect(verifyBody(input.secret, input.header, input.body, input.now)).toBe(false);
  });
});
