import { createHash } from 'node:crypto';
import type { auditEvents } from '../../db/schema/index.ts';
import { canonicalJson } from './canonical-json.ts';

/** `prev_hash` of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** A row as stored, without the chain columns. */
export type TAuditEventContent = Omit<typeof auditEvents.$inferSelect, 'seq' | 'prevHash' | 'hash'>;

/**
 * `SHA-256(prev_hash | seq | canonical JSON of the event)`, hex. The hashed fields are listed one by
 * one so the bytes stay fixed: a column added later must be added here under a new chain version,
 * or old rows would stop verifying.
 */
export function hashAuditEvent(prevHash: string, seq: number, event: TAuditEventContent): string {
  const content = {
    occurredAt: event.occurredAt.toISOString(),
    action: event.action,
    outcome: event.outcome,
    actorKind: event.actorKind,
    actorId: event.actorId,
    subjectCustomerId: event.subjectCustomerId,
    impersonationId: event.impersonationId,
    sessionIdHash: event.sessionIdHash,
    requestId: event.requestId,
    targetType: event.targetType,
    targetId: event.targetId,
    ipHash: event.ipHash,
    details: event.details,
  };
  return createHash('sha256')
    .update(`${prevHash}|${seq}|${canonicalJson(content)}`, 'utf8')
    .digest('hex');
}
