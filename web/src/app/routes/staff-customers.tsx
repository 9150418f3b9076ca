import { CustomerSearch } from '../../features/staff/components/customer-search';
import { useI18n } from '../../lib/i18n/use-i18n';

/** /staff: find a customer (support, privacy officers, admins). */
export function StaffCustomersRoute() {
  const { t } = useI18n();
  return (
    <div>
      <h1>{t('staffConsole.search.title')}</h1>
      <p>{t('staffConsole.search.intro')}</p>
      <CustomerSearch />
    </div>
  );
}
