import argon2 from 'argon2';
import type { TGender } from './locale/locale-pool.ts';

/** The password of every documented demo account (README "Demo accounts"). */
export const DEMO_PASSWORD = 'custodia-demo-2026';

export const DEMO_STAFF = [
  { local: 'support', role: 'support-agent' },
  { local: 'privacy', role: 'privacy-officer' },
  { local: 'admin', role: 'admin' },
  // A second officer, last so the others keep their generated names: legal holds on a request need two.
  { local: 'privacy2', role: 'privacy-officer' },
] as const;

/**
 * Demo customers who sign in: `demo@` (a long history) and `demo2@` have fixed names; `demo3@` …
 * `demo8@` are more of the same kind, so each browser journey can have a customer of its own
 * (journeys run in parallel and sign customers out, export, erase).
 */
export const DEMO_CUSTOMER_COUNT = 8;

export const demoCustomerEmail = (profileId: string, n: number) => `${n === 1 ? 'demo' : `demo${n}`}@${profileId}.example`;

/** The documented sign-ins of a profile: `demo@cocomo.example`, `support@cocomo.example`, … */
export function demoAccountEmails(profileId: string) {
  return {
    customers: Array.from({ length: DEMO_CUSTOMER_COUNT }, (_, i) => demoCustomerEmail(profileId, i + 1)),
    staff: DEMO_STAFF.map((s) => ({ email: `${s.local}@${profileId}.example`, role: s.role })),
  };
}

type TDemoName = { givenName: string; familyName: string; gender: TGender };

/** Fixed names for the two demo customers, per country of the operator, so guides can name them. */
export const DEMO_CUSTOMER_NAMES: Record<string, readonly [TDemoName, TDemoName]> = {
  NL: [
    { givenName: 'Sanne', familyName: 'de Vries', gender: 'female' },
    { givenName: 'Daan', familyName: 'van der Berg', gender: 'male' },
  ],
  TH: [
    { givenName: 'Kanya', familyName: 'Srisuk', gender: 'female' },
    { givenName: 'Thanawat', familyName: 'Wongsawat', gender: 'male' },
  ],
  VN: [
    { givenName: 'Thị Hương', familyName: 'Nguyễn', gender: 'female' },
    { givenName: 'Minh Khoa', familyName: 'Trần', gender: 'male' },
  ],
  US: [
    { givenName: 'Maria', familyName: 'Hernandez', gender: 'female' },
    { givenName: 'James', familyName: 'Carter', gender: 'male' },
  ],
};

/**
 * Hashes the demo password once per seed with the portal's argon2id parameters (OWASP:
 * m=19 MiB, t=2, p=1). The one hash is reused for every demo row: acceptable only because the
 * password is public demo data; real accounts always get their own salt.
 */
export function hashDemoPassword(): Promise<string> {
  return argon2.hash(DEMO_PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
  });
}
