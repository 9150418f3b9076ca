import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // One PostgreSQL for the run (embedded, or DATABASE_URL) and a migrated template; see the file.
    globalSetup: ['./test/setup/global-setup.ts'],
    // Separate processes: each test file gets its own database from test/setup/test-database.ts.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
