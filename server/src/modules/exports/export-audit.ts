import type { DbOrTx } from '../../db/client.ts';
import type { TClock } from '../../lib/clock.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { toAuditEventContent, type TAuditDetails } from '../audit/audit-event.ts';
import type { TExportRow } from './exports.repository.ts';

/** What the export jobs record themselves: the system acts on the customer's data, for their request. */
export async function auditExportSystemEvent(
  db: DbOrTx,
  clock: TClock,
  row: Pick<TExportRow, 'id' | 'customerId' | 'requestId'>,
  action: string,
  outcome: 'success' | 'failure',
  details: TAuditDetails = {},
): Promise<void> {
  await appendAuditEvent(
    db,
    toAuditEventContent(
      { action, outcome, actorKind: 'system', subjectCustomerId: row.customerId, requestId: row.requestId, targetType: 'export', targetId: row.id, details },
      () => clock.now(),
    ),
  );
}
