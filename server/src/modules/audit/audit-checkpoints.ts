import type { Db } from '../../db/client.ts';
import type { TTokenService } from '../../lib/tokens/token-service.ts';
import {
  findAuditHead,
  findLatestCheckpoint,
  insertCheckpoint,
  type TAuditCheckpointRow,
} from './audit.repository.ts';
import { verifyAuditLog } from './audit-verifier.ts';

/** security.md line 20: a checkpoint at least every hour or every 1,000 events. */
export const CHECKPOINT_EVERY_EVENTS = 1000;
export const CHECKPOINT_EVERY_MS = 60 * 60 * 1000;

export type TCheckpointDeps = { db: Db; tokens: TTokenService; now: () => Date };

export class AuditChainBrokenError extends Error {
  constructor(
    readonly firstBadSeq: number,
    readonly reason: string,
  ) {
    super(
      `audit log broken at seq ${firstBadSeq} (${reason}); refusing to sign a checkpoint over it`,
    );
    this.name = 'AuditChainBrokenError';
  }
}

/**
 * Signs the current head. The events since the previous checkpoint are verified first, so a
 * checkpoint never vouches for rows that were already tampered with. Null when the log is empty;
 * the existing checkpoint when the head is already signed.
 */
export async function writeCheckpoint(deps: TCheckpointDeps): Promise<TAuditCheckpointRow | null> {
  const head = await findAuditHead(deps.db);
  if (!head) return null;
  const previous = await findLatestCheckpoint(deps.db);
  if (previous?.seq === head.seq) return previous;
  const check = await verifyAuditLog(deps, { from: previous?.seq ?? 1, to: head.seq });
  if (!check.ok) throw new AuditChainBrokenError(check.firstBadSeq, check.reason);
  const jws = await deps.tokens.sign('audit-checkpoint', { seq: head.seq, hash: head.hash }, {});
  return insertCheckpoint(deps.db, { seq: head.seq, hash: head.hash, jws, createdAt: deps.now() });
}

/** Writes a checkpoint when 1,000 events or an hour have passed since the last one (and there is something new). */
export async function maybeCheckpoint(deps: TCheckpointDeps): Promise<TAuditCheckpointRow | null> {
  const head = await findAuditHead(deps.db);
  if (!head) return null;
  const previous = await findLatestCheckpoint(deps.db);
  if (previous && previous.seq >= head.seq) return null;
  const due =
    !previous ||
    head.seq - previous.seq >= CHECKPOINT_EVERY_EVENTS ||
    deps.now().getTime() - previous.createdAt.getTime() >= CHECKPOINT_EVERY_MS;
  return due ? writeCheckpoint(deps) : null;
}
