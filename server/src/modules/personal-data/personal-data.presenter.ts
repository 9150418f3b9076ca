import { localize, type TLanguage } from '@portal/shared/domain/languages';
import type { TKeptUntil } from '@portal/shared/inventory/retention';
import type { TCategory, TField, TRecipient, TRetentionRule } from '@portal/shared/profiles/profile.schema';
import type {
  TAvailability,
  TCategorySummary,
  TCategoryView,
  TCorrectionView,
  TFieldView,
  TPropagationView,
  TPurposeView,
  TRecipientView,
  TRecordView,
  TRectificationRequestView,
  TRetentionView,
  TSingleRecord,
  TSourceView,
} from '@portal/shared/schemas/personal-data.schema';
import type { TConnectorRecord } from '../connectors/connector.ts';
import { correctionModeOf, type TInventory } from './inventory.ts';
import type { TCorrectionRow, TPropagationRow, TRectificationRequestRow } from './personal-data.repository.ts';

// Presenters are allowlists (house style 9): each response object is built field by field here,
// and record values only ever carry the inventory's shown fields. Withheld fields (hashes,
// secrets, staff notes, government ids) are described, never given a value.

export function presentPurpose(inventory: TInventory, id: string, language: TLanguage): TPurposeView {
  const purpose = inventory.purpose(id);
  return {
    id,
    name: purpose ? localize(purpose.name, language) : id,
    description: purpose ? localize(purpose.description, language) : '',
  };
}

export function presentRecipient(recipient: TRecipient, language: TLanguage): TRecipientView {
  return {
    id: recipient.id,
    name: recipient.name,
    kind: recipient.kind,
    role: localize(recipient.role, language),
    country: recipient.country,
    safeguard: recipient.safeguard,
  };
}

export function presentSource(inventory: TInventory, field: TField): TSourceView {
  if (field.source.kind !== 'partner') return { kind: field.source.kind, partner: null };
  const partner = inventory.recipient(field.source.partner);
  return { kind: 'partner', partner: { id: field.source.partner, name: partner?.name ?? field.source.partner } };
}

export function presentRetention(rule: TRetentionRule, kept: TKeptUntil, language: TLanguage): TRetentionView {
  return {
    ruleId: rule.id,
    description: localize(rule.description, language),
    basis: rule.basis,
    period: { amount: rule.period.amount, unit: rule.period.unit },
    from: rule.from,
    action: rule.action,
    keptUntil: kept.until,
    waitingFor: kept.waitingFor,
  };
}

export function presentField(
  inventory: TInventory,
  category: TCategory,
  field: TField,
  options: { language: TLanguage; kept: TKeptUntil; disputed: boolean },
): TFieldView {
  const { language } = options;
  return {
    key: field.key,
    label: localize(field.label, language),
    type: field.type,
    enumValues: field.enumValues ?? null,
    purposes: field.purposes.map((id) => presentPurpose(inventory, id, language)),
    legalBasis: field.legalBasis,
    source: presentSource(inventory, field),
    recipients: field.recipients.flatMap((id) => {
      const recipient = inventory.recipient(id);
      return recipient ? [presentRecipient(recipient, language)] : [];
    }),
    retention: presentRetention(inventory.rule(field.retention), options.kept, language),
    correctable: field.correctable,
    correction: correctionModeOf(field, category),
    erasable: field.erasable,
    sensitive: field.sensitive,
    visibility: field.visibility,
    withheldReason: field.visibility === 'withheld' && field.withheldReason ? localize(field.withheldReason, language) : null,
    disputed: options.disputed,
  };
}

/** Only the category's shown fields, in inventory order. */
export function presentValues(category: TCategory, values: TConnectorRecord['values']): TSingleRecord['values'] {
  const shown: TSingleRecord['values'] = {};
  for (const field of category.fields) {
    if (field.visibility !== 'shown') continue;
    shown[field.key] = Object.hasOwn(values, field.key) ? (values[field.key] ?? null) : null;
  }
  return shown;
}

export function presentSingle(category: TCategory, record: TConnectorRecord): TSingleRecord {
  return { recordId: record.id, version: record.version, values: presentValues(category, record.values) };
}

export function presentRecord(category: TCategory, record: TConnectorRecord, keptUntil: string | null): TRecordView {
  return {
    id: record.id,
    occurredAt: record.occurredAt,
    version: record.version,
    keptUntil,
    values: presentValues(category, record.values),
  };
}

export function presentCategory(
  inventory: TInventory,
  category: TCategory,
  input: {
    language: TLanguage;
    availability: TAvailability;
    recordCount: number | null;
    single: TConnectorRecord | null;
    fields: TFieldView[];
  },
): TCategoryView {
  const { language } = input;
  const hold = category.legalHold ? inventory.hold(category.legalHold) : undefined;
  return {
    id: category.id,
    name: localize(category.name, language),
    description: localize(category.description, language),
    ccpaCategory: category.ccpaCategory,
    store: category.store,
    cardinality: category.cardinality,
    paginated: category.paginated,
    system: { id: category.system, name: inventory.systemName(category.system) },
    availability: input.availability,
    legalHold: hold ? { id: hold.id, reason: localize(hold.reason, language), law: hold.law } : null,
    recordCount: input.recordCount,
    single: category.cardinality === 'single' && input.single ? presentSingle(category, input.single) : null,
    fields: input.fields,
  };
}

/** CCPA "categories of personal information": what kinds, from where, why, to whom; no values. */
export function presentCategorySummary(inventory: TInventory, category: TCategory, language: TLanguage): TCategorySummary {
  const unique = <T>(items: T[], key: (item: T) => string) => [...new Map(items.map((item) => [key(item), item])).values()];
  const recipients = unique(
    category.fields.flatMap((f) => f.recipients),
    (id) => id,
  ).flatMap((id) => {
    const recipient = inventory.recipient(id);
    return recipient ? [{ ...presentRecipient(recipient, language), sale: recipient.sale, sharing: recipient.sharing }] : [];
  });
  return {
    id: category.id,
    name: localize(category.name, language),
    description: localize(category.description, language),
    ccpaCategory: category.ccpaCategory,
    sensitive: category.ccpaCategory === 'sensitive-personal-information' || category.fields.some((f) => f.sensitive),
    sources: unique(
      category.fields.map((f) => presentSource(inventory, f)),
      (s) => `${s.kind}:${s.partner?.id ?? ''}`,
    ),
    purposes: unique(
      category.fields.flatMap((f) => f.purposes),
      (id) => id,
    ).map((id) => presentPurpose(inventory, id, language)),
    recipients,
  };
}

export function presentRectificationRequest(row: TRectificationRequestRow): TRectificationRequestView {
  return {
    id: row.id,
    category: row.category,
    field: row.field,
    recordId: row.recordId,
    status: row.status,
    disputed: row.disputed,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentPropagation(inventory: TInventory, row: TPropagationRow): TPropagationView {
  const name = row.targetKind === 'system' ? inventory.systemName(row.targetId) : (inventory.recipient(row.targetId)?.name ?? row.targetId);
  return { targetKind: row.targetKind, targetId: row.targetId, name, status: row.status, updatedAt: row.updatedAt.toISOString() };
}

export function presentCorrection(inventory: TInventory, row: TCorrectionRow, propagations: readonly TPropagationRow[]): TCorrectionView {
  return {
    id: row.id,
    category: row.category,
    field: row.field,
    recordId: row.recordId,
    by: row.actorKind === 'customer' ? 'you' : 'staff',
    at: row.createdAt.toISOString(),
    propagations: propagations.map((p) => presentPropagation(inventory, p)),
  };
}
