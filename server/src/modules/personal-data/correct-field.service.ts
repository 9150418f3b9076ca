import { randomUUID } from 'node:crypto';
import { localize } from '@portal/shared/domain/languages';
import { correctionValueSchema, needsContactConfirmation, type TFieldValue } from '@portal/shared/inventory/field-value-schema';
import type { TCategory, TField } from '@portal/shared/profiles/profile.schema';
import type { TCorrectFieldRequest, TCorrectFieldResponse } from '@portal/shared/schemas/personal-data.schema';
import { withTransaction, type Db, type DbOrTx } from '../../db/client.ts';
import type { TAuditRecorder } from '../../http/audit-recorder.ts';
import { AppError } from '../../lib/app-error.ts';
import type { TClock } from '../../lib/clock.ts';
import type { TRequestContext } from '../../middleware/request-context.ts';
import type { TConnector, TConnectorSubject, TFieldChange, TReceipt } from '../connectors/connector.ts';
import { findOperation } from '../connectors/connector-operations.repository.ts';
import type { TConnectorRegistry } from '../connectors/connector-registry.ts';
import type { TInventory } from './inventory.ts';
import { CONTACT_CODE_REJECTED, type TContactChangeService } from './contact-change.service.ts';
import { loadSubject } from './my-data.service.ts';
import { presentCorrection } from './personal-data.presenter.ts';
import { insertCorrection } from './personal-data.repository.ts';

/** 409: someone (another tab, staff, the system itself) changed the field since the customer loaded it. */
export class CorrectionConflictError extends Error {
  override readonly name = 'CorrectionConflictError';
  constructor(readonly current: { value: TFieldValue; version: number }) {
    super('This was changed in the meantime. Its current value is shown; nothing was saved.');
  }
}

const CODE_NEEDED =
  'Changing your email address or phone number needs the code we send to the new address: ask for it first (POST /api/my-data/contact-changes).';

function invalid(field: string, message: string): AppError {
  return new AppError('validation_failed', message, { fields: { [`body.${field}`]: [message] } });
}

/**
 * Corrects one field (GDPR Art. 16): checked against the inventory (correctable, shown, the type's
 * schema), written through the connector of the system that holds it with the version the
 * customer saw, recorded with where it was passed on (Art. 19) and audited, in one transaction
 * for the portal's own tables. A remote system's change cannot share that transaction: it is
 * stored under its idempotency key first and the correction recorded when the system has taken it.
 */
export function createCorrectFieldService(deps: {
  db: Db;
  clock: TClock;
  inventory: TInventory;
  registry: TConnectorRegistry;
  audit: TAuditRecorder;
  contactChanges: TContactChangeService;
}) {
  const { db, inventory, registry } = deps;

  function resolve(input: TCorrectFieldRequest): { category: TCategory; field: TField } {
    const category = inventory.category(input.category);
    if (!category) throw invalid('category', 'There is no such category of data.');
    const field = category.fields.find((f) => f.key === input.field);
    if (!field) throw invalid('field', 'There is no such field in this category.');
    const label = localize(field.label, 'en');
    if (field.visibility === 'withheld' || !field.correctable) {
      throw new AppError('forbidden', `"${label}" cannot be changed here. Send a rectification request with a note instead.`);
    }
    return { category, field };
  }

  /** The value and version stored now, for the 409 answer. */
  async function currentOf(connector: TConnector, subject: TConnectorSubject, change: TFieldChange): Promise<{ value: TFieldValue; version: number }> {
    for (let cursor: string | null = null, pages = 0; pages < 20; pages++) {
      const answer = await connector.access(subject, [change.category], { limit: 100, cursor });
      const list = answer.categories[0];
      const record = list?.records.find((r) => r.id === change.recordId);
      if (record) return { value: record.values[change.field] ?? null, version: record.version };
      if (!list?.nextCursor) break;
      cursor = list.nextCursor;
    }
    throw new AppError('not_found', 'That record no longer exists.');
  }

  async function refuse(receipt: TReceipt, connector: TConnector, subject: TConnectorSubject, change: TFieldChange, systemName: string): Promise<never> {
    switch (receipt.details.reason) {
      case 'version-conflict':
        throw new CorrectionConflictError(await currentOf(connector, subject, change));
      case 'not-found':
        throw new AppError('not_found', 'That record does not exist.');
      case 'unreachable':
        throw new AppError('unavailable', `${systemName} is not reachable right now, so nothing was changed. Please try again later.`);
      default:
        throw new AppError('unprocessable', `${systemName} did not accept the change, so nothing was changed.`);
    }
  }

  /** Stores the correction, where it went, and the audit event (ids only, never values). */
  async function record(tx: DbOrTx, ctx: TRequestContext, input: { id: string; subject: TConnectorSubject; category: TCategory; field: TField; change: TFieldChange; receipt: TReceipt; idempotencyKey: string }) {
    const now = deps.clock.now();
    const operation = await findOperation(tx, input.category.system, input.idempotencyKey);
    const systemStatus = input.receipt.status === 'accepted' ? 'accepted' : 'done';
    const actor = ctx.actor;
    if (!actor) throw new AppError('unauthenticated', 'Please sign in.');
    const stored = await insertCorrection(
      tx,
      { id: input.id, customerId: input.subject.customerId, category: input.category.id, field: input.field.key, recordId: input.category.store === 'account' ? null : input.change.recordId, actorKind: actor.kind, actorId: actor.id, createdAt: now },
      [
        { targetKind: 'system', targetId: input.category.system, status: systemStatus, operationId: operation?.id ?? null, updatedAt: now },
        // Recipients have no connector: the privacy team passes the correction on (Art. 19).
        ...input.field.recipients.map((id) => ({ targetKind: 'recipient' as const, targetId: id, status: 'pending' as const, operationId: null, updatedAt: now })),
      ],
    );
    await deps.audit(tx, ctx, {
      action: 'personal-data.corrected',
      outcome: 'success',
      subjectCustomerId: input.subject.customerId,
      targetType: 'personal-data-field',
      targetId: `${input.category.id}.${input.field.key}`,
      details: { category: input.category.id, field: input.field.key, correctionId: input.id, system: input.category.system, systemStatus },
    });
    return stored;
  }

  return {
    async correct(ctx: TRequestContext, input: TCorrectFieldRequest): Promise<TCorrectFieldResponse> {
      const { category, field } = resolve(input);
      const parsed = correctionValueSchema(field, category.store).safeParse(input.value);
      if (!parsed.success) throw invalid('value', parsed.error.issues[0]?.message ?? 'This value is not valid.');
      const { subject } = await loadSubject(db, ctx);
      if (needsContactConfirmation(field, category.store)) {
        if (!input.confirmationCode) throw new AppError('unprocessable', CODE_NEEDED);
        const confirmed = await deps.contactChanges.verify(subject.customerId, category.id, field.key, String(parsed.data), input.confirmationCode);
        if (!confirmed) throw invalid('confirmationCode', CONTACT_CODE_REJECTED);
      }
      let recordId: string;
      if (category.store === 'account') {
        if (input.recordId !== undefined && input.recordId !== subject.customerId) throw new AppError('not_found', 'That record does not exist.');
        recordId = subject.customerId;
      } else {
        if (!input.recordId) throw invalid('recordId', 'Say which record to correct.');
        recordId = input.recordId;
      }
      const system = registry.system(category.system);
      const systemName = inventory.systemName(category.system);
      if (!system || (system.kind === 'http' && system.status !== 'ready')) {
        throw new AppError('unavailable', `${systemName} is not reachable right now, so nothing was changed. Please try again later.`);
      }
      const change: TFieldChange = { category: category.id, recordId, field: field.key, value: parsed.data, expectedVersion: input.version };
      const id = randomUUID();
      const idempotencyKey = `correction:${id}`;

      const stored = await (system.kind === 'own-tables'
        ? withTransaction(db, async (tx) => {
            const connector = system.connect(tx);
            const receipt = await connector.rectify(subject, [change], idempotencyKey);
            if (receipt.status === 'failed') await refuse(receipt, connector, subject, change, systemName);
            return { receipt, ...(await record(tx, ctx, { id, subject, category, field, change, receipt, idempotencyKey })) };
          })
        : (async () => {
            const receipt = await system.connector.rectify(subject, [change], idempotencyKey);
            if (receipt.status === 'failed') await refuse(receipt, system.connector, subject, change, systemName);
            return withTransaction(db, async (tx) => ({ receipt, ...(await record(tx, ctx, { id, subject, category, field, change, receipt, idempotencyKey })) }));
          })());

      const version = typeof stored.receipt.details.version === 'number' ? stored.receipt.details.version : input.version;
      return {
        category: category.id,
        field: field.key,
        recordId,
        value: parsed.data,
        version,
        correction: presentCorrection(inventory, stored.correction, stored.propagations),
      };
    },
  };
}

export type TCorrectFieldService = ReturnType<typeof createCorrectFieldService>;
