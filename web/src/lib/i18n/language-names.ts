import type { TLanguage } from '@portal/shared/domain/languages';

/**
 * Each language's name in that language. The switcher shows these in every UI language on
 * purpose, so people find their own language even on a page they cannot read; they are not
 * translated and therefore not in the catalogs.
 */
export const LANGUAGE_NAMES: Record<TLanguage, string> = {
  en: 'English',
  nl: 'Nederlands',
  vi: 'Tiếng Việt',
};
