import { useQuery } from '@tanstack/react-query';
import { sessionQueryOptions } from '../../features/auth/api/get-session';
import { AccessLog } from '../../features/audit/components/access-log';
import { SupportAccess } from '../../features/support-access/components/support-access';
import { useI18n } from '../../lib/i18n/use-i18n';
import { useOperatorName } from './auth-page';

/** /my-data/access-log: who touched my data, and whether support may open the account. */
export function AccessLogRoute() {
  const { t } = useI18n();
  const operator = useOperatorName();
  const { data: session } = useQuery(sessionQueryOptions());
  const staffLooking = session?.status === 'signed-in' && session.principal.kind === 'staff';
  return (
    <div>
      <h1>{t('accessLog.title')}</h1>
      <p>{t('accessLog.intro')}</p>
      <SupportAccess readOnly={staffLooking} />
      <AccessLog operatorName={operator} />
    </div>
  );
}
