// `pnpm db:reset`: empties the database of the current profile. The next server start migrates it and
// loads the profile's demo data again.
//   without DATABASE_URL: drops and recreates custodia_<PROFILE> on the embedded PostgreSQL (DATA_DIR/postgres)
//   with DATABASE_URL:    drops every schema of that database we own (public, drizzle, …) and recreates public
// Reads PROFILE (default cocomo), DATABASE_URL and DATA_DIR straight from the environment: it must work
// even when the rest of the configuration does not.
import { join } from 'node:path';
import { REPO_DIR } from '../lib/repo-paths.ts';
import {
  createDatabaseIfMissing,
  dropDatabaseIfExists,
  redactConnectionString,
  withClient,
} from './admin-sql.ts';
import { embeddedDataDir, profileDatabaseName } from './database-url.ts';
import { startEmbeddedPostgres, type TEmbeddedPostgres } from './embedded-postgres.ts';

const env = (name: string): string | undefined => process.env[name] || undefined;

async function resetEmbedded(profileId: string, dataDir: string): Promise<void> {
  const database = profileDatabaseName(profileId);
  const clusterDir = embeddedDataDir(dataDir);
  console.log(
    `Resetting database ${database} on the embedded PostgreSQL in ${clusterDir}: dropping it and creating it empty.`,
  );
  const embedded: TEmbeddedPostgres = await startEmbeddedPostgres({
    dataDir: clusterDir,
    log: (m) => console.log(`  ${m}`),
  });
  const stopOnSignal = () => void embedded.stop().finally(() => process.exit(130));
  process.once('SIGINT', stopOnSignal).once('SIGTERM', stopOnSignal);
  try {
    const admin = embedded.connectionString('postgres');
    await dropDatabaseIfExists(admin, database);
    await createDatabaseIfMissing(admin, database);
    if (embedded.mode === 'shared')
      console.log(
        '  A running server used this database: restart it to migrate and load the demo data.',
      );
  } finally {
    await embedded.stop();
  }
}

async function resetUrl(databaseUrl: string): Promise<void> {
  await withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ name: string }>(
      `select nspname as name from pg_namespace
        where nspname in ('public', 'drizzle')
           or (pg_get_userbyid(nspowner) = current_user and nspname not like 'pg\\_%' and nspname <> 'information_schema')
        order by 1`,
    );
    const schemas = rows.map((r) => r.name);
    console.log(
      `Resetting ${redactConnectionString(databaseUrl)}: dropping schema(s) ${schemas.join(', ') || '(none)'} ` +
        'with everything in them, then creating an empty public schema.',
    );
    await client.query('begin');
    for (const name of schemas)
      await client.query(`drop schema ${client.escapeIdentifier(name)} cascade`);
    await client.query('create schema public');
    await client.query('grant usage on schema public to public');
    await client.query('commit');
  });
}

async function main(): Promise<void> {
  const profileId = env('PROFILE') ?? 'cocomo';
  const databaseUrl = env('DATABASE_URL');
  if (databaseUrl) await resetUrl(databaseUrl);
  else await resetEmbedded(profileId, env('DATA_DIR') ?? join(REPO_DIR, '.data'));
  console.log(`Done. The next start migrates the database and loads the ${profileId} demo data.`);
}

main().catch((error: unknown) => {
  console.error(`db:reset failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
