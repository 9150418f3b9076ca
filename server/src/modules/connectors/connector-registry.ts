import { z } from 'zod';
import type { TProfile, TSystem } from '@portal/shared/profiles/profile.schema';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TConnector } from './connector.ts';
import { createHttpConnector } from './http-connector.ts';
import { createHttpTransport, type TRetryPolicy } from './http-transport.ts';
import { createOwnTablesConnector } from './own-tables-connector.ts';

export type TSystemConnection =
  | { id: string; name: string; kind: 'own-tables'; connect: (db: DbOrTx) => TConnector }
  | { id: string; name: string; kind: 'http'; status: 'ready'; connector: TConnector; secret: string }
  | { id: string; name: string; kind: 'http'; status: 'not-configured' };

export type TConnectorRegistry = {
  /** Every system of the profile, in profile order. */
  readonly systems: readonly TSystemConnection[];
  system(id: string): TSystemConnection | undefined;
  /** The connector of a system, or null when it is not configured; own tables work in `db` (a transaction). */
  connector(id: string, db?: DbOrTx): TConnector | null;
};

export class ConnectorConfigError extends Error {
  override readonly name = 'ConnectorConfigError';
}

const ZBaseUrlSchema = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });
const ZSecretSchema = z.string().min(32, 'must be at least 32 characters');

/** `/api/connectors/<system>/callback` on the portal's public origin. */
export function callbackUrlFor(publicOrigin: string, systemId: string): string {
  return new URL(`/api/connectors/${systemId}/callback`, publicOrigin).href;
}

/**
 * The connector of each system in the profile. An http system is reached at the base URL and
 * with the secret in the environment variables the profile names; with neither set it is "not
 * configured" (the portal shows its categories as unavailable); with only one, or a bad value, the
 * portal refuses to start.
 */
export function createConnectorRegistry(deps: {
  profile: TProfile;
  db: Db;
  clock: TClock;
  wallClock: TClock;
  publicOrigin: string;
  env?: Record<string, string | undefined>;
  fetch?: typeof fetch;
  policies?: { read?: TRetryPolicy; write?: TRetryPolicy };
}): TConnectorRegistry {
  const env = deps.env ?? process.env;
  const problems: string[] = [];
  const systems = deps.profile.systems.map((system): TSystemConnection => {
    if (system.connector.kind === 'own-tables') {
      return {
        id: system.id,
        name: system.name,
        kind: 'own-tables',
        connect: (db) => createOwnTablesConnector({ db, clock: deps.clock, profile: deps.profile, system: system.id }),
      };
    }
    return httpSystem(system, system.connector);
  });
  if (problems.length > 0) throw new ConnectorConfigError(`Invalid connector configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);

  function httpSystem(system: TSystem, connector: { baseUrlEnv: string; secretEnv: string }): TSystemConnection {
    const baseUrl = env[connector.baseUrlEnv] || undefined;
    const secret = env[connector.secretEnv] || undefined;
    if (!baseUrl && !secret) return { id: system.id, name: system.name, kind: 'http', status: 'not-configured' };
    const url = ZBaseUrlSchema.safeParse(baseUrl);
    const key = ZSecretSchema.safeParse(secret);
    if (!url.success) problems.push(`${connector.baseUrlEnv} (system ${system.id}): ${baseUrl ? 'must be an http(s) URL' : 'is missing'}`);
    if (!key.success) problems.push(`${connector.secretEnv} (system ${system.id}): ${secret ? 'must be at least 32 characters' : 'is missing'}`);
    if (!url.success || !key.success) return { id: system.id, name: system.name, kind: 'http', status: 'not-configured' };
    const transport = createHttpTransport({
      baseUrl: url.data,
      secret: key.data,
      callbackUrl: callbackUrlFor(deps.publicOrigin, system.id),
      wallClock: deps.wallClock,
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
    });
    return {
      id: system.id,
      name: system.name,
      kind: 'http',
      status: 'ready',
      secret: key.data,
      connector: createHttpConnector({ system: system.id, profile: deps.profile, transport, db: deps.db, clock: deps.clock, ...(deps.policies ? { policies: deps.policies } : {}) }),
    };
  }

  const byId = new Map(systems.map((s) => [s.id, s]));
  return {
    systems,
    system: (id) => byId.get(id),
    connector(id, db) {
      const system = byId.get(id);
      if (!system) return null;
      if (system.kind === 'own-tables') return system.connect(db ?? deps.db);
      return system.status === 'ready' ? system.connector : null;
    },
  };
}
