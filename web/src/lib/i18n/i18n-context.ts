import { createContext } from 'react';
import type { TLanguage } from '@portal/shared/domain/languages';
import type { TTranslate } from './catalog-types';

export type TI18n = {
  /** The language the UI is shown in (also `<html lang>`). */
  language: TLanguage;
  /** The languages the operator offers; empty until its profile has loaded. */
  languages: readonly TLanguage[];
  /** Switches language and remembers the choice on this device. */
  setLanguage: (language: TLanguage) => void;
  t: TTranslate;
  /** A date (`Date`, ISO instant or `YYYY-MM-DD`) in the UI language; `dateStyle: 'long'` unless told. */
  formatDate: (value: string | Date, options?: Intl.DateTimeFormatOptions) => string;
  /** A country's name in the UI language, from its ISO code. */
  formatCountry: (code: string) => string;
};

export const I18nContext = createContext<TI18n | null>(null);
