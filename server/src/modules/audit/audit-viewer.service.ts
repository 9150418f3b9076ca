import { startOfLocalDay, endOfLocalDay } from '@portal/shared/deadlines/time-zone';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { TAuditEntry, TAuditFilters, TAuditSearchResponse, TAuditVerification } from '@portal/shared/schemas/audit.schema';
import type { Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import type { TAuditEventRow } from './audit-event.ts';
import { findAuditEvents, type TAuditFilters as TRepositoryFilters } from './audit.repository.ts';
import type { TAuditService } from './audit.service.ts';
import { customerNumbers, resolveCustomerId, resolveStaffId, staffLabels } from './audit-viewer.repository.ts';
import { presentAuditEntry, presentVerification } from './audit-viewer.presenter.ts';

const EXPORT_PAGE = 500;
/** Names each filter that was set, for the audit event of the search itself (values can be personal). */
const filterNames = (filters: TAuditFilters) =>
  (['customer', 'staff', 'action', 'from', 'to'] as const).filter((name) => filters[name] !== undefined);

/** The privacy officers' audit viewer: search, verify, export (product.md "Audit log"). */
export function createAuditViewerService(deps: {
  db: Db;
  clock: TClock;
  profile: TProfile;
  audit: TAuditRecorder;
  trail: Pick<TAuditService, 'verify'>;
}) {
  const { db, audit } = deps;
  const timeZone = deps.profile.locale.timeZone;

  /** The filters as the repository takes them; null when a customer or staff lookup names nobody. */
  async function toRepositoryFilters(filters: TAuditFilters): Promise<TRepositoryFilters | null> {
    const subjectId = filters.customer ? await resolveCustomerId(db, filters.customer) : undefined;
    const actorId = filters.staff ? await resolveStaffId(db, filters.staff) : undefined;
    if (subjectId === null || actorId === null) return null;
    return {
      ...(subjectId ? { subjectId } : {}),
      ...(actorId ? { actorId } : {}),
      ...(filters.action ? { action: filters.action } : {}),
      ...(filters.from ? { from: startOfLocalDay(filters.from, timeZone) } : {}),
      ...(filters.to ? { to: endOfLocalDay(filters.to, timeZone) } : {}),
    };
  }

  async function present(rows: TAuditEventRow[]): Promise<TAuditEntry[]> {
    const staffIds = rows.filter((r) => r.actorKind === 'staff' && r.actorId).map((r) => r.actorId as string);
    const customerIds = rows.flatMap((r) => [r.subjectCustomerId, r.actorKind === 'customer' ? r.actorId : null]).filter((id): id is string => id !== null);
    const labels = { staff: await staffLabels(db, staffIds), customers: await customerNumbers(db, customerIds) };
    return rows.map((row) => presentAuditEntry(row, labels));
  }

  return {
    async search(ctx: TRequestContext, filters: TAuditFilters, page: { cursor?: number | undefined; limit: number }): Promise<TAuditSearchResponse> {
      await audit(db, ctx, { action: 'audit.log.searched', outcome: 'success', subjectCustomerId: null, details: { filters: filterNames(filters) } });
      const repositoryFilters = await toRepositoryFilters(filters);
      if (!repositoryFilters) return { entries: [], nextCursor: null };
      const rows = await findAuditEvents(db, { filters: repositoryFilters, limit: page.limit, beforeSeq: page.cursor });
      return { entries: await present(rows), nextCursor: rows.length === page.limit ? (rows.at(-1)?.seq ?? null) : null };
    },

    /** Every matching entry, newest first, a page at a time: an export of any size streams with flat memory. */
    async *exportEntries(ctx: TRequestContext, filters: TAuditFilters, format: 'csv' | 'json'): AsyncGenerator<TAuditEntry> {
      await audit(db, ctx, { action: 'audit.log.exported', outcome: 'success', subjectCustomerId: null, details: { format, filters: filterNames(filters) } });
      const repositoryFilters = await toRepositoryFilters(filters);
      if (!repositoryFilters) return;
      let before: number | undefined;
      for (;;) {
        const rows = await findAuditEvents(db, { filters: repositoryFilters, limit: EXPORT_PAGE, beforeSeq: before });
        for (const entry of await present(rows)) yield entry;
        if (rows.length < EXPORT_PAGE) return;
        before = rows.at(-1)?.seq;
      }
    },

    async verify(ctx: TRequestContext): Promise<TAuditVerification> {
      const result = presentVerification(await deps.trail.verify(), deps.clock.now());
      await audit(db, ctx, {
        action: 'audit.log.verified',
        outcome: result.ok ? 'success' : 'failure',
        subjectCustomerId: null,
        details: { ok: result.ok, firstBadSeq: result.firstBadSeq, reason: result.reason },
      });
      return result;
    },
  };
}

export type TAuditViewerService = ReturnType<typeof createAuditViewerService>;
