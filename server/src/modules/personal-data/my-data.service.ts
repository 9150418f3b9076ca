import type { TLanguage } from '@portal/shared/domain/languages';
import { localize } from '@portal/shared/domain/languages';
import { keptUntil, type TRetentionAnchors } from '@portal/shared/inventory/retention';
import type { TCategory } from '@portal/shared/profiles/profile.schema';
import type {
  TCategoriesOnlyResponse,
  TCategoryRecordsResponse,
  TMyDataResponse,
  TRightsResponse,
} from '@portal/shared/schemas/personal-data.schema';
import type { Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import { InvalidCursorError, type TConnectorSubject } from '../connectors/connector.ts';
import type { TConnectorRegistry } from '../connectors/connector-registry.ts';
import { accessSystems } from './access-systems.ts';
import { auditStaffRead as recordStaffRead } from './audit-staff-read.ts';
import { resolveLanguage, type TInventory } from './inventory.ts';
import {
  presentCategory,
  presentCategorySummary,
  presentField,
  presentRecipient,
  presentRecord,
  presentRectificationRequest,
} from './personal-data.presenter.ts';
import { findSubject, openRectificationRequests, type TSubjectRow } from './personal-data.repository.ts';

export type TMyDataDeps = { db: Db; clock: TClock; inventory: TInventory; registry: TConnectorRegistry; audit: TAuditRecorder };

/** The customer whose data the request is about (never taken from the request itself). */
export async function loadSubject(db: Db, ctx: TRequestContext): Promise<{ row: TSubjectRow; subject: TConnectorSubject }> {
  const customerId = ctx.subject?.customerId;
  const row = customerId ? await findSubject(db, customerId) : undefined;
  if (!row) throw new AppError('not_found', 'We could not find your account.');
  return { row, subject: { customerId: row.id, customerNumber: row.customerNumber, email: row.email } };
}

/** Retention anchors of the account itself, or of one record (its date). */
function anchorsOf(row: TSubjectRow, recordAt: string | null | undefined): TRetentionAnchors {
  const at = recordAt ? new Date(recordAt) : null;
  return {
    collectedAt: recordAt === undefined ? row.createdAt : at,
    recordDate: recordAt === undefined ? row.createdAt : at,
    lastActivityAt: row.lastActivityAt,
    contractEndedAt: row.contractEndedAt,
    accountClosedAt: null,
  };
}

/** The last day a record is kept: the latest of its fields' rules; open while any waits for an event. */
function recordKeptUntil(inventory: TInventory, category: TCategory, anchors: TRetentionAnchors, timeZone: string): string | null {
  const rules = new Set(category.fields.map((f) => f.retention));
  let latest: string | null = null;
  for (const id of rules) {
    const kept = keptUntil(inventory.rule(id), anchors, timeZone);
    if (kept.until === null) return null;
    if (latest === null || kept.until > latest) latest = kept.until;
  }
  return latest;
}

/** Reads for the my-data page. Staff reading while impersonating are audited (security.md line 18). */
export function createMyDataService(deps: TMyDataDeps) {
  const { db, inventory, registry } = deps;
  const { profile } = inventory;
  const timeZone = profile.locale.timeZone;

  const auditStaffRead = (ctx: TRequestContext, view: string, category: string | null = null) => recordStaffRead(deps.audit, db, ctx, view, category);

  return {
    async overview(ctx: TRequestContext, requested: TLanguage | undefined): Promise<TMyDataResponse> {
      const { row, subject } = await loadSubject(db, ctx);
      const language = resolveLanguage(profile, requested, row.language);
      const [access, requests] = await Promise.all([
        accessSystems(registry, subject, inventory.categories, { limit: 1, count: true }),
        openRectificationRequests(db, row.id),
      ]);
      const disputed = new Set(requests.filter((r) => r.disputed).map((r) => `${r.category}.${r.field}`));
      const categories = inventory.categories.map((category) => {
        const result = access.get(category.id);
        const newest = result?.access?.records[0] ?? null;
        const anchors = anchorsOf(row, category.store === 'account' ? undefined : (newest?.occurredAt ?? null));
        return presentCategory(inventory, category, {
          language,
          availability: result?.availability ?? { status: 'unavailable', reason: 'unreachable' },
          recordCount: result?.access ? (result.access.total ?? result.access.records.length) : null,
          single: newest,
          fields: category.fields.map((field) =>
            presentField(inventory, category, field, {
              language,
              kept: keptUntil(inventory.rule(field.retention), anchors, timeZone),
              disputed: disputed.has(`${category.id}.${field.key}`),
            }),
          ),
        });
      });
      await auditStaffRead(ctx, 'overview');
      return {
        language,
        generatedAt: deps.clock.now().toISOString(),
        currency: profile.locale.currency,
        categories,
        rectificationRequests: requests.map(presentRectificationRequest),
      };
    },

    async records(ctx: TRequestContext, categoryId: string, page: { cursor?: string | undefined; limit: number }): Promise<TCategoryRecordsResponse> {
      const category = inventory.category(categoryId);
      if (!category) throw new AppError('not_found', 'There is no such category of data.');
      const { row, subject } = await loadSubject(db, ctx);
      const connector = registry.connector(category.system);
      if (!connector) throw new AppError('unavailable', `${inventory.systemName(category.system)} is not reachable right now. Please try again later.`);
      let answer;
      try {
        answer = await connector.access(subject, [category.id], { limit: page.limit, cursor: page.cursor ?? null });
      } catch (error) {
        if (error instanceof InvalidCursorError) {
          throw new AppError('validation_failed', 'The cursor is not valid for this list.', { fields: { 'query.cursor': ['Start again from the first page.'] } });
        }
        throw error;
      }
      if (answer.receipt.status !== 'done') {
        throw new AppError('unavailable', `${inventory.systemName(category.system)} is not reachable right now. Please try again later.`);
      }
      const result = answer.categories.find((c) => c.category === category.id);
      await auditStaffRead(ctx, 'records', category.id);
      return {
        category: category.id,
        items: (result?.records ?? []).map((record) =>
          presentRecord(category, record, recordKeptUntil(inventory, category, anchorsOf(row, category.store === 'account' ? undefined : record.occurredAt), timeZone)),
        ),
        nextCursor: result?.nextCursor ?? null,
      };
    },

    async categoriesOnly(ctx: TRequestContext, requested: TLanguage | undefined): Promise<TCategoriesOnlyResponse> {
      const { row } = await loadSubject(db, ctx);
      const language = resolveLanguage(profile, requested, row.language);
      await auditStaffRead(ctx, 'categories-only');
      return { language, categories: inventory.categories.map((c) => presentCategorySummary(inventory, c, language)) };
    },

    async rights(ctx: TRequestContext, requested: TLanguage | undefined): Promise<TRightsResponse> {
      const { row } = await loadSubject(db, ctx);
      const language = resolveLanguage(profile, requested, row.language);
      const { company, supervisoryAuthority: authority } = profile;
      return {
        language,
        rights: [...profile.rights],
        controller: { name: company.name, legalName: company.legalName, privacyEmail: company.privacyEmail, dpoEmail: company.dpo?.email ?? null },
        supervisoryAuthority: {
          name: authority.name,
          country: authority.country,
          url: authority.url,
          complaintUrl: authority.complaintUrl ?? null,
          email: authority.email ?? null,
          phone: authority.phone ?? null,
        },
        automatedDecisionMaking: localize(profile.automatedDecisionMaking, language),
        transfers: profile.recipients
          .filter((r) => r.country !== profile.locale.country)
          .map((r) => ({ recipient: presentRecipient(r, language), safeguard: r.safeguard })),
        noticeCorrections: profile.notice.corrections.map((text) => localize(text, language)),
      };
    },
  };
}

export type TMyDataService = ReturnType<typeof createMyDataService>;
