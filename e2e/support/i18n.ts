import type { Page } from '@playwright/test';
import { en } from '../../web/src/lib/i18n/en.ts';
import { nl } from '../../web/src/lib/i18n/nl.ts';
import { vi } from '../../web/src/lib/i18n/vi.ts';

const CATALOGS = { en, nl, vi } as const;
type TLanguage = keyof typeof CATALOGS;

function lookup(catalog: unknown, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);
  if (typeof value !== 'string') throw new Error(`no message ${key}`);
  return value;
}

/**
 * The SPA's own messages in the language the page is shown in, so journeys find controls by the
 * role and label a person of that profile sees, in Dutch, Vietnamese or English.
 */
export async function messagesOf(page: Page) {
  // The app sets <html lang> once its language's messages have loaded (a lazy chunk): a page
  // heading means it has rendered in that language.
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const lang = (await page.locator('html').getAttribute('lang')) ?? 'en';
  const language: TLanguage = lang in CATALOGS ? (lang as TLanguage) : 'en';
  return {
    language,
    t: (key: string, params: Record<string, string | number> = {}) =>
      lookup(CATALOGS[language], key).replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match)),
  };
}
