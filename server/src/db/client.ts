// The application's connection pool and its drizzle instance.
import { is } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { PgTransaction, type PgTransactionConfig } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The database handle services and repositories receive. `db.$client` is the pool. */
export type Db = NodePgDatabase<Schema> & { $client: pg.Pool };
/** A transaction: what `withTransaction` hands to its callback; also accepted wherever a Db is read from. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either, for functions that run inside or outside a transaction. */
export type DbOrTx = Db | Tx;

export type TCreateDatabaseOptions = {
  /** Pool size (default 10). */
  max?: number;
  /**
   * Errors of idle connections (the server restarted, a connection was terminated). They are not fatal:
   * the pool drops the connection and opens a new one when needed. Without this they are swallowed.
   */
  onError?: (error: Error) => void;
  /** Shown in pg_stat_activity (default "custodia"). */
  applicationName?: string;
  /**
   * Every connection works as this role from its first statement (the `role` setting in the startup
   * options, as `SET ROLE` would). The server's pool uses APP_DB_ROLE; migrations use none.
   */
  role?: string;
};

/**
 * The role the application's queries run as (migration 0008_application_role): it may use the business
 * tables but not UPDATE, DELETE or TRUNCATE the audit trail. See docs/decisions/0003-application-database-role.md.
 */
export const APP_DB_ROLE = 'custodia_app';

export type TDatabase = { pool: pg.Pool; db: Db; close: () => Promise<void> };

/** Opens a pool on `connectionString` (nothing connects until the first query). `close()` is idempotent. */
export function createDatabase(
  connectionString: string,
  options: TCreateDatabaseOptions = {},
): TDatabase {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    application_name: options.applicationName ?? 'custodia',
    ...(options.role ? { options: `-c role=${assertRoleName(options.role)}` } : {}),
  });
  let closing: Promise<void> | undefined;
  // An idle client's error is re-emitted on the pool; an unhandled 'error' event would crash the process.
  // After close() none are reported: pool.end() resolves before the sockets are gone, so a database that
  // stops right after (as at shutdown) would otherwise log "terminating connection" for them.
  pool.on('error', (error) => {
    if (!closing) options.onError?.(error);
  });
  // A checked-out client whose connection dies between queries emits 'error' too; its next query fails
  // anyway, so the listener only has to keep the event from crashing the process.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = drizzle({ client: pool, schema });
  return { pool, db, close: () => (closing ??= pool.end()) };
}

function assertRoleName(role: string): string {
  // The name goes into a startup option string, so only plain identifiers.
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) throw new Error(`not a plain role name: ${role}`);
  return role;
}

/**
 * Runs `fn` in a transaction: committed when it resolves, rolled back when it throws (the error is
 * re-thrown). Given a transaction, nests with a savepoint (the isolation config applies to the outermost).
 */
export async function withTransaction<T>(
  db: DbOrTx,
  fn: (tx: Tx) => Promise<T>,
  config?: PgTransactionConfig,
): Promise<T> {
  if (is(db, PgTransaction)) return (db as Tx).transaction(fn);
  return (db as Db).transaction(fn, config);
}
