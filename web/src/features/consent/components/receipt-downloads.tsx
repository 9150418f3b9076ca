import { useId } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { consentReceiptUrl } from '../api/get-consent-receipt';

/** Signed consent receipts to keep: readable HTML and JSON, both downloaded as files. */
export function ReceiptDownloads() {
  const { t, language } = useI18n();
  const headingId = useId();
  return (
    <section className="consent-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('consent.receipt.heading')}</h2>
      <p>{t('consent.receipt.intro')}</p>
      <div className="consent-actions">
        <a className="button" href={consentReceiptUrl('html', language)} download>
          {t('consent.receipt.html')}
        </a>
        <a className="button button--secondary" href={consentReceiptUrl('json', language)} download>
          {t('consent.receipt.json')}
        </a>
      </div>
    </section>
  );
}
