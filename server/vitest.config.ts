import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // One PostgreSQL for the run (embedded, or DATABASE_URL) and a migrated template; see the file.
    globalSetup: ['./test/setup/global-setup.ts'],
    // Separate processes: each test file gets its own database from test/setup/test-database.ts.
    pool: 'forks',
    // Vitest's default (one fewer than the cores) is a single fork on a two-core CI machine, yet the
    // files spend most of their time waiting on PostgreSQL and child servers: two at once halve the run.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
