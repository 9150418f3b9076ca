import { withTransaction, type Db } from '../../db/client.ts';
import type { TTokenService } from '../../lib/tokens/token-service.ts';
import { GENESIS_HASH, hashAuditEvent } from './audit-hash.ts';
import {
  findAuditEventHash,
  findCheckpoints,
  readAuditEventsAfter,
  type TAuditCheckpointRow,
} from './audit.repository.ts';

export type TAuditBreak =
  /** A seq is missing (deleted row). */
  | 'gap'
  /** The row does not link to the one before (reordered, swapped, duplicated or inserted rows). */
  | 'prev-hash-mismatch'
  /** The row's content does not hash to its stored hash (edited row). */
  | 'hash-mismatch'
  /** A checkpoint's signature fails: forged, alg none, unknown key. */
  | 'checkpoint-invalid'
  /** A valid checkpoint disagrees with the chain (rows rewritten and re-chained after signing). */
  | 'checkpoint-mismatch'
  /** A valid checkpoint names a seq the log no longer has (tail cut off). */
  | 'truncated';

export type TAuditVerification =
  | {
      ok: true;
      /** The last seq checked; 0 when the range was empty. */
      lastSeq: number;
      events: number;
      checkpoints: number;
      /** The newest checkpoint checked, if any; events after it are not yet anchored. */
      lastCheckpointSeq: number | null;
    }
  | { ok: false; firstBadSeq: number; reason: TAuditBreak; events: number; checkpoints: number };

const BATCH = 1000;

/**
 * Walks the log from `from` (default 1) to `to` (default the end): gapless seqs, each row linked to the
 * one before, each hash recomputed, and every checkpoint in range signed by our key and matching the
 * chain. Reports the first bad seq. Runs in one read-only snapshot so appends during the walk
 * cannot look like damage.
 */
export async function verifyAuditLog(
  deps: { db: Db; tokens: TTokenService },
  range: { from?: number; to?: number } = {},
): Promise<TAuditVerification> {
  const from = Math.max(1, Math.floor(range.from ?? 1));
  return withTransaction(
    deps.db,
    async (tx) => {
      let events = 0;
      let checked = 0;
      const fail = (firstBadSeq: number, reason: TAuditBreak): TAuditVerification => ({
        ok: false,
        firstBadSeq,
        reason,
        events,
        checkpoints: checked,
      });

      // A range that starts later trusts the stored hash before it; a full run starts from genesis.
      const start = from === 1 ? GENESIS_HASH : await findAuditEventHash(tx, from - 1);
      if (start === undefined) {
        // Rows after a missing one are a gap; no rows at all is a range past the end, checked below.
        const after = await readAuditEventsAfter(tx, from - 1, { limit: 1, toSeq: range.to });
        if (after.length > 0) return fail(from - 1, 'gap');
      }
      const checkpoints = await findCheckpoints(tx, { fromSeq: from, toSeq: range.to });
      let next = 0;
      let prevHash = start ?? GENESIS_HASH;
      let expected = from;

      for (;;) {
        const rows = await readAuditEventsAfter(tx, expected - 1, {
          limit: BATCH,
          toSeq: range.to,
        });
        for (const row of rows) {
          if (row.seq !== expected) return fail(expected, 'gap');
          if (row.prevHash !== prevHash) return fail(row.seq, 'prev-hash-mismatch');
          if (hashAuditEvent(row.prevHash, row.seq, row) !== row.hash)
            return fail(row.seq, 'hash-mismatch');
          events += 1;
          const checkpoint = checkpoints[next];
          if (checkpoint?.seq === row.seq) {
            const problem = await checkCheckpoint(deps.tokens, checkpoint, row.hash);
            if (problem) return fail(row.seq, problem);
            checked += 1;
            next += 1;
          }
          prevHash = row.hash;
          expected += 1;
        }
        if (rows.length < BATCH) break;
      }

      const lastSeq = expected - 1;
      // Checkpoints are unique per seq and the walk visited every seq up to lastSeq, so any left are beyond it.
      const beyond = checkpoints[next];
      if (beyond) {
        const problem = await checkCheckpoint(deps.tokens, beyond, undefined);
        return problem === 'checkpoint-invalid'
          ? fail(beyond.seq, problem)
          : fail(lastSeq + 1, 'truncated');
      }
      const lastCheckpointSeq = checkpoints.at(-1)?.seq ?? null;
      return {
        ok: true,
        lastSeq: events === 0 ? 0 : lastSeq,
        events,
        checkpoints: checked,
        lastCheckpointSeq,
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** The signature and the signed claims, against the row and, when the row exists, the chain. */
async function checkCheckpoint(
  tokens: TTokenService,
  checkpoint: TAuditCheckpointRow,
  chainHash: string | undefined,
): Promise<TAuditBreak | undefined> {
  let claims: { seq: number; hash: string };
  try {
    ({ claims } = await tokens.verify('audit-checkpoint', checkpoint.jws));
  } catch {
    return 'checkpoint-invalid';
  }
  if (claims.seq !== checkpoint.seq || claims.hash !== checkpoint.hash)
    return 'checkpoint-mismatch';
  if (chainHash !== undefined && chainHash !== checkpoint.hash) return 'checkpoint-mismatch';
  return undefined;
}
