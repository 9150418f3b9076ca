import type { TFieldValue } from '@portal/shared/inventory/field-value-schema';
import type { TCategory } from '@portal/shared/profiles/profile.schema';
import type { TConnectorRecord } from './connector.ts';

/** Inventory values are scalars; anything else a system stored is carried as its JSON text. */
export function toFieldValue(value: unknown): TFieldValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

/**
 * Withheld fields (staff notes, hashes, government ids) never leave a connector, whatever a
 * record holds, and neither do keys the inventory does not list.
 */
export function shownOnly(record: TConnectorRecord, category: TCategory): TConnectorRecord {
  const values: TConnectorRecord['values'] = {};
  for (const field of category.fields) {
    if (field.visibility === 'shown' && Object.hasOwn(record.values, field.key)) values[field.key] = record.values[field.key] ?? null;
  }
  return { ...record, values };
}

