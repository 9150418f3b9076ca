// `pnpm --filter @portal/server seed:large`: adds `large@<profile>.example` with a million
// activity rows to the profile's database (loading the demo data first if it is missing).
//   PROFILE        operator profile (default cocomo)
//   DATABASE_URL   PostgreSQL to use; unset: the embedded database of the profile under DATA_DIR
//   ACTIVITY_ROWS  rows to create (default 1 000 000)
import { loadProfile } from '@portal/shared/profiles/registry';
import { loadConfig } from '../../config/env.ts';
import { createDatabase } from '../client.ts';
import { resolveDatabase } from '../database-url.ts';
import { runMigrations } from '../migrate.ts';
import { seedDemoData } from './seed-demo-data.ts';
import { seedLargeCustomer } from './seed-large-customer.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const profile = loadProfile(config.profileId);
  const rows = Number(process.env.ACTIVITY_ROWS ?? 1_000_000);
  if (!Number.isInteger(rows) || rows < 1)
    throw new Error(
      `ACTIVITY_ROWS must be a positive whole number, not "${process.env.ACTIVITY_ROWS}"`,
    );

  const database = await resolveDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    profileId: profile.id,
    log: (message) => console.log(message),
  });
  const { db, close } = createDatabase(database.connectionString, {
    applicationName: 'custodia-seed-large',
  });
  try {
    await runMigrations(db);
    const demo = await seedDemoData(db, profile, { now: new Date() });
    if (demo.seeded)
      console.log(`loaded the demo data of ${profile.id} (${demo.counts.customers} customers)`);
    console.log(
      `creating large@${profile.id}.example with ${rows.toLocaleString('en')} activity rows…`,
    );
    let last = 0;
    const result = await seedLargeCustomer(db, profile, {
      activityRows: rows,
      onProgress: (done, total) => {
        const percent = Math.floor((done / total) * 100);
        if (percent >= last + 10 || done === total) {
          last = percent;
          console.log(
            `  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${percent}%)`,
          );
        }
      },
    });
    console.log(
      `done in ${(result.ms / 1000).toFixed(1)} s: ${result.email} has ${result.rows.toLocaleString('en')} rows in "${result.category}" (password: custodia-demo-2026)`,
    );
  } finally {
    await close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error('seed:large failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
