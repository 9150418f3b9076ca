import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { TServerSecret } from '../../lib/server-secret.ts';

/**
 * ID documents are the most sensitive thing the portal ever holds: AES-256-GCM with a key of their
 * own, derived from the server secret, so a database dump or backup alone shows nothing.
 */
function keyOf(secret: TServerSecret): Buffer {
  return Buffer.from(secret.hmac('id-document-key', 'v1'), 'hex');
}

export function sealDocument(secret: TServerSecret, plain: Buffer, aad: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function openDocument(secret: TServerSecret, sealed: Buffer, aad: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), sealed.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}
