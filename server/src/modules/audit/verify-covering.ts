import type { Db } from '../../db/client.ts';
import type { TTokenService } from '../../lib/tokens/token-service.ts';
import { findAuditHead, findCheckpoints, findLatestCheckpoint } from './audit.repository.ts';
import { verifyAuditLog } from './audit-verifier.ts';

export type TCoveringVerification = {
  /** Seqs whose stretch of the chain verified, up to a signed checkpoint or the head. */
  verified: ReadonlySet<number>;
  ok: boolean;
  /** The newest checkpoint; seqs after it are chained but not signed yet. */
  signedUpToSeq: number | null;
};

/**
 * Verifies just the stretches of the chain that vouch for `seqs`: from each seq to the first signed
 * checkpoint after it (at most about 1,000 events away, security.md line 20), or to the head for seqs
 * after the last checkpoint. A row rewritten and the chain re-hashed behind it would no longer match
 * that checkpoint's signature, so this holds without walking the whole log on every page view.
 */
export async function verifyCovering(
  deps: { db: Db; tokens: TTokenService },
  seqs: readonly number[],
): Promise<TCoveringVerification> {
  const sorted = [...new Set(seqs)].sort((a, b) => a - b);
  const head = await findAuditHead(deps.db);
  const first = sorted[0];
  if (first === undefined || !head) return { verified: new Set(), ok: sorted.length === 0, signedUpToSeq: null };
  const checkpoints = (await findCheckpoints(deps.db, { fromSeq: first })).map((c) => c.seq);
  const windows = new Map<number, number[]>();
  for (const seq of sorted) {
    const end = checkpoints.find((c) => c >= seq) ?? head.seq;
    windows.set(end, [...(windows.get(end) ?? []), seq]);
  }
  const verified = new Set<number>();
  let ok = true;
  for (const [end, members] of windows) {
    const result = await verifyAuditLog(deps, { from: members[0] ?? end, to: end });
    if (result.ok) for (const seq of members) verified.add(seq);
    else ok = false;
  }
  return { verified, ok, signedUpToSeq: (await findLatestCheckpoint(deps.db))?.seq ?? null };
}
