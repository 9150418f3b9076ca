// What both export variants need, wired the way the server wires it (bootstrap.ts), from the
// server's own modules: the database, the profile's inventory and connectors, the signing key.
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, type TLanguage } from '@portal/shared/domain/languages';
import { loadProfile } from '@portal/shared/profiles/registry';
import type { TProfileId } from '@portal/shared/profiles/profile.schema';
import { createDatabase } from '@portal/server/src/db/client.ts';
import { systemClock } from '@portal/server/src/lib/clock.ts';
import { loadSigningKeys } from '@portal/server/src/lib/tokens/signing-keys.ts';
import { createTokenService } from '@portal/server/src/lib/tokens/token-service.ts';
import type { TConnectorSubject } from '@portal/server/src/modules/connectors/connector.ts';
import { createConnectorRegistry } from '@portal/server/src/modules/connectors/connector-registry.ts';
import type { TExportRow } from '@portal/server/src/modules/exports/exports.repository.ts';
import { buildInventory } from '@portal/server/src/modules/personal-data/inventory.ts';

export const REPO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PUBLIC_ORIGIN = 'http://localhost:3000';

/** Where the benchmark keeps its embedded database, signing key, scratch space and packages. */
export const benchDataDir = (profileId: string) => join(REPO_DIR, '.data', 'bench', `export-${profileId}`);

export type TExportContext = Awaited<ReturnType<typeof openExportContext>>;

export async function openExportContext(options: { connectionString: string; profileId: TProfileId; customerId: string }) {
  const profile = loadProfile(options.profileId);
  const { db, pool, close } = createDatabase(options.connectionString, { applicationName: 'custodia-bench-export' });
  const inventory = buildInventory(profile);
  // No http system is configured (env {}): their categories are "unavailable", as on a fresh install;
  // the benchmark measures the portal's own tables, where the large customer's rows are.
  const registry = createConnectorRegistry({ profile, db, clock: systemClock, wallClock: systemClock, publicOrigin: PUBLIC_ORIGIN, env: {} });
  const keys = await loadSigningKeys({ dataDir: benchDataDir(profile.id), createIfMissing: false });
  const tokens = createTokenService({ keys, issuer: PUBLIC_ORIGIN });
  const found = await pool.query<{ customer_number: string; email: string; language: string }>(
    'select customer_number, email, language from customers where id = $1',
    [options.customerId],
  );
  const customer = found.rows[0];
  if (!customer) throw new Error(`no customer ${options.customerId}: seed it first`);
  const subject: TConnectorSubject = { customerId: options.customerId, customerNumber: customer.customer_number, email: customer.email };
  const language = (LANGUAGES as readonly string[]).includes(customer.language) ? (customer.language as TLanguage) : profile.locale.defaultLanguage;
  const now = new Date();
  // The row a request would have inserted (every category, every format, no date range); the build
  // only reads it, so it need not be in the table.
  const exportRow: TExportRow = {
    id: randomUUID(),
    customerId: options.customerId,
    idempotencyKey: 'bench-export',
    requestHash: 'bench-export',
    requestId: `bench-${now.getTime()}`,
    status: 'running',
    categories: profile.categories.map((c) => c.id),
    dateFrom: null,
    dateTo: null,
    formats: ['json', 'csv', 'html'],
    language,
    categoriesDone: 0,
    recordsWritten: 0,
    attempts: 1,
    lockedBy: 'bench',
    keySealed: null,
    fileName: null,
    fileSize: null,
    fileSha256: null,
    failure: null,
    createdAt: now,
    startedAt: now,
    completedAt: null,
    expiresAt: null,
    purgedAt: null,
  };
  return { profile, db, inventory, registry, tokens, subject, language, exportRow, close };
}
