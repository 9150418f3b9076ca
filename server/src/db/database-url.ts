// Which PostgreSQL the server uses: DATABASE_URL as given, or the embedded one with a database per profile.
import { join } from 'node:path';
import { startEmbeddedPostgres, type TEmbeddedPostgres } from './embedded-postgres.ts';

export type TResolveDatabaseOptions = {
  /** DATABASE_URL; when set, used as given and nothing is started. */
  databaseUrl?: string | undefined;
  /** The app's data directory (DATA_DIR, default <repo>/.data); the embedded cluster lives in <dataDir>/postgres. */
  dataDir: string;
  profileId: string;
  log: (message: string) => void;
};

export type TResolvedDatabase = {
  connectionString: string;
  /** Set when the embedded server is used. */
  embedded?: TEmbeddedPostgres;
  /** Stops the embedded server (when this process runs it); a no-op with DATABASE_URL. */
  stop: () => Promise<void>;
};

/** Where the embedded cluster of an app data directory lives. */
export function embeddedDataDir(dataDir: string): string {
  return join(dataDir, 'postgres');
}

/** The embedded database of a profile, so switching PROFILE keeps each profile's demo data apart. */
export function profileDatabaseName(profileId: string): string {
  const name = `custodia_${profileId.replace(/-/g, '_')}`;
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(name))
    throw new Error(`"${profileId}" cannot name a database`);
  return name;
}

export async function resolveDatabase(
  options: TResolveDatabaseOptions,
): Promise<TResolvedDatabase> {
  if (options.databaseUrl) {
    return { connectionString: options.databaseUrl, stop: async () => undefined };
  }
  const database = profileDatabaseName(options.profileId);
  const embedded = await startEmbeddedPostgres({
    dataDir: embeddedDataDir(options.dataDir),
    log: options.log,
  });
  try {
    await embedded.ensureDatabase(database);
  } catch (error) {
    await embedded.stop().catch(() => undefined);
    throw new Error(
      `cannot create the database ${database}: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
  return {
    connectionString: embedded.connectionString(database),
    embedded,
    stop: () => embedded.stop(),
  };
}
