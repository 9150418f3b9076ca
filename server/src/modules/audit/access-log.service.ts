import { localize, type TLanguage } from '@portal/shared/domain/languages';
import type { TImpersonationEndReason } from '@portal/shared/domain/audit-events';
import type { TStaffRole } from '@portal/shared/domain/permissions';
import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { TAccessLogEntry, TAccessLogResponse } from '@portal/shared/schemas/audit.schema';
import type { TImpersonationReasonCategory } from '@portal/shared/schemas/impersonation.schema';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TServerSecret } from '../../lib/server-secret.ts';
import type { TTokenService } from '../../lib/tokens/token-service.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import { findImpersonations } from '../impersonation/impersonation.repository.ts';
import { buildInventory, resolveLanguage } from '../personal-data/inventory.ts';
import { findSubject } from '../personal-data/personal-data.repository.ts';
import type { TAuditEventRow } from './audit-event.ts';
import { findAccessLogEvents, findImpersonationEvents, staffLabels, type TStaffLabel } from './audit-viewer.repository.ts';
import { verifyCovering } from './verify-covering.ts';

const PAGE = 30;
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * "Who touched my data" (product.md capability 8): every time staff looked at or acted on the
 * customer's data, each impersonation with its reason and what was viewed, and each system a
 * correction went to, read from the audit trail and checked against its hash chain.
 */
export function createAccessLogService(deps: { db: Db; clock: TClock; profile: TProfile; tokens: TTokenService; secret: TServerSecret }) {
  const { db } = deps;
  const inventory = buildInventory(deps.profile);
  const reasonHash = (reason: string) => deps.secret.hmac('impersonation-reason', reason);
  const staffShown = (label: TStaffLabel | undefined) => ({
    role: (label?.role ?? 'support-agent') as TStaffRole,
    firstName: label?.firstName ?? '',
  });
  const categoryLabel = (id: string | null, language: TLanguage) => {
    const category = id ? inventory.category(id) : undefined;
    return category ? localize(category.name, language) : id;
  };

  return {
    async list(ctx: TRequestContext, query: { cursor?: number | undefined; language?: TLanguage | undefined }): Promise<TAccessLogResponse> {
      const customerId = ctx.subject?.customerId;
      const subject = customerId ? await findSubject(db, customerId) : undefined;
      if (!subject) throw new AppError('not_found', 'We could not find your account.');
      const language = resolveLanguage(deps.profile, query.language, subject.language);

      const rows = await findAccessLogEvents(db, subject.id, { limit: PAGE, beforeSeq: query.cursor });
      const impersonationIds = rows.filter((r) => r.action === 'impersonation.started' && r.impersonationId).map((r) => r.impersonationId as string);
      const [impersonations, impersonationEvents] = await Promise.all([
        findImpersonations(db, impersonationIds),
        findImpersonationEvents(db, impersonationIds),
      ]);
      const staff = await staffLabels(db, rows.filter((r) => r.actorKind === 'staff' && r.actorId).map((r) => r.actorId as string));
      const eventsOf = (id: string) => impersonationEvents.filter((e) => e.impersonationId === id);

      const check = await verifyCovering(deps, [...rows, ...impersonationEvents].map((r) => r.seq));
      const verified = (events: readonly TAuditEventRow[]) => events.every((e) => check.verified.has(e.seq));

      const entries = rows.flatMap((row): TAccessLogEntry[] => {
        const at = row.occurredAt.toISOString();
        if (row.action === 'impersonation.started') {
          const found = impersonations.find((i) => i.impersonation.id === row.impersonationId);
          // Erased with the customer's other data, or never written: nothing to show beyond the chain.
          if (!found) return [];
          const { impersonation } = found;
          const events = eventsOf(impersonation.id);
          return [
            {
              kind: 'impersonation',
              id: impersonation.id,
              seq: row.seq,
              at,
              staff: { role: found.staff.role as TStaffRole, firstName: found.staff.firstName },
              reasonCategory: impersonation.reasonCategory as TImpersonationReasonCategory,
              reason: impersonation.reason,
              ticketReference: impersonation.ticketReference,
              endedAt: (impersonation.endedAt ?? (impersonation.expiresAt <= deps.clock.now() ? impersonation.expiresAt : null))?.toISOString() ?? null,
              endReason: (impersonation.endReason as TImpersonationEndReason | null) ?? (impersonation.expiresAt <= deps.clock.now() ? 'expired' : null),
              viewed: events
                .filter((e) => e.action === 'personal-data.viewed')
                .map((e) => {
                  const category = str(e.details.category);
                  return { view: str(e.details.view) ?? 'overview', category, categoryLabel: categoryLabel(category, language), at: e.occurredAt.toISOString() };
                }),
              refused: events.filter((e) => e.action === 'impersonation.request' && e.outcome === 'denied').length,
              // The reason shown must be the one whose keyed hash the chain holds.
              verified: verified([row, ...events]) && row.details.reasonHash === reasonHash(impersonation.reason),
            },
          ];
        }
        if (row.action === 'personal-data.corrected') {
          const category = inventory.category(str(row.details.category) ?? '');
          const field = category?.fields.find((f) => f.key === row.details.field);
          const system = str(row.details.system) ?? '';
          return [
            {
              kind: 'correction',
              seq: row.seq,
              at,
              categoryLabel: category ? localize(category.name, language) : (str(row.details.category) ?? ''),
              fieldLabel: field ? localize(field.label, language) : (str(row.details.field) ?? ''),
              system: { id: system, label: inventory.systemName(system) },
              systemStatus: str(row.details.systemStatus) ?? '',
              verified: verified([row]),
            },
          ];
        }
        return [
          {
            kind: 'staff-access',
            seq: row.seq,
            at,
            staff: staffShown(row.actorId ? staff.get(row.actorId) : undefined),
            action: row.action,
            verified: verified([row]),
          },
        ];
      });

      return {
        entries,
        nextCursor: rows.length === PAGE ? (rows.at(-1)?.seq ?? null) : null,
        chain: { verified: check.ok, signedUpToSeq: check.signedUpToSeq, checkedAt: deps.clock.now().toISOString() },
      };
    },
  };
}

export type TAccessLogService = ReturnType<typeof createAccessLogService>;
