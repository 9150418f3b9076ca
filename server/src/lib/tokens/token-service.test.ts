import { createPublicKey } from 'node:crypto';
import { base64url, SignJWT, type JWTPayload } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFakeClock } from '../clock.ts';
import { generateSigningKeys, type TSigningKeys } from './signing-keys.ts';
import { TokenError } from './token-error.ts';
import { TOKEN_KINDS } from './token-kinds.ts';
import { createTokenService, type TTokenService } from './token-service.ts';

const ISSUER = 'https://portal.example';
const EXPORT_ID = '5d0c1b9e-2a3f-4c6d-8e9f-0a1b2c3d4e5f';
const CUSTOMER_ID = '0f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c';
const spec = TOKEN_KINDS['export-download'];

let keys: TSigningKeys;
let clock: ReturnType<typeof createFakeClock>;
let tokens: TTokenService;
beforeAll(async () => {
  keys = await generateSigningKeys();
  clock = createFakeClock();
  tokens = createTokenService({ keys, issuer: ISSUER, clock });
});

const nowSeconds = () => Math.floor(clock.now().getTime() / 1000);
const validPayload = (): JWTPayload => ({
  exportId: EXPORT_ID,
  iss: ISSUER,
  aud: spec.aud,
  sub: CUSTOMER_ID,
  iat: nowSeconds(),
  exp: nowSeconds() + 300,
  jti: 'f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9',
});

/** Signs whatever header and payload a test needs with the real key, to isolate one deviation. */
function craft(payload: JWTPayload, header: Record<string, unknown> = {}): Promise<string> {
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'EdDSA', typ: spec.typ, kid: keys.kid, ...header })
    .sign(keys.privateKey);
}

async function rejection(
  token: string,
  kind: 'export-download' | 'password-reset' = 'export-download',
) {
  const error: unknown = await tokens.verify(kind, token).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TokenError);
  return (error as TokenError).reason;
}

const signExport = () =>
  tokens.sign(
    'export-download',
    { exportId: EXPORT_ID },
    { expiresIn: '5m', subject: CUSTOMER_ID },
  );

describe('token service', () => {
  it('when a token is signed, then it verifies with its claims, subject and lifetime', async () => {
    const token = await signExport();

    const verified = await tokens.verify('export-download', token);

    expect(verified.claims).toEqual({ exportId: EXPORT_ID });
    expect(verified.subject).toBe(CUSTOMER_ID);
    expect(verified.expiresAt?.getTime()).toBe(clock.now().getTime() + 300_000);
    expect(verified.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('when a kind without expiry is signed, then it verifies years later', async () => {
    const token = await tokens.sign('audit-checkpoint', { seq: 7, hash: 'a'.repeat(64) }, {});
    const later = createTokenService({
      keys,
      issuer: ISSUER,
      clock: createFakeClock(new Date('2036-01-01T00:00:00Z')),
    });

    expect((await later.verify('audit-checkpoint', token)).claims).toEqual({
      seq: 7,
      hash: 'a'.repeat(64),
    });
  });

  it('when a crafted token deviates in nothing, then it verifies (so each rejection below has one cause)', async () => {
    await expect(
      tokens.verify('export-download', await craft(validPayload())),
    ).resolves.toBeDefined();
  });

  it('when the header says alg none, then the token is rejected', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: spec.typ, kid: keys.kid }));
    const body = base64url.encode(JSON.stringify(validPayload()));

    expect(await rejection(`${header}.${body}.`)).toBe('invalid');
  });

  it('when the token is HS256 keyed with the public key, then it is rejected', async () => {
    const publicKey = createPublicKey(keys.privateKey);
    const secrets = [
      base64url.decode(keys.publicJwks().keys[0]!.x),
      new TextEncoder().encode(publicKey.export({ format: 'pem', type: 'spki' }).toString()),
      new TextEncoder().encode(JSON.stringify(keys.publicJwks().keys[0])),
    ];
    for (const secret of secrets) {
      const token = await new SignJWT(validPayload())
        .setProtectedHeader({ alg: 'HS256', typ: spec.typ, kid: keys.kid })
        .sign(secret);
      expect(await rejection(token)).toBe('invalid');
    }
  });

  it.each([
    ['aud', { aud: 'custodia:password-reset' }],
    ['iss', { iss: 'https://elsewhere.example' }],
    ['missing exp', { exp: undefined }],
    ['missing sub', { sub: undefined }],
    ['missing kind claim', { exportId: undefined }],
    ['malformed kind claim', { exportId: 'not-a-uuid' }],
  ])('when the %s is wrong, then the token is rejected', async (_name, override) => {
    expect(await rejection(await craft({ ...validPayload(), ...override }))).toBe('invalid');
  });

  it('when the typ is wrong or missing, then the token is rejected', async () => {
    expect(await rejection(await craft(validPayload(), { typ: 'JWT' }))).toBe('invalid');
    expect(await rejection(await craft(validPayload(), { typ: undefined }))).toBe('invalid');
  });

  it('when the token has expired beyond the tolerance, then the reason is expired', async () => {
    const token = await signExport();
    const at = (ms: number) =>
      createTokenService({
        keys,
        issuer: ISSUER,
        clock: createFakeClock(new Date(clock.now().getTime() + ms)),
      });

    await expect(at(300_000 + 4_000).verify('export-download', token)).resolves.toBeDefined();
    const error = await at(300_000 + 6_000)
      .verify('export-download', token)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenError);
    expect((error as TokenError).reason).toBe('expired');
  });

  it('when nbf is in the future, then the token is rejected', async () => {
    expect(await rejection(await craft({ ...validPayload(), nbf: nowSeconds() + 60 }))).toBe(
      'invalid',
    );
  });

  it('when the kid is unknown or absent, then the token is rejected', async () => {
    const other = createTokenService({ keys: await generateSigningKeys(), issuer: ISSUER, clock });
    const foreign = await other.sign(
      'export-download',
      { exportId: EXPORT_ID },
      { expiresIn: '5m', subject: CUSTOMER_ID },
    );

    expect(await rejection(foreign)).toBe('invalid');
    expect(await rejection(await craft(validPayload(), { kid: undefined }))).toBe('invalid');
  });

  it('when a token from another key claims our kid, then the signature check rejects it', async () => {
    const other = await generateSigningKeys();
    const forged = await new SignJWT(validPayload())
      .setProtectedHeader({ alg: 'EdDSA', typ: spec.typ, kid: keys.kid })
      .sign(other.privateKey);

    expect(await rejection(forged)).toBe('invalid');
  });

  it('when the payload is tampered with, then the token is rejected', async () => {
    const [header, , signature] = (await signExport()).split('.');
    const body = base64url.encode(JSON.stringify({ ...validPayload(), sub: 'someone-else' }));

    expect(await rejection(`${header}.${body}.${signature}`)).toBe('invalid');
  });

  it('when a token of one kind is verified as another, then it is rejected', async () => {
    expect(await rejection(await signExport(), 'password-reset')).toBe('invalid');
  });

  it('when an audience override is signed, then only a verify with that audience accepts it', async () => {
    const token = await tokens.sign(
      'export-download',
      { exportId: EXPORT_ID },
      { expiresIn: 60, subject: CUSTOMER_ID, audience: 'custodia:export-download:eu' },
    );

    expect(await rejection(token)).toBe('invalid');
    await expect(
      tokens.verify('export-download', token, { audience: 'custodia:export-download:eu' }),
    ).resolves.toBeDefined();
  });

  it('when signing with claims that fail the kind schema or a bad lifetime, then sign throws', async () => {
    await expect(
      tokens.sign('export-download', { exportId: 'x' }, { expiresIn: '5m', subject: CUSTOMER_ID }),
    ).rejects.toThrow();
    await expect(
      tokens.sign(
        'export-download',
        { exportId: EXPORT_ID },
        { expiresIn: '-5m' as '5m', subject: CUSTOMER_ID },
      ),
    ).rejects.toThrow(/lifetime/);
  });

  it('when a token is not a JWT at all, then it is rejected', async () => {
    expect(await rejection('garbage')).toBe('invalid');
    expect(await rejection('')).toBe('invalid');
  });
});
