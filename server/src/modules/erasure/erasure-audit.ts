import type { DbOrTx } from '../../db/client.ts';
import type { TClock } from '../../lib/clock.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { toAuditEventContent, type TAuditDetails } from '../audit/audit-event.ts';
import type { TErasureRequestRow } from './erasure-requests.repository.ts';

/** What the saga records itself: the system acts on the customer's data, for their request. Ids and codes only. */
export async function auditErasureSystemEvent(
  db: DbOrTx,
  clock: TClock,
  request: Pick<TErasureRequestRow, 'id' | 'customerId' | 'requestId'>,
  action: string,
  outcome: 'success' | 'failure',
  details: TAuditDetails = {},
): Promise<void> {
  await appendAuditEvent(
    db,
    toAuditEventContent(
      { action, outcome, actorKind: 'system', subjectCustomerId: request.customerId, requestId: request.requestId, targetType: 'erasure-request', targetId: request.id, details },
      () => clock.now(),
    ),
  );
}
