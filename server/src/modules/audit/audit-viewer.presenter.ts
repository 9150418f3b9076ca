import { AUDIT_COLUMNS, type TAuditEntry, type TAuditVerification } from '@portal/shared/schemas/audit.schema';
import type { TAuditEventRow } from './audit-event.ts';
import type { TAuditVerification as TVerifierResult } from './audit-verifier.ts';
import type { TStaffLabel } from './audit-viewer.repository.ts';
import { canonicalJson } from './canonical-json.ts';

export type TAuditLabels = { staff: Map<string, TStaffLabel>; customers: Map<string, string> };

function actorOf(row: TAuditEventRow, labels: TAuditLabels): string {
  if (row.actorKind === 'staff' && row.actorId) {
    const staff = labels.staff.get(row.actorId);
    return staff ? `staff ${staff.staffNumber} (${staff.role})` : 'staff';
  }
  if (row.actorKind === 'customer' && row.actorId) {
    const number = labels.customers.get(row.actorId);
    return number ? `customer ${number}` : 'customer';
  }
  return row.actorKind;
}

/**
 * One row of the audit viewer, exactly the columns of AUDIT_COLUMNS. The session and IP hashes stay
 * out: they are for correlating with the server secret, not for reading or exporting.
 */
export function presentAuditEntry(row: TAuditEventRow, labels: TAuditLabels): TAuditEntry {
  return {
    seq: row.seq,
    occurredAt: row.occurredAt.toISOString(),
    action: row.action,
    outcome: row.outcome,
    actor: actorOf(row, labels),
    actorId: row.actorId,
    customer: row.subjectCustomerId ? (labels.customers.get(row.subjectCustomerId) ?? null) : null,
    customerId: row.subjectCustomerId,
    impersonationId: row.impersonationId,
    target: row.targetType ? `${row.targetType}:${row.targetId ?? ''}` : null,
    details: canonicalJson(row.details),
    hash: row.hash,
  };
}

/** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a cell as a formula. */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_HEADER = `${AUDIT_COLUMNS.join(',')}\r\n`;

export function csvLine(entry: TAuditEntry): string {
  return `${AUDIT_COLUMNS.map((column) => csvCell(entry[column])).join(',')}\r\n`;
}

export function presentVerification(result: TVerifierResult, checkedAt: Date): TAuditVerification {
  return result.ok
    ? {
        ok: true,
        firstBadSeq: null,
        reason: null,
        events: result.events,
        checkpoints: result.checkpoints,
        lastSeq: result.lastSeq,
        lastCheckpointSeq: result.lastCheckpointSeq,
        checkedAt: checkedAt.toISOString(),
      }
    : {
        ok: false,
        firstBadSeq: result.firstBadSeq,
        reason: result.reason,
        events: result.events,
        checkpoints: result.checkpoints,
        lastSeq: null,
        lastCheckpointSeq: null,
        checkedAt: checkedAt.toISOString(),
      };
}
