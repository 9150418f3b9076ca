import { useId } from 'react';
import type { TPrivacyNoticeResponse } from '@portal/shared/schemas/privacy-notice.schema';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { PrivacyNoticeVersions } from './privacy-notice-versions';

type TProps = { notice: TPrivacyNoticeResponse };

/** The notice in force (its text as published) and the table of versions with their change summaries. */
export function PrivacyNoticeView({ notice }: TProps) {
  const { t, formatDate } = useI18n();
  const textId = useId();
  const historyId = useId();
  const { current } = notice;
  return (
    <>
      <section className="consent-section" aria-labelledby={textId}>
        <h2 id={textId}>
          {t('notice.privacyNotice.current', {
            version: current.version,
            date: formatDate(current.effectiveDate, { dateStyle: 'long' }),
          })}
        </h2>
        {current.textLanguage !== notice.language ? (
          <p className="hint">{t('notice.privacyNotice.originalLanguage')}</p>
        ) : null}
        <div className="privacy-notice-text" lang={current.textLanguage}>
          {current.text.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      </section>
      <section className="consent-section" aria-labelledby={historyId}>
        <h2 id={historyId}>{t('notice.privacyNotice.historyHeading')}</h2>
        <PrivacyNoticeVersions versions={notice.versions} labelledBy={historyId} />
      </section>
    </>
  );
}
