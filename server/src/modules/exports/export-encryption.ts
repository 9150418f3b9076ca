import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import type { TServerSecret } from '../../lib/server-secret.ts';

/**
 * Export files at rest: AES-256-GCM with a key of their own, in 64 KiB segments (the STREAM
 * construction of Hoang et al., as in Tink and age). Each segment has its own tag, so a download is
 * decrypted and authenticated as it streams, never released before it is checked; the nonce carries
 * the segment number and a last-segment flag, so reordered, dropped or truncated segments fail.
 *
 *   file    = MAGIC ‖ nonce prefix (7 bytes) ‖ segment*
 *   segment = AES-256-GCM(key, nonce = prefix ‖ uint32 counter ‖ last flag, aad) ‖ tag (16 bytes)
 */
const MAGIC = Buffer.from('CUSTODIA-EXPORT-1\n', 'ascii');
const PREFIX_BYTES = 7;
const HEADER_BYTES = MAGIC.length + PREFIX_BYTES;
const SEGMENT_BYTES = 64 * 1024;
const TAG_BYTES = 16;
const SEALED_SEGMENT_BYTES = SEGMENT_BYTES + TAG_BYTES;

export class ExportDecryptionError extends Error {
  override readonly name = 'ExportDecryptionError';
}

function nonce(prefix: Buffer, counter: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  prefix.copy(n, 0);
  n.writeUInt32BE(counter, PREFIX_BYTES);
  n[11] = last ? 1 : 0;
  return n;
}

/** A new random file key, and that key sealed for the database (bound to the export's id). */
export function newExportKey(secret: TServerSecret, exportId: string): { key: Buffer; sealed: string } {
  const key = randomBytes(32);
  return { key, sealed: secret.seal(`${exportId}.${key.toString('base64url')}`) };
}

/** The file key from its sealed form; refuses a key sealed for another export. */
export function openExportKey(secret: TServerSecret, exportId: string, sealed: string): Buffer {
  const opened = secret.open(sealed);
  const dot = opened.lastIndexOf('.');
  if (opened.slice(0, dot) !== exportId) throw new ExportDecryptionError('this key belongs to another export');
  return Buffer.from(opened.slice(dot + 1), 'base64url');
}

/** Encrypts what is written through it; `aad` names what the bytes are (export id and entry). */
export function encryptStream(key: Buffer, aad: string): Transform {
  const prefix = randomBytes(PREFIX_BYTES);
  const additional = Buffer.from(aad, 'utf8');
  let pending: Buffer = Buffer.alloc(0);
  let counter = 0;
  const seal = (plain: Buffer, last: boolean) => {
    const cipher = createCipheriv('aes-256-gcm', key, nonce(prefix, counter, last));
    cipher.setAAD(additional);
    counter += 1;
    return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  };
  let headerSent = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      if (!headerSent) {
        this.push(Buffer.concat([MAGIC, prefix]));
        headerSent = true;
      }
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      // Keep the last (possibly full) segment back: only the end of the stream says it is the last.
      while (pending.length > SEGMENT_BYTES) {
        this.push(seal(pending.subarray(0, SEGMENT_BYTES), false));
        pending = pending.subarray(SEGMENT_BYTES);
      }
      callback();
    },
    flush(callback: TransformCallback) {
      if (!headerSent) this.push(Buffer.concat([MAGIC, prefix]));
      this.push(seal(pending, true));
      callback();
    },
  });
}

/** Decrypts and authenticates segment by segment; any tampering fails the stream with ExportDecryptionError. */
export function decryptStream(key: Buffer, aad: string): Transform {
  const additional = Buffer.from(aad, 'utf8');
  let prefix: Buffer | null = null;
  let pending: Buffer = Buffer.alloc(0);
  let counter = 0;
  const open = (sealed: Buffer, last: boolean): Buffer => {
    if (!prefix || sealed.length < TAG_BYTES) throw new ExportDecryptionError('the export file is truncated');
    const decipher = createDecipheriv('aes-256-gcm', key, nonce(prefix, counter, last));
    decipher.setAAD(additional);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    counter += 1;
    try {
      return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new ExportDecryptionError('the export file failed its integrity check');
    }
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      try {
        if (!prefix) {
          if (pending.length < HEADER_BYTES) return callback();
          if (!pending.subarray(0, MAGIC.length).equals(MAGIC)) throw new ExportDecryptionError('not an encrypted export file');
          prefix = Buffer.from(pending.subarray(MAGIC.length, HEADER_BYTES));
          pending = pending.subarray(HEADER_BYTES);
        }
        // A segment is known not to be the last only once a byte after it has arrived.
        while (pending.length > SEALED_SEGMENT_BYTES) {
          this.push(open(pending.subarray(0, SEALED_SEGMENT_BYTES), false));
          pending = pending.subarray(SEALED_SEGMENT_BYTES);
        }
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback: TransformCallback) {
      try {
        this.push(open(pending, true));
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}
