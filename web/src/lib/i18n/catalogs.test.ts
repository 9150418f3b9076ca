import { LANGUAGES } from '@portal/shared/domain/languages';
import { describe, expect, it } from 'vitest';
import type { TLanguage } from '@portal/shared/domain/languages';
import type { TCatalog } from './catalog-types';
import { flattenCatalog } from './catalogs';
import { en } from './en';
import { nl } from './nl';
import { vi } from './vi';

const CATALOGS: Record<TLanguage, TCatalog> = { en, nl, vi };

const placeholders = (message: string) =>
  [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const english = flattenCatalog(CATALOGS.en);

describe.each(LANGUAGES.filter((language) => language !== 'en'))('the %s catalog', (language) => {
  const catalog = flattenCatalog(CATALOGS[language]);

  it('has exactly the keys of the English catalog', () => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
  });

  it('uses the same placeholders as English in every message', () => {
    for (const [key, message] of Object.entries(english)) {
      expect({ key, placeholders: placeholders(catalog[key] ?? '') }).toEqual({
        key,
        placeholders: placeholders(message),
      });
    }
  });
});

describe.each(LANGUAGES)('every %s message', (language) => {
  it('is a non-empty, NFC-normalised string', () => {
    for (const [key, message] of Object.entries(flattenCatalog(CATALOGS[language]))) {
      expect({ key, empty: message.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, normalised: message === message.normalize('NFC') }).toEqual({
        key,
        normalised: true,
      });
    }
  });
});
