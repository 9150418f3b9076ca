import type { TLanguage } from '@portal/shared/domain/languages';
import type { TCatalog } from './catalog-types';
import { en } from './en';
import { nl } from './nl';
import { vi } from './vi';

export const CATALOGS: Record<TLanguage, TCatalog> = { en, nl, vi };

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`. */
export function flattenCatalog(catalog: object, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') flat[`${prefix}${key}`] = value;
    else if (value !== null && typeof value === 'object')
      Object.assign(flat, flattenCatalog(value, `${prefix}${key}.`));
  }
  return flat;
}
