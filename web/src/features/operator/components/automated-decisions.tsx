import { localize, type TLocalizedText } from '@portal/shared/domain/languages';
import { useId } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';

/** The operator's statement on automated decision-making, in the UI language (English fallback). */
export function AutomatedDecisions({ statement }: { statement: TLocalizedText }) {
  const { t, language } = useI18n();
  const headingId = useId();
  const text = localize(statement, language);
  // The operator may not have written it in every language: mark the fallback as English.
  const textLanguage = statement[language] ? language : 'en';

  return (
    <section className="card card--wide" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('home.automatedDecisions.heading')}</h2>
      <p lang={textLanguage === language ? undefined : textLanguage}>{text}</p>
    </section>
  );
}
