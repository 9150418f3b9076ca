import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/**
 * Where the (encrypted) export files live: the local disk or an S3-compatible bucket. Objects are
 * named `<export id>.<attempt>.zip.enc`; a writer's object appears only on `commit`, whole, so a
 * crash mid-build leaves nothing a reader could mistake for a package.
 */
export type TExportStorage = {
  kind: 'local' | 's3';
  /** Starts writing `name` (dropping unfinished writes of earlier attempts); nothing is visible under that name until `commit`. */
  writer(name: string): Promise<TObjectWriter>;
  /** The object's bytes, or null when there is none. */
  open(name: string): Promise<Readable | null>;
  /** Deletes every object of export `id` (all attempts, finished or not); idempotent. */
  removeExport(id: string): Promise<void>;
  /** Deletes one object; idempotent. */
  remove(name: string): Promise<void>;
  /** Object names, for tests and the purge's orphan sweep. */
  list(): Promise<string[]>;
};

export type TObjectWriter = {
  stream: Writable;
  /** Waits for the stream to finish, makes the object durable and visible; resolves with its size. */
  commit(): Promise<number>;
  /** Drops what was written; idempotent, never throws. */
  abort(): Promise<void>;
};

const ID = /^[0-9a-f-]{36}$/;
const NAME = /^([0-9a-f-]{36})\.\d+\.zip\.enc$/;

/** `<id>.<attempt>.zip.enc`: each attempt its own object, so a late older attempt cannot overwrite a newer one. */
export function exportObjectName(id: string, attempt: number): string {
  if (!ID.test(id) || !Number.isInteger(attempt) || attempt < 1) throw new Error('not an export object');
  return `${id}.${attempt}.zip.enc`;
}

/** Rejects anything that is not an export object name: no path can leave the storage directory. */
export function assertObjectName(name: string): void {
  if (!NAME.test(name)) throw new Error('not an export object name');
}

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Files under `dir` (`.data/exports`), written under `.partial/` and renamed into place. */
export function createLocalExportStorage(dir: string): TExportStorage {
  const partialDir = join(dir, '.partial');
  const names = async (path: string) => readdir(path).catch(() => [] as string[]);

  return {
    kind: 'local',
    async writer(name) {
      assertObjectName(name);
      await mkdir(partialDir, { recursive: true, mode: 0o700 });
      // What an earlier attempt of this export left when its process died: it can never be finished.
      const id = name.slice(0, 36);
      for (const stale of (await names(partialDir)).filter((n) => n.startsWith(`${id}.`) && n !== name)) {
        await rm(join(partialDir, stale), { force: true });
      }
      const partial = join(partialDir, name);
      const stream = createWriteStream(partial, { mode: 0o600 });
      let aborted = false;
      return {
        stream,
        async commit() {
          if (!stream.writableFinished) await finished(stream);
          await fsyncPath(partial);
          await rename(partial, join(dir, name));
          await fsyncPath(dir);
          return (await stat(join(dir, name))).size;
        },
        async abort() {
          if (aborted) return;
          aborted = true;
          stream.destroy();
          await rm(partial, { force: true }).catch(() => undefined);
        },
      };
    },
    async open(name) {
      assertObjectName(name);
      const path = join(dir, name);
      const exists = await stat(path).then(
        () => true,
        () => false,
      );
      return exists ? createReadStream(path) : null;
    },
    async removeExport(id) {
      if (!ID.test(id)) throw new Error('not an export id');
      for (const folder of [dir, partialDir]) {
        const mine = (await names(folder)).filter((n) => n.startsWith(`${id}.`));
        await Promise.all(mine.map((n) => rm(join(folder, n), { force: true })));
      }
    },
    async remove(name) {
      assertObjectName(name);
      await rm(join(dir, name), { force: true });
    },
    async list() {
      return (await names(dir)).filter((n) => NAME.test(n));
    },
  };
}
