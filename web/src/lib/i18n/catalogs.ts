import type { TLanguage } from '@portal/shared/domain/languages';
import type { TCatalog } from './catalog-types';

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

export type TFlatCatalog = Record<string, string>;

/**
 * Each language is its own chunk, fetched when it is first needed: a visitor downloads the one
 * language they read, not all three (they grow with every feature and would crowd out the
 * initial-JS budget, web/build/initial-js-budget.ts).
 */
const LOADERS: Record<TLanguage, () => Promise<TCatalog>> = {
  en: async () => (await import('./en')).en,
  nl: async () => (await import('./nl')).nl,
  vi: async () => (await import('./vi')).vi,
};

/** A promise React's `use()` reads without suspending once it has settled (its status fields). */
type TTrackedPromise<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T };

const loading = new Map<TLanguage, TTrackedPromise<TFlatCatalog>>();

/** The flattened catalog of `language`, loaded once; the same promise every time. */
export function loadCatalog(language: TLanguage): Promise<TFlatCatalog> {
  let promise = loading.get(language);
  if (!promise) {
    const tracked: TTrackedPromise<TFlatCatalog> = LOADERS[language]().then(
      (catalog) => {
        const flat = flattenCatalog(catalog);
        Object.assign(tracked, { status: 'fulfilled', value: flat });
        return flat;
      },
      (error: unknown) => {
        // A failed chunk (offline, a new deployment) is tried again on the next render.
        loading.delete(language);
        tracked.status = 'rejected';
        throw error;
      },
    );
    tracked.status = 'pending';
    promise = tracked;
    loading.set(language, promise);
  }
  return promise;
}
