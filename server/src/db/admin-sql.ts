// Server-level statements (CREATE/DROP DATABASE) on a short-lived connection of their own.
import pg from 'pg';

/** Runs `fn` on one connection to `connectionString` and closes it, whatever happens. */
export async function withClient<T>(
  connectionString: string,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
  // A connection lost while idle is reported by the next query; without a listener it would crash the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The same server and credentials as `connectionString`, another database. */
export function withDatabaseName(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** `connectionString` with its password hidden, for messages. */
export function redactConnectionString(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(unparsable connection string)';
  }
}

function pgCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined;
}

/** Creates database `name` unless it exists; safe when several processes race to create it. */
export async function createDatabaseIfMissing(
  adminConnectionString: string,
  name: string,
): Promise<boolean> {
  return withClient(adminConnectionString, async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount) return false;
    try {
      await client.query(`create database ${client.escapeIdentifier(name)}`);
      return true;
    } catch (error) {
      // 42P04 duplicate_database; 23505 when the concurrent insert into pg_database wins the race.
      if (pgCode(error) === '42P04' || pgCode(error) === '23505') return false;
      throw error;
    }
  });
}

/** Drops database `name` if it exists, ending its sessions first (PostgreSQL 13+). */
export async function dropDatabaseIfExists(
  adminConnectionString: string,
  name: string,
): Promise<void> {
  await withClient(adminConnectionString, async (client) => {
    const database = client.escapeIdentifier(name);
    try {
      await client.query(`drop database if exists ${database} with (force)`);
    } catch (error) {
      // 42501: FORCE may only end sessions of roles the caller belongs to. On PostgreSQL 15 that also
      // refuses an autovacuum worker (it has no role) that happens to be in the database, and a
      // session of another role that is already on its way out. A plain DROP ends autovacuum workers
      // itself and waits up to five seconds for the other sessions to leave.
      if (pgCode(error) !== '42501') throw error;
      await client.query(`drop database if exists ${database}`);
    }
  });
}
