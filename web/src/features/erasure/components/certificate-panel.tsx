import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { saveCertificate } from '../lib/save-certificate';

type TProps = {
  certificate: string;
  reference: string;
  operator: string;
  /** Where the certificate page is (typed paths live in the app; the fragment carries the certificate). */
  checkHref: string;
};

/** The signed certificate: keep it as a file, or check it on the public verification page. */
export function CertificatePanel({ certificate, reference, operator, checkHref }: TProps) {
  const { t } = useI18n();
  return (
    <div className="erasure-certificate">
      <h3>{t('erasure.certificate.heading')}</h3>
      <p>{t('erasure.certificate.intro', { operator })}</p>
      <pre className="erasure-certificate__text" tabIndex={0} aria-label={t('erasure.certificate.heading')}>
        {certificate}
      </pre>
      <div className="form__actions">
        <button type="button" className="button" onClick={() => saveCertificate(certificate, reference)}>
          {t('erasure.certificate.download')}
        </button>
        <Link className="button button--secondary" to={checkHref}>
          {t('erasure.certificate.check')}
        </Link>
      </div>
    </div>
  );
}
