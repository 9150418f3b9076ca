// Values the global setup hands to every test file (vitest `provide` → `inject`).
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    /** A connection string to the test server with the right to CREATE DATABASE (admin database). */
    testDatabaseAdminUrl: string;
    /** Prefix of this run's test database names; the teardown drops what is left with it. */
    testDatabasePrefix: string;
  }
}

/** Migrated once per run; each test file clones it (CREATE DATABASE … TEMPLATE), which takes milliseconds. */
export const TEMPLATE_DATABASE = 'custodia_test_template';
