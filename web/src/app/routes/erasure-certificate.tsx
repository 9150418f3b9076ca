import { useLocation } from 'react-router';
import { CertificateCheck } from '../../features/erasure/components/certificate-check';
import '../../features/erasure/components/erasure.css';
import { useI18n } from '../../lib/i18n/use-i18n';

/** /erasure-certificate#<certificate>: public, so it works after the account is gone. */
export function ErasureCertificateRoute() {
  const { t } = useI18n();
  const { hash } = useLocation();
  const initial = decodeURIComponent(hash.replace(/^#/, '')).trim();
  return (
    <>
      <div className="page-intro">
        <h1>{t('erasure.verify.title')}</h1>
        <p className="lead">{t('erasure.verify.intro')}</p>
      </div>
      <CertificateCheck key={initial} initial={initial} />
    </>
  );
}
