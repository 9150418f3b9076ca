import type { TLanguage } from '@portal/shared/domain/languages';

/** Query keys of the my-data feature (house style 16). */
export const myDataKeys = {
  all: ['my-data'] as const,
  overview: (language: TLanguage) => [...myDataKeys.all, 'overview', language] as const,
  records: (category: string) => [...myDataKeys.all, 'records', category] as const,
  categoriesOnly: (language: TLanguage) => [...myDataKeys.all, 'categories-only', language] as const,
  rights: (language: TLanguage) => [...myDataKeys.all, 'rights', language] as const,
  corrections: () => [...myDataKeys.all, 'corrections'] as const,
};
