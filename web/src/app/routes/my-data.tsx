import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '../../components/errors/query-error';
import { Skeleton } from '../../components/ui/skeleton';
import { paths } from '../../config/paths';
import { myDataQueryOptions } from '../../features/my-data/api/get-my-data';
import { CategoriesOnly } from '../../features/my-data/components/categories-only';
import { CategorySection } from '../../features/my-data/components/category-section';
import { CorrectionHistory } from '../../features/my-data/components/correction-history';
import '../../features/my-data/components/my-data.css';
import { formatDate } from '../../lib/i18n/format';
import { useI18n } from '../../lib/i18n/use-i18n';
import { useOperatorName } from './auth-page';

const CATEGORIES_VIEW = 'categories';

/** /my-data: everything held about the customer by category, or (?view=categories) only the kinds of data. */
export function MyDataRoute() {
  const { t } = useI18n();
  const operator = useOperatorName();
  const [params] = useSearchParams();
  const categoriesOnly = params.get('view') === CATEGORIES_VIEW;
  return (
    <div>
      <h1>{t('myData.title')}</h1>
      <p>{t('myData.intro', { operator })}</p>
      <nav className="my-data__views" aria-label={t('myData.title')}>
        <Link to={paths.myData.getHref()} aria-current={categoriesOnly ? undefined : 'page'}>
          {t('myData.viewAll')}
        </Link>
        <Link to={`${paths.myData.getHref()}?view=${CATEGORIES_VIEW}`} aria-current={categoriesOnly ? 'page' : undefined}>
          {t('myData.viewCategories')}
        </Link>
      </nav>
      {categoriesOnly ? <CategoriesOnly operator={operator} /> : <AllData operator={operator} />}
    </div>
  );
}

function AllData({ operator }: { operator: string }) {
  const { t, language } = useI18n();
  const data = useQuery(myDataQueryOptions(language));
  const [message, setMessage] = useState('');
  if (data.isPending) return <Skeleton label={t('myData.loading')} lines={8} />;
  if (data.isError) return <QueryError error={data.error} onRetry={() => void data.refetch()} retrying={data.isFetching} />;
  return (
    <>
      <p className="category__system">
        {t('myData.generatedAt', { time: formatDate(data.data.generatedAt, language, { dateStyle: 'medium', timeStyle: 'short' }) })}
      </p>
      <p role="status">{message}</p>
      {data.data.categories.map((category) => (
        <CategorySection key={category.id} category={category} currency={data.data.currency} operator={operator} onMessage={setMessage} />
      ))}
      <CorrectionHistory categories={data.data.categories} />
    </>
  );
}
