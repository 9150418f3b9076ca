// `pnpm audit:verify [--from <seq>] [--to <seq>]`: walks the audit chain and its signed checkpoints,
// prints the result and exits 1 when the log is broken (or cannot be checked).
// Reads the server's configuration: DATABASE_URL (else the embedded database of PROFILE under DATA_DIR),
// PUBLIC_ORIGIN (the token issuer) and the signing key (SIGNING_KEY_JWK, else DATA_DIR/keys). It never
// creates a key: checkpoints signed by a key it does not have are reported as invalid.
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/env.ts';
import { createDatabase } from '../../db/client.ts';
import { resolveDatabase } from '../../db/database-url.ts';
import { redactConnectionString } from '../../db/admin-sql.ts';
import { loadSigningKeys } from '../../lib/tokens/signing-keys.ts';
import { createTokenService } from '../../lib/tokens/token-service.ts';
import { createAuditService } from './audit.service.ts';

function seqOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`--${name} must be a positive whole number`);
  return Number(value);
}

async function main(): Promise<boolean> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
  const range = { from: seqOption(values.from, 'from'), to: seqOption(values.to, 'to') };
  const config = loadConfig();
  const keys = await loadSigningKeys({
    dataDir: config.dataDir,
    privateJwk: process.env.SIGNING_KEY_JWK || undefined,
    createIfMissing: false,
  });
  const tokens = createTokenService({ keys, issuer: config.publicOrigin });
  const resolved = await resolveDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    profileId: config.profileId,
    log: (message) => console.log(message),
  });
  const database = createDatabase(resolved.connectionString, {
    max: 2,
    applicationName: 'custodia-audit-verify',
  });
  try {
    console.log(`Verifying the audit log on ${redactConnectionString(resolved.connectionString)}`);
    const result = await createAuditService({ db: database.db, tokens }).verify(range);
    if (result.ok) {
      const anchored = result.lastCheckpointSeq ?? 0;
      console.log(
        `OK: ${result.events} events valid (up to seq ${result.lastSeq}), ${result.checkpoints} checkpoints valid, ` +
          `${result.lastSeq - anchored} events after the last checkpoint.`,
      );
    } else {
      console.log(
        `BROKEN: first bad seq ${result.firstBadSeq} (${result.reason}); ` +
          `${result.events} events and ${result.checkpoints} checkpoints before it were valid.`,
      );
    }
    return result.ok;
  } finally {
    await database.close();
    await resolved.stop();
  }
}

main().then(
  (ok) => {
    process.exitCode = ok ? 0 : 1;
  },
  (error: unknown) => {
    console.error(`audit:verify failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
