import { defineConfig } from 'drizzle-kit';

// `pnpm db:generate` (drizzle-kit generate) diffs the schema against drizzle/meta and writes the next
// versioned SQL migration into drizzle/. The server applies them at start (src/db/migrate.ts).
// Generated SQL must run on PostgreSQL 15 (Debian) and 18 (embedded): review it before committing.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './drizzle',
  strict: true,
  verbose: true,
});
