import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { QueryError } from '../../components/errors/query-error';
import { Skeleton } from '../../components/ui/skeleton';
import { consentPreferencesQueryOptions } from '../../features/consent/api/get-consent-preferences';
import { ConsentHistory } from '../../features/consent/components/consent-history';
import { ConsentPurposes } from '../../features/consent/components/consent-purposes';
import { GpcBanner } from '../../features/consent/components/gpc-banner';
import { PrivacyChoices } from '../../features/consent/components/privacy-choices';
import { ReceiptDownloads } from '../../features/consent/components/receipt-downloads';
import '../../features/consent/components/consent.css';
import { operatorProfileQueryOptions } from '../../features/operator/api/get-operator-profile';
import { useI18n } from '../../lib/i18n/use-i18n';

/** /consent: the customer's consents per purpose and channel, privacy choices, history, receipts. */
export function ConsentRoute() {
  const { t, language } = useI18n();
  const profile = useQuery(operatorProfileQueryOptions());
  const preferences = useQuery(consentPreferencesQueryOptions(language));
  const operatorName = profile.data?.company.name ?? '';

  let body;
  if (preferences.isPending) body = <Skeleton label={t('consent.loading')} lines={6} />;
  else if (preferences.isError)
    body = (
      <QueryError
        error={preferences.error}
        onRetry={() => void preferences.refetch()}
        retrying={preferences.isFetching}
      />
    );
  else {
    const data = preferences.data;
    body = (
      <>
        <GpcBanner gpc={data.gpc} />
        <ConsentPurposes preferences={data} />
        {data.privacyChoices ? (
          <PrivacyChoices
            choices={data.privacyChoices}
            noticeVersion={data.notice.version}
            operatorName={operatorName}
          />
        ) : null}
        <ConsentHistory purposeNames={new Map(data.purposes.map((p) => [p.id, p.name]))} />
        <ReceiptDownloads />
      </>
    );
  }

  return (
    <>
      <div className="page-intro">
        <h1>{t('consent.title')}</h1>
        <p className="lead">{t('consent.intro', { operator: operatorName || t('app.name') })}</p>
        <p>
          <Link to={paths.cookiePreferences.getHref()}>{t('notice.cookies.title')}</Link>
          {' · '}
          <Link to={paths.privacyNotice.getHref()}>{t('notice.privacyNotice.title')}</Link>
        </p>
      </div>
      {body}
    </>
  );
}
