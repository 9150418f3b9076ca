import { LANGUAGES, type TLanguage } from '@portal/shared/domain/languages';

const STORAGE_KEY = 'custodia.language';

export function isLanguage(value: unknown): value is TLanguage {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

type TResolveLanguageInput = {
  /** The language the visitor picked in the switcher earlier, if any. */
  saved: TLanguage | null;
  /** The browser's preferred languages, most preferred first (`navigator.languages`). */
  browser: readonly string[];
  /** The languages the operator offers. */
  offered: readonly TLanguage[];
  /** The operator's default language. */
  fallback: TLanguage;
};

/**
 * Picks the language to show: the visitor's saved choice if the operator offers it, else the
 * first browser language the operator offers, else the operator's default.
 */
export function resolveLanguage({
  saved,
  browser,
  offered,
  fallback,
}: TResolveLanguageInput): TLanguage {
  if (saved && offered.includes(saved)) return saved;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary) && offered.includes(primary)) return primary;
  }
  return offered.includes(fallback) ? fallback : (offered[0] ?? fallback);
}

/** Storage can be unavailable (private mode, blocked cookies): the choice then lasts one visit. */
export function readSavedLanguage(): TLanguage | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function saveLanguage(language: TLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisted; the in-memory choice still applies.
  }
}

export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}
