import { Skeleton } from '../../components/ui/skeleton';
import { useI18n } from '../../lib/i18n/use-i18n';

/** Shown while the router loads the first page's code. */
export function AppLoading() {
  const { t } = useI18n();
  return (
    <div className="app-loading">
      <Skeleton label={t('app.loading')} />
    </div>
  );
}
