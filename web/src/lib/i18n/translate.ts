import type { TLanguage } from '@portal/shared/domain/languages';
import type { TMessageKey, TMessageParams } from './catalog-types';
import { CATALOGS, flattenCatalog } from './catalogs';

const FLAT: Record<TLanguage, Record<string, string>> = {
  en: flattenCatalog(CATALOGS.en),
  nl: flattenCatalog(CATALOGS.nl),
  vi: flattenCatalog(CATALOGS.vi),
};

/** Replaces `{name}` with `params.name`; unknown placeholders stay visible so they get noticed. */
export function interpolate(template: string, params: TMessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}

/** The message for `key` in `language` (English if somehow missing), with placeholders filled in. */
export function translate(language: TLanguage, key: TMessageKey, params?: TMessageParams): string {
  const template = FLAT[language][key] ?? FLAT.en[key] ?? key;
  return interpolate(template, params);
}
