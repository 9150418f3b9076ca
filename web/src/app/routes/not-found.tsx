import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { useI18n } from '../../lib/i18n/use-i18n';

export function NotFoundRoute() {
  const { t } = useI18n();
  return (
    <div className="page-intro">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={paths.home.getHref()}>{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
