import { useId } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';

/** What the package holds and how long it stays (the operator's `exportLinkDays`), before the customer asks for it. */
export function ExportContents({ linkDays }: { linkDays: number | undefined }) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className="export-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('exports.contents.heading')}</h2>
      <p>{t('exports.contents.intro')}</p>
      <ul>
        <li>{t('exports.contents.json')}</li>
        <li>{t('exports.contents.csv')}</li>
        <li>{t('exports.contents.html')}</li>
        <li>{t('exports.contents.manifest')}</li>
      </ul>
      <p>{t('exports.contents.excluded')}</p>
      {linkDays ? <p>{t('exports.contents.expiry', { days: linkDays })}</p> : null}
    </section>
  );
}
