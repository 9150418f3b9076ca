import { statSync, writeFileSync, mkdtempSync, mkdirSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateSigningKeys, loadSigningKeys, signingKeyFile } from './signing-keys.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'custodia-keys-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('signing keys', () => {
  it('when no key is configured, then one is generated on first start, kept with mode 0600 and reused', async () => {
    const dataDir = tempDir();

    const first = await loadSigningKeys({ dataDir });
    const second = await loadSigningKeys({ dataDir });

    expect(second.kid).toBe(first.kid);
    expect(statSync(signingKeyFile(dataDir)).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(signingKeyFile(dataDir))).mode & 0o777).toBe(0o700);
  });

  it('when the key file has lax permissions, then loading tightens them', async () => {
    const dataDir = tempDir();
    await loadSigningKeys({ dataDir });
    const file = signingKeyFile(dataDir);
    writeFileSync(file, readFileSync(file), { mode: 0o644 });

    await loadSigningKeys({ dataDir });

    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('when a private JWK is configured, then it is used, nothing is written, and the kid is its thumbprint', async () => {
    const dataDir = tempDir();
    const jwk = JSON.parse(readFileSync(await keyFileFor(tempDir()), 'utf8')) as Record<
      string,
      string
    >;

    const keys = await loadSigningKeys({ dataDir, privateJwk: JSON.stringify(jwk) });

    expect(() => statSync(signingKeyFile(dataDir))).toThrow();
    expect(keys.publicJwks()).toEqual({
      keys: [{ kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid: keys.kid, alg: 'EdDSA', use: 'sig' }],
    });
    expect(keys.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('when the configured JWK is not a private Ed25519 key, or x was edited, then loading fails', async () => {
    const jwk = JSON.parse(readFileSync(await keyFileFor(tempDir()), 'utf8')) as Record<
      string,
      string
    >;
    const other = (await generateSigningKeys()).publicJwks().keys[0]!;
    const dataDir = tempDir();

    await expect(loadSigningKeys({ dataDir, privateJwk: 'nope' })).rejects.toThrow(/not JSON/);
    await expect(
      loadSigningKeys({ dataDir, privateJwk: JSON.stringify({ ...jwk, d: undefined }) }),
    ).rejects.toThrow(/Ed25519/);
    await expect(
      loadSigningKeys({ dataDir, privateJwk: JSON.stringify({ ...jwk, x: other.x }) }),
    ).rejects.toThrow(/x does not match/);
  });

  it('when creation is not allowed and no key exists, then loading fails instead of inventing one', async () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'keys'));

    await expect(loadSigningKeys({ dataDir, createIfMissing: false })).rejects.toThrow(
      /no signing key/,
    );
  });

  it('when the public JWKS is read, then it holds no private member', async () => {
    const jwks = (await generateSigningKeys()).publicJwks();

    expect(Object.keys(jwks.keys[0]!).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x']);
  });
});

async function keyFileFor(dataDir: string): Promise<string> {
  await loadSigningKeys({ dataDir });
  return signingKeyFile(dataDir);
}
