import type { TProfile } from '@portal/shared/profiles/profile.schema';
import {
  isFinalRequestStatus,
  type TRequestEvent,
  type TRequestHold,
  type TRequestMessage,
  type TRequestSummary,
  type TRequestView,
  type TStaffRequestSummary,
  type TStaffRequestView,
} from '@portal/shared/schemas/requests.schema';
import type { TRequesterDetails } from '../../db/schema/requests.ts';
import { presentDeadlines } from './request-deadlines.ts';
import type { TDocumentRow, TEventRow, THoldRow, TMessageRow, TRequestRow, TRequestWithCustomer } from './requests.repository.ts';

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

export function deadlineInput(row: TRequestWithCustomer) {
  const r = row.request;
  return { type: r.type, status: r.status, receivedAt: r.receivedAt, extensionNoticeAt: r.extensionNoticeAt, processorsInvolved: r.processorsInvolved, country: row.country };
}

export function presentSummary(profile: TProfile, row: TRequestWithCustomer, now: Date): TRequestSummary {
  const r = row.request;
  return {
    id: r.id,
    reference: r.reference,
    type: r.type,
    status: r.status,
    origin: r.origin,
    receivedAt: r.receivedAt.toISOString(),
    closedAt: iso(r.closedAt),
    deadlines: presentDeadlines(profile, deadlineInput(row), now),
  };
}

export function presentEvent(e: TEventRow): TRequestEvent {
  return { at: e.at.toISOString(), kind: e.kind as TRequestEvent['kind'], status: e.status ?? null, actor: e.actorKind, note: e.note };
}

export function presentMessage(m: TMessageRow): TRequestMessage {
  return { id: m.id, at: m.at.toISOString(), from: m.fromKind, body: m.body };
}

export type TViewParts = {
  events: TEventRow[];
  messages: TMessageRow[];
  results: { exportReady: boolean; certificate: boolean };
};

function resultsOf(r: TRequestRow, parts: TViewParts): TRequestView['results'] {
  const results: TRequestView['results'] = [];
  if (parts.results.exportReady && r.originId) results.push({ kind: 'export', href: `/api/exports/${r.originId}` });
  if (parts.results.certificate && r.originId) results.push({ kind: 'erasure-certificate', href: `/api/erasure-requests/${r.originId}` });
  if (r.origin === 'privacy-choice') results.push({ kind: 'consent-receipt', href: '/api/consent/receipt.html' });
  return results;
}

export function presentView(profile: TProfile, row: TRequestWithCustomer, parts: TViewParts, now: Date): TRequestView {
  const r = row.request;
  const authority = profile.supervisoryAuthority;
  return {
    ...presentSummary(profile, row, now),
    details: r.details,
    acknowledgedAt: iso(r.acknowledgedAt),
    outcomeReason: r.outcomeReason,
    extensionReason: r.extensionReason,
    complaintTo: { name: authority.name, url: authority.complaintUrl ?? authority.url },
    results: resultsOf(r, parts),
    timeline: parts.events.map(presentEvent),
    messages: parts.messages.map(presentMessage),
    // A request the customer filed is theirs to withdraw while it is open, extended or on hold too.
    cancellable: r.origin === 'portal' && !isFinalRequestStatus(r.status),
  };
}

type TStaffRef = { id: string; displayName: string };
const ref = (names: Map<string, string>, id: string | null): TStaffRef | null => (id ? { id, displayName: names.get(id) ?? '—' } : null);

export function presentStaffSummary(profile: TProfile, row: TRequestWithCustomer, assigned: TStaffRef | null, now: Date): TStaffRequestSummary {
  return {
    ...presentSummary(profile, row, now),
    customerNumber: row.customerNumber,
    assignedTo: assigned,
    identityVerified: row.request.identityVerifiedAt !== null,
  };
}

export function presentHold(h: THoldRow, names: Map<string, string>, viewerId: string): TRequestHold {
  return {
    id: h.id,
    action: h.action,
    reason: h.reason,
    proposedBy: ref(names, h.proposedBy) ?? { id: h.proposedBy, displayName: '—' },
    proposedAt: h.proposedAt.toISOString(),
    decidedBy: ref(names, h.decidedBy),
    decidedAt: iso(h.decidedAt),
    decision: h.decision,
    // Two people: the proposer is refused (403), so their screen offers no decision.
    canDecide: h.decision === 'pending' && h.proposedBy !== viewerId,
  };
}

/** What a privacy officer may do now, from the status and the deadline engine. */
export function staffActions(view: TRequestView, row: TRequestRow, holds: THoldRow[]): TStaffRequestView['actions'] {
  const open = !isFinalRequestStatus(row.status);
  // Exports, erasures and privacy choices finish through their own feature; staff answer the rest.
  const manual = row.origin === 'portal' || row.origin === 'public' || row.origin === 'staff' || row.origin === 'rectification';
  const pending = holds.some((h) => h.decision === 'pending');
  const verified = row.identityVerifiedAt !== null;
  return {
    acknowledge: open && row.acknowledgedAt === null && row.status !== 'on-hold',
    verifyIdentity: open && !verified,
    extend: open && row.status !== 'on-hold' && view.deadlines.extension === 'available',
    complete: manual && open && row.status !== 'on-hold' && verified,
    reject: manual && open && row.status !== 'on-hold',
    proposeHold: open && row.status !== 'on-hold' && !pending,
    proposeLift: row.status === 'on-hold' && !pending,
  };
}

export function presentStaffView(
  profile: TProfile,
  row: TRequestWithCustomer,
  parts: TViewParts & { holds: THoldRow[]; documents: TDocumentRow[]; requester: TRequesterDetails | null; names: Map<string, string>; viewerId: string },
  now: Date,
): TStaffRequestView {
  const r = row.request;
  const view = presentView(profile, row, parts, now);
  return {
    ...view,
    customerNumber: row.customerNumber,
    customerId: r.customerId,
    requester: parts.requester
      ? {
          email: parts.requester.email,
          dataPoints: parts.requester.dataPoints,
          matchedDataPoints: parts.requester.matchedDataPoints,
          agent: parts.requester.agent ? { name: parts.requester.agent.name, email: parts.requester.agent.email } : null,
        }
      : null,
    assignedTo: ref(parts.names, r.assignedTo),
    identityVerifiedAt: iso(r.identityVerifiedAt),
    holds: parts.holds.map((h) => presentHold(h, parts.names, parts.viewerId)),
    documents: parts.documents.map((d) => ({
      id: d.id,
      fileName: d.fileName,
      contentType: d.contentType,
      size: d.size,
      uploadedAt: d.uploadedAt.toISOString(),
      deleteBy: d.deleteBy.toISOString(),
    })),
    actions: staffActions(view, r, parts.holds),
  };
}
