import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { calculateJwkThumbprint } from 'jose';
import { z } from 'zod';
import { TokenError } from './token-error.ts';

/** A public key as served in the JWKS. */
export type TPublicJwk = {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
};

/** The Ed25519 key the server signs with, and the public keys it accepts, found by `kid`. */
export type TSigningKeys = {
  kid: string;
  privateKey: KeyObject;
  /** The public key for a token's `kid`; undefined for a kid we never issued, which callers must reject. */
  verificationKey: (kid: string | undefined) => KeyObject | undefined;
  /** For `/.well-known/jwks.json`: public parts only. */
  publicJwks: () => { keys: TPublicJwk[] };
};

const ZBase64Url = z.string().regex(/^[A-Za-z0-9_-]+$/);
const ZPrivateJwkSchema = z.object({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  x: ZBase64Url,
  d: ZBase64Url,
});

/** Where the development key lives, under the app's data dir (never in the repository). */
export function signingKeyFile(dataDir: string): string {
  return join(dataDir, 'keys', 'signing-key.jwk.json');
}

async function fromPrivateKey(privateKey: KeyObject): Promise<TSigningKeys> {
  const publicKey = createPublicKey(privateKey);
  const { x } = ZPrivateJwkSchema.pick({ x: true }).parse(publicKey.export({ format: 'jwk' }));
  // RFC 7638 over the public members only, so the kid is the same wherever the key is loaded from.
  const kid = await calculateJwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x }, 'sha256');
  const publicJwk: TPublicJwk = { kty: 'OKP', crv: 'Ed25519', x, kid, alg: 'EdDSA', use: 'sig' };
  return {
    kid,
    privateKey,
    verificationKey: (candidate) => (candidate === kid ? publicKey : undefined),
    publicJwks: () => ({ keys: [{ ...publicJwk }] }),
  };
}

/** Parses a private Ed25519 JWK (JSON text) and checks that its public half belongs to it. */
function privateKeyFromJwk(json: string, source: string): KeyObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error(`${source}: not JSON`);
  }
  const result = ZPrivateJwkSchema.safeParse(parsed);
  if (!result.success)
    throw new Error(`${source}: not a private Ed25519 JWK (kty OKP, crv Ed25519, x, d)`);
  const privateKey = createPrivateKey({ key: result.data, format: 'jwk' });
  // A JWK whose x was edited would otherwise publish a public key nothing can verify against.
  const derived = createPublicKey(privateKey).export({ format: 'jwk' });
  if (derived.x !== result.data.x) throw new Error(`${source}: x does not match d`);
  return privateKey;
}

/** A fresh key kept in memory only: for tests and throwaway processes. */
export function generateSigningKeys(): Promise<TSigningKeys> {
  return fromPrivateKey(generateKeyPairSync('ed25519').privateKey);
}

export type TLoadSigningKeysOptions = {
  dataDir: string;
  /** A private JWK from configuration (JSON); when set, nothing is read from or written to disk. */
  privateJwk?: string | undefined;
  /** False for tools that only verify: a missing key is an error instead of a new key nobody trusts. */
  createIfMissing?: boolean;
};

/**
 * The configured key, else the one kept at `<dataDir>/keys/signing-key.jwk.json`, generated there
 * (mode 0600) on first start so development needs no setup and restarts keep tokens valid.
 */
export async function loadSigningKeys(options: TLoadSigningKeysOptions): Promise<TSigningKeys> {
  if (options.privateJwk)
    return fromPrivateKey(privateKeyFromJwk(options.privateJwk, 'the configured signing key'));
  const file = signingKeyFile(options.dataDir);
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (options.createIfMissing === false) throw new Error(`no signing key at ${file}`);
    json = createKeyFile(file);
  }
  // The file may predate this code or have been copied with a lax umask.
  chmodSync(file, 0o600);
  return fromPrivateKey(privateKeyFromJwk(json, file));
}

function createKeyFile(file: string): string {
  const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  const json = `${JSON.stringify(jwk, null, 2)}\n`;
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  try {
    // 'wx' so two processes starting together cannot overwrite each other's key.
    writeFileSync(file, json, { mode: 0o600, flag: 'wx' });
    return json;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readFileSync(file, 'utf8');
  }
}

/** jose key lookup by `kid`: a kid we never issued fails before any signature is checked. */
export function verificationKeyResolver(
  keys: TSigningKeys,
): (header: { kid?: string | undefined }) => KeyObject {
  return (header) => {
    const key = keys.verificationKey(header.kid);
    if (!key) throw new TokenError('invalid', 'unknown signing key');
    return key;
  };
}
