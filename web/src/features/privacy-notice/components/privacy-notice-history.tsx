import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { QueryError } from '../../../components/errors/query-error';
import { Skeleton } from '../../../components/ui/skeleton';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { privacyNoticeQueryOptions } from '../api/get-privacy-notice';
import { PrivacyNoticeVersions } from './privacy-notice-versions';

/** The versions published so far, in the UI language (publishing refetches them). */
export function PrivacyNoticeHistory() {
  const { t, language } = useI18n();
  const headingId = useId();
  const notice = useQuery(privacyNoticeQueryOptions(language));

  let body;
  if (notice.isPending) body = <Skeleton label={t('notice.privacyNotice.loading')} lines={4} />;
  else if (notice.isError) body = <QueryError error={notice.error} onRetry={() => void notice.refetch()} retrying={notice.isFetching} />;
  else body = <PrivacyNoticeVersions versions={notice.data.versions} labelledBy={headingId} />;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('notice.privacyNotice.historyHeading')}</h2>
      {body}
    </section>
  );
}
