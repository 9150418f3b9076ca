import type { TRng } from './prng.ts';

const USER_AGENTS = [
  [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    'Chrome',
    'Windows',
    'Windows PC',
  ],
  [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
    'Safari',
    'macOS',
    'MacBook Air',
  ],
  [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    'Mobile Safari',
    'iOS',
    'iPhone',
  ],
  [
    'Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
    'Chrome Mobile',
    'Android',
    'Samsung Galaxy S24',
  ],
  [
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
    'Firefox',
    'Linux',
    'Linux desktop',
  ],
  [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
    'Edge',
    'Windows',
    'Windows laptop',
  ],
  [
    'Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
    'Mobile Safari',
    'iPadOS',
    'iPad',
  ],
  [
    'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
    'Chrome Mobile',
    'Android',
    'Pixel 7',
  ],
] as const;

export type TDevice = { userAgent: string; browser: string; os: string; device: string };

/** A customer's device; people use two or three, so pick from a small per-customer set upstream. */
export function pickDevice(rng: TRng): TDevice {
  const [userAgent, browser, os, device] = rng.pick(USER_AGENTS);
  return { userAgent, browser, os, device };
}

// RFC 5737 documentation ranges: addresses that never belong to anyone.
const DOC_RANGES = ['192.0.2', '198.51.100', '203.0.113'] as const;

export function documentationIp(rng: TRng): string {
  return `${rng.pick(DOC_RANGES)}.${rng.int(1, 254)}`;
}
