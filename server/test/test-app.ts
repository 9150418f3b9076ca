import type { AddressInfo } from 'node:net';
import { createApp, type TApp } from '../src/app.ts';
import { createLogger } from '../src/lib/logger.ts';
import { loadProfile } from '@portal/shared/profiles/registry';
import type { TProfileId } from '@portal/shared/profiles/profile.schema';
import { createTestDatabase } from './setup/test-database.ts';

export type TTestApp = TApp & {
  baseUrl: string;
  /** fetch against the running test server; relative paths are resolved against it. */
  request: (path: string, init?: RequestInit) => Promise<Response>;
  close: () => Promise<void>;
};

/** The real app on a real port over a fresh, migrated PostgreSQL database. */
export async function startTestApp(options: { profile?: TProfileId; webDistDir?: string } = {}): Promise<TTestApp> {
  const database = await createTestDatabase();
  const built = createApp({
    config: { env: 'test', trustProxy: false, webDistDir: options.webDistDir ?? '/nonexistent' },
    profile: loadProfile(options.profile ?? 'cocomo'),
    logger: createLogger('silent'),
    pingDatabase: async () => {
      await database.pool.query('select 1');
    },
    version: 'test',
  });
  const server = built.app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ...built,
    baseUrl,
    request: (path, init) => fetch(new URL(path, baseUrl), init),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
