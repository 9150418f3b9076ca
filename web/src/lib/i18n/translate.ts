import type { TMessageKey, TMessageParams } from './catalog-types';
import type { TFlatCatalog } from './catalogs';

/** Replaces `{name}` with `params.name`; unknown placeholders stay visible so they get noticed. */
export function interpolate(template: string, params: TMessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}

/**
 * The message for `key` in a loaded catalog, with placeholders filled in. Every catalog has every
 * key (catalogs.test.ts); a missing one shows the key itself so it gets noticed.
 */
export function translate(catalog: TFlatCatalog, key: TMessageKey, params?: TMessageParams): string {
  return interpolate(catalog[key] ?? key, params);
}
