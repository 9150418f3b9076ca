import { useQuery } from '@tanstack/react-query';
import { QueryError } from '../../components/errors/query-error';
import { Skeleton } from '../../components/ui/skeleton';
import { cookiePreferencesQueryOptions } from '../../features/consent/api/get-cookie-preferences';
import { CookiePreferences } from '../../features/consent/components/cookie-preferences';
import '../../features/consent/components/consent.css';
import { operatorProfileQueryOptions } from '../../features/operator/api/get-operator-profile';
import { useI18n } from '../../lib/i18n/use-i18n';

/** /consent/cookies: the customer's cookie choices, recorded in the consent ledger. */
export function CookiePreferencesRoute() {
  const { t, language } = useI18n();
  const profile = useQuery(operatorProfileQueryOptions());
  const preferences = useQuery(cookiePreferencesQueryOptions(language));
  const operatorName = profile.data?.company.name ?? '';

  let body;
  if (preferences.isPending) body = <Skeleton label={t('notice.cookies.loading')} lines={4} />;
  else if (preferences.isError)
    body = (
      <QueryError
        error={preferences.error}
        onRetry={() => void preferences.refetch()}
        retrying={preferences.isFetching}
      />
    );
  else body = <CookiePreferences preferences={preferences.data} />;

  return (
    <>
      <div className="page-intro">
        <h1>{t('notice.cookies.title')}</h1>
        <p className="lead">{t('notice.cookies.intro', { operator: operatorName || t('app.name') })}</p>
      </div>
      {body}
    </>
  );
}
