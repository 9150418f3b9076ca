import { withTransaction, type Db } from '../../db/client.ts';
import type { TClock } from '../../lib/clock.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { toAuditEventContent } from '../audit/audit-event.ts';
import { appendEvent, deleteDocuments } from './requests.repository.ts';

/** ID documents are kept 30 days at most, whatever happens to the request (issue 9). */
export async function purgeDueDocuments(db: Db, clock: TClock): Promise<number> {
  return withTransaction(db, async (tx) => {
    const now = clock.now();
    const requestIds = await deleteDocuments(tx, { dueBefore: now }, now);
    for (const requestId of new Set(requestIds)) {
      await appendEvent(tx, { requestId, at: now, kind: 'document-deleted', actorKind: 'system', note: null });
      await appendAuditEvent(
        tx,
        toAuditEventContent(
          { action: 'request.document.deleted', outcome: 'success', actorKind: 'system', targetType: 'request', targetId: requestId, details: { reason: 'expired' } },
          () => clock.now(),
        ),
      );
    }
    return requestIds.length;
  });
}
