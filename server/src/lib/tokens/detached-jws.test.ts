import { base64url, CompactSign } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKeys, type TSigningKeys } from './signing-keys.ts';
import { TokenError } from './token-error.ts';
import { createTokenService, type TTokenService } from './token-service.ts';

const manifest = new TextEncoder().encode(
  '{"exportId":"e1","files":[{"name":"profile.json","sha256":"ab"}]}',
);

let keys: TSigningKeys;
let tokens: TTokenService;
beforeAll(async () => {
  keys = await generateSigningKeys();
  tokens = createTokenService({ keys, issuer: 'https://portal.example' });
});

async function reason(outcome: Promise<unknown>) {
  const error = await outcome.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TokenError);
  return (error as TokenError).reason;
}

describe('detached JWS', () => {
  it('when a payload is signed, then the JWS has an empty payload segment and verifies against it', async () => {
    const jws = await tokens.signDetached(manifest);

    expect(jws.split('.')[1]).toBe('');
    await expect(tokens.verifyDetached(jws, manifest)).resolves.toEqual({ kid: keys.kid });
  });

  it('when one byte of the payload changes, then verification fails', async () => {
    const jws = await tokens.signDetached(manifest);
    const tampered = Uint8Array.from(manifest);
    tampered[10] = tampered[10]! ^ 1;

    expect(await reason(tokens.verifyDetached(jws, tampered))).toBe('invalid');
  });

  it('when the typ differs from the one expected, then verification fails', async () => {
    const jws = await tokens.signDetached(manifest, { typ: 'custodia-export-manifest+jws' });

    await expect(
      tokens.verifyDetached(jws, manifest, { typ: 'custodia-export-manifest+jws' }),
    ).resolves.toBeDefined();
    expect(await reason(tokens.verifyDetached(jws, manifest))).toBe('invalid');
  });

  it('when the JWS carries its payload, is alg none or comes from another key, then verification fails', async () => {
    const attached = await new CompactSign(manifest)
      .setProtectedHeader({ alg: 'EdDSA', kid: keys.kid, typ: 'custodia-detached+jws' })
      .sign(keys.privateKey);
    const none = `${base64url.encode(JSON.stringify({ alg: 'none', kid: keys.kid, typ: 'custodia-detached+jws' }))}..`;
    const other = createTokenService({ keys: await generateSigningKeys(), issuer: 'x' });

    expect(await reason(tokens.verifyDetached(attached, manifest))).toBe('invalid');
    expect(await reason(tokens.verifyDetached(none, manifest))).toBe('invalid');
    expect(await reason(tokens.verifyDetached(await other.signDetached(manifest), manifest))).toBe(
      'invalid',
    );
  });
});
