import { useQuery } from '@tanstack/react-query';
import { QueryError } from '../../components/errors/query-error';
import { Skeleton } from '../../components/ui/skeleton';
import { operatorProfileQueryOptions } from '../../features/operator/api/get-operator-profile';
import { AutomatedDecisions } from '../../features/operator/components/automated-decisions';
import { PrivacyContact } from '../../features/operator/components/privacy-contact';
import { RightsList } from '../../features/operator/components/rights-list';
import { SupervisoryAuthority } from '../../features/operator/components/supervisory-authority';
import { useI18n } from '../../lib/i18n/use-i18n';

/** The public landing page: who runs this portal, what it is for, whom to contact, your rights. */
export function HomeRoute() {
  const { t, formatDate } = useI18n();
  const profile = useQuery(operatorProfileQueryOptions());

  if (!profile.data) {
    if (profile.isError) {
      return (
        <QueryError
          error={profile.error}
          onRetry={() => void profile.refetch()}
          retrying={profile.isFetching}
          headingLevel={1}
        />
      );
    }
    return <Skeleton label={t('home.loading')} lines={4} />;
  }

  const { company, supervisoryAuthority, rights, notice, automatedDecisionMaking } = profile.data;
  return (
    <>
      <div className="page-intro">
        <h1>{company.name}</h1>
        <p className="lead">{t('home.intro', { operator: company.name })}</p>
        <p>{t('home.staffAudit')}</p>
      </div>
      <div className="card-grid">
        <PrivacyContact company={company} />
        <SupervisoryAuthority authority={supervisoryAuthority} operatorName={company.name} />
        <RightsList rights={rights} operatorName={company.name} />
        <AutomatedDecisions statement={automatedDecisionMaking} />
      </div>
      <p className="notice-version">
        {t('home.notice', { version: notice.version, date: formatDate(notice.effectiveDate) })}
      </p>
    </>
  );
}
