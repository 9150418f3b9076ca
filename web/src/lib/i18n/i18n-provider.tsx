import { use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LANGUAGES, type TLanguage } from '@portal/shared/domain/languages';
import type { TMessageParams, TTranslate } from './catalog-types';
import { loadCatalog } from './catalogs';
import { formatCountry, formatDate } from './format';
import { I18nContext, type TI18n } from './i18n-context';
import {
  browserLanguages,
  readSavedLanguage,
  resolveLanguage,
  saveLanguage,
} from './resolve-language';
import { translate } from './translate';

type TI18nProviderProps = {
  /** The operator's languages; undefined while its profile loads (every language is possible then). */
  languages: readonly TLanguage[] | undefined;
  defaultLanguage: TLanguage | undefined;
  children: ReactNode;
};

const NO_LANGUAGES: readonly TLanguage[] = [];

/** Chooses the UI language, keeps `<html lang>` in step and gives `useI18n()` its translator. */
export function I18nProvider({ languages, defaultLanguage, children }: TI18nProviderProps) {
  const [saved, setSaved] = useState<TLanguage | null>(readSavedLanguage);
  const language = resolveLanguage({
    saved,
    browser: browserLanguages(),
    offered: languages ?? LANGUAGES,
    fallback: defaultLanguage ?? 'en',
  });

  // Suspends until the language's catalog is loaded (once per language; see catalogs.ts).
  const catalog = use(loadCatalog(language));

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: TLanguage) => {
    saveLanguage(next);
    setSaved(next);
  }, []);

  const value = useMemo<TI18n>(() => {
    const t = ((key, params?: TMessageParams) => translate(catalog, key, params)) as TTranslate;
    return {
      language,
      languages: languages ?? NO_LANGUAGES,
      setLanguage,
      t,
      formatDate: (date, options) => formatDate(date, language, options),
      formatCountry: (code) => formatCountry(code, language),
    };
  }, [catalog, language, languages, setLanguage]);

  return <I18nContext value={value}>{children}</I18nContext>;
}
