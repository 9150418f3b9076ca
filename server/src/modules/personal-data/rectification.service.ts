import type {
  TCorrectionsResponse,
  TRectificationRequestRequest,
  TRectificationRequestResponse,
} from '@portal/shared/schemas/personal-data.schema';
import { withTransaction, type Db } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import type { TConnectorRegistry } from '../connectors/connector-registry.ts';
import { auditStaffRead } from './audit-staff-read.ts';
import type { TInventory } from './inventory.ts';
import { loadSubject } from './my-data.service.ts';
import { presentCorrection, presentRectificationRequest } from './personal-data.presenter.ts';
import { findOwnRecord, insertRectificationRequest, pageCorrections } from './personal-data.repository.ts';

function invalid(field: string, message: string): AppError {
  return new AppError('validation_failed', message, { fields: { [`body.${field}`]: [message] } });
}

function decodeCorrectionsCursor(cursor: string): { at: Date; id: string } {
  try {
    const { at, id } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { at?: unknown; id?: unknown };
    if (typeof at === 'string' && typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id) && !Number.isNaN(Date.parse(at))) return { at: new Date(at), id };
  } catch {
    // fall through
  }
  throw new AppError('validation_failed', 'The cursor is not valid for this list.', { fields: { 'query.cursor': ['Start again from the first page.'] } });
}

/**
 * Rectification requests for what the customer cannot edit (an invoice name) and disputes
 * (GDPR Art. 18(1)(a): processing of the field is restricted until it is resolved); and the
 * history of corrections with where each was passed on.
 */
export function createRectificationService(deps: { db: Db; clock: TClock; inventory: TInventory; registry: TConnectorRegistry; audit: TAuditRecorder }) {
  const { db, inventory } = deps;
  return {
    async request(ctx: TRequestContext, input: TRectificationRequestRequest): Promise<TRectificationRequestResponse> {
      const category = inventory.category(input.category);
      if (!category) throw invalid('category', 'There is no such category of data.');
      const field = category.fields.find((f) => f.key === input.field);
      if (!field) throw invalid('field', 'There is no such field in this category.');
      if (field.visibility === 'withheld') {
        throw new AppError('forbidden', 'This value is not shown in the portal; ask for it with an access request and a privacy officer will review it.');
      }
      const { subject } = await loadSubject(db, ctx);
      if (category.store === 'account' && input.recordId !== undefined && input.recordId !== subject.customerId) {
        throw new AppError('not_found', 'That record does not exist.');
      }
      // Records in our own tables must be the customer's own; another customer's id reads as missing.
      if (category.store === 'records' && input.recordId && deps.registry.system(category.system)?.kind === 'own-tables') {
        if (!(await findOwnRecord(db, subject.customerId, category.id, input.recordId))) throw new AppError('not_found', 'That record does not exist.');
      }
      return withTransaction(db, async (tx) => {
        const row = await insertRectificationRequest(tx, {
          customerId: subject.customerId,
          category: category.id,
          field: field.key,
          recordId: category.store === 'account' ? null : (input.recordId ?? null),
          proposedValue: input.proposedValue ?? null,
          note: input.note,
          disputed: input.disputed ?? false,
          status: 'received',
          createdAt: deps.clock.now(),
        });
        await deps.audit(tx, ctx, {
          action: 'personal-data.rectification-requested',
          outcome: 'success',
          subjectCustomerId: subject.customerId,
          targetType: 'rectification-request',
          targetId: row.id,
          details: { category: category.id, field: field.key, disputed: row.disputed },
        });
        return presentRectificationRequest(row);
      });
    },

    async corrections(ctx: TRequestContext, page: { cursor?: string | undefined; limit: number }): Promise<TCorrectionsResponse> {
      const { subject } = await loadSubject(db, ctx);
      const after = page.cursor ? decodeCorrectionsCursor(page.cursor) : null;
      const { rows, propagations, more } = await pageCorrections(db, { customerId: subject.customerId, limit: page.limit, after });
      const last = rows.at(-1);
      await auditStaffRead(deps.audit, db, ctx, 'corrections');
      return {
        items: rows.map((row) => presentCorrection(inventory, row, propagations.get(row.id) ?? [])),
        nextCursor: more && last ? Buffer.from(JSON.stringify({ at: last.createdAt.toISOString(), id: last.id })).toString('base64url') : null,
      };
    },
  };
}

export type TRectificationService = ReturnType<typeof createRectificationService>;
