import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A 256-bit key for keyed hashes (email lookups in throttles, one-time codes, IP hashes): a leaked table
 * of HMACs cannot be reversed by hashing a dictionary of emails or the 10^6 possible codes without it.
 */
export type TServerSecret = {
  hmac: (purpose: string, value: string) => string;
  /** AES-256-GCM for secrets the server must read back (TOTP seeds); a database dump alone does not reveal them. */
  seal: (plaintext: string) => string;
  open: (sealed: string) => string;
};

export function createServerSecret(key: Buffer): TServerSecret {
  if (key.length < 32) throw new Error('the server secret must be at least 32 bytes');
  const hmac = (purpose: string, value: string) => createHmac('sha256', key).update(`${purpose}\u0000${value}`).digest('hex');
  const sealKey = Buffer.from(hmac('seal-key', 'v1'), 'hex');
  return {
    hmac,
    seal: (plaintext) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', sealKey, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
    },
    open: (sealed) => {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('not a sealed value');
      const decipher = createDecipheriv('aes-256-gcm', sealKey, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}

/** From `SERVER_SECRET` (base64) when given, else generated on first start and kept under the data dir. */
export function loadServerSecret(options: { dataDir: string; base64?: string | undefined }): TServerSecret {
  if (options.base64) return createServerSecret(Buffer.from(options.base64, 'base64'));
  const file = join(options.dataDir, 'keys', 'server-secret.key');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  chmodSync(file, 0o600);
  return createServerSecret(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
}
