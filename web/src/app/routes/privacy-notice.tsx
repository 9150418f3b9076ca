import { useQuery } from '@tanstack/react-query';
import { QueryError } from '../../components/errors/query-error';
import { Skeleton } from '../../components/ui/skeleton';
import '../../features/consent/components/consent.css';
import { operatorProfileQueryOptions } from '../../features/operator/api/get-operator-profile';
import { privacyNoticeQueryOptions } from '../../features/privacy-notice/api/get-privacy-notice';
import { PrivacyNoticeView } from '../../features/privacy-notice/components/privacy-notice-view';
import { useI18n } from '../../lib/i18n/use-i18n';

/** /privacy-notice (public): the operator's notice in force and its versions. */
export function PrivacyNoticeRoute() {
  const { t, language } = useI18n();
  const profile = useQuery(operatorProfileQueryOptions());
  const notice = useQuery(privacyNoticeQueryOptions(language));
  const operatorName = profile.data?.company.name ?? '';

  let body;
  if (notice.isPending) body = <Skeleton label={t('notice.privacyNotice.loading')} lines={6} />;
  else if (notice.isError)
    body = (
      <QueryError error={notice.error} onRetry={() => void notice.refetch()} retrying={notice.isFetching} />
    );
  else body = <PrivacyNoticeView notice={notice.data} />;

  return (
    <>
      <div className="page-intro">
        <h1>{t('notice.privacyNotice.title')}</h1>
        <p className="lead">{t('notice.privacyNotice.intro', { operator: operatorName || t('app.name') })}</p>
      </div>
      {body}
    </>
  );
}
