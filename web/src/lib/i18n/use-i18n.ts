import { useContext } from 'react';
import { I18nContext, type TI18n } from './i18n-context';

/** The UI language, the translator `t` and locale-aware formatters. */
export function useI18n(): TI18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() must be used inside <I18nProvider>.');
  return i18n;
}
