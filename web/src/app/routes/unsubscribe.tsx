import { useParams } from 'react-router';
import { paths } from '../../config/paths';
import { UnsubscribeConfirmation } from '../../features/consent/components/unsubscribe-confirmation';
import '../../features/consent/components/consent.css';
import { useI18n } from '../../lib/i18n/use-i18n';

/** /unsubscribe/:token: the page an email's unsubscribe link opens; public, no sign-in. */
export function UnsubscribeRoute() {
  const { t } = useI18n();
  const { token = '' } = useParams();
  return (
    <>
      <div className="page-intro">
        <h1>{t('consent.unsubscribe.title')}</h1>
      </div>
      <UnsubscribeConfirmation token={token} signInHref={paths.consent.getHref()} />
    </>
  );
}
