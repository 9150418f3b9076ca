import PgBoss from 'pg-boss';
import type pg from 'pg';
import { JOB_SCHEMA } from './job-queue.ts';

/**
 * Creates or upgrades pg-boss's tables, as part of our migrations (one connection, under the
 * migration lock), so no server or worker starts against a half-installed queue. pg-boss runs each
 * step of its own in a transaction.
 */
export async function installJobSchema(client: pg.ClientBase): Promise<void> {
  const boss = new PgBoss({
    db: { executeSql: async (text, values) => client.query(text, values) },
    schema: JOB_SCHEMA,
    migrate: true,
    supervise: false,
    schedule: false,
  });
  await boss.start();
  await boss.stop({ graceful: false, close: false });
  // The application's role sends jobs inside its own transactions (migration 0008 grants it future
  // tables; this also covers a queue schema installed before that migration existed).
  await client.query(`
    DO $$ BEGIN
      IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'custodia_app') THEN
        GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO custodia_app;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO custodia_app;
      END IF;
    END $$`);
}
