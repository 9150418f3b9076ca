import { useQuery } from '@tanstack/react-query';
import { QueryError } from '../../components/errors/query-error';
import { Skeleton } from '../../components/ui/skeleton';
import '../../features/consent/components/consent.css';
import { operatorProfileQueryOptions } from '../../features/operator/api/get-operator-profile';
import { PrivacyNoticeHistory } from '../../features/privacy-notice/components/privacy-notice-history';
import { PublishNoticeForm } from '../../features/privacy-notice/components/publish-notice-form';
import { useI18n } from '../../lib/i18n/use-i18n';
import { useStaffPrincipal } from '../use-staff-principal';

/** /staff/privacy-notice: privacy officers publish notice versions; other roles are told it is not theirs. */
export function StaffPrivacyNoticeRoute() {
  const { t } = useI18n();
  const staff = useStaffPrincipal();
  const allowed = staff?.permissions.includes('manage:requests:any') ?? false;
  return (
    <div>
      <h1>{t('notice.staff.title')}</h1>
      <p>{t('notice.staff.intro')}</p>
      {allowed ? (
        <>
          <PrivacyNoticeHistory />
          {/* The server refuses publishing while impersonating; say so instead of offering the form. */}
          {staff?.impersonation ? <p className="notice">{t('notice.staff.impersonating')}</p> : <PublishSection />}
        </>
      ) : (
        <p className="notice">{t('notice.staff.noPermission')}</p>
      )}
    </div>
  );
}

/** The form needs the operator's languages and time zone before it can show a field. */
function PublishSection() {
  const { t } = useI18n();
  const profile = useQuery(operatorProfileQueryOptions());
  if (profile.data) return <PublishNoticeForm locale={profile.data.locale} />;
  if (profile.isError) return <QueryError error={profile.error} onRetry={() => void profile.refetch()} retrying={profile.isFetching} />;
  return <Skeleton label={t('notice.staff.loadingForm')} />;
}
