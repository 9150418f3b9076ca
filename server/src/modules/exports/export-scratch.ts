import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { decryptStream, encryptStream } from './export-encryption.ts';

/**
 * Scratch space for one build (a CSV table is written while its JSON streams into the ZIP, and
 * joins the ZIP after). Encrypted with the export's key like the package itself: no plaintext
 * personal data touches the disk, even for the seconds a build takes.
 */
export type TExportScratch = {
  /** A sink for `entry`; `done` settles once it is on disk. */
  create(entry: string): { stream: Writable; done: Promise<void> };
  read(entry: string): Readable;
  /** Deletes the scratch space; idempotent. */
  clear(): Promise<void>;
};

export async function createExportScratch(root: string, exportId: string, key: Buffer): Promise<TExportScratch> {
  const dir = join(root, exportId);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const fileOf = (entry: string) => {
    if (!/^[a-z0-9][a-z0-9.-]{0,80}$/.test(entry)) throw new Error('not a scratch entry name');
    return join(dir, entry);
  };
  const aad = (entry: string) => `${exportId}:scratch:${entry}`;
  return {
    create(entry) {
      const stream = encryptStream(key, aad(entry));
      const done = pipeline(stream, createWriteStream(fileOf(entry), { mode: 0o600 }));
      // The caller awaits `done`; this keeps an early failure from being an unhandled rejection meanwhile.
      done.catch(() => undefined);
      return { stream, done };
    },
    read(entry) {
      const decrypt = decryptStream(key, aad(entry));
      const source = createReadStream(fileOf(entry));
      source.on('error', (error) => decrypt.destroy(error));
      return source.pipe(decrypt);
    },
    clear: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Removes every build's scratch space under `root` of export `id` (after a crash, at purge). */
export async function clearExportScratch(root: string, exportId: string): Promise<void> {
  await rm(join(root, exportId), { recursive: true, force: true }).catch((error: NodeJS.ErrnoException) => {
    // No scratch directory there (the root is not a directory at all): nothing to clear.
    if (error.code !== 'ENOTDIR') throw error;
  });
}
