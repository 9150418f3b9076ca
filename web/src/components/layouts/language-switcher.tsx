import { useId } from 'react';
import { LANGUAGE_NAMES } from '../../lib/i18n/language-names';
import { useI18n } from '../../lib/i18n/use-i18n';

/**
 * One button per language the operator offers, each named in its own language. Hidden when
 * there is nothing to choose.
 */
export function LanguageSwitcher() {
  const { t, language, languages, setLanguage } = useI18n();
  const labelId = useId();
  if (languages.length < 2) return null;

  return (
    <div className="language-switcher" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="language-switcher__label">
        {t('layout.language')}
      </span>
      <ul className="language-switcher__list">
        {languages.map((code) => (
          <li key={code}>
            <button
              type="button"
              className="language-switcher__option"
              lang={code}
              aria-pressed={code === language}
              onClick={() => setLanguage(code)}
            >
              {LANGUAGE_NAMES[code]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
