import { z } from 'zod';

/** Languages the SPA, emails and export reports are written in. */
export const LANGUAGES = ['en', 'nl', 'vi'] as const;
export const ZLanguageSchema = z.enum(LANGUAGES);
export type TLanguage = z.infer<typeof ZLanguageSchema>;

/** Text an operator writes once per language it offers; `en` is always present as the fallback. */
export const ZLocalizedTextSchema = z
  .object({
    en: z.string().trim().min(1),
    nl: z.string().trim().min(1).optional(),
    vi: z.string().trim().min(1).optional(),
  })
  .strict();
export type TLocalizedText = z.infer<typeof ZLocalizedTextSchema>;

/** Picks the text in `language`, falling back to English. */
export function localize(text: TLocalizedText, language: TLanguage): string {
  return text[language] ?? text.en;
}
