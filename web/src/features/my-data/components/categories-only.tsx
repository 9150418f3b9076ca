import { useQuery } from '@tanstack/react-query';
import { QueryError } from '../../../components/errors/query-error';
import { Skeleton } from '../../../components/ui/skeleton';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { categoriesOnlyQueryOptions } from '../api/get-categories-only';
import { RecipientLine } from './field-explanation';

/** "What kinds of data do you hold about me": categories, sources, purposes and recipients, no values. */
export function CategoriesOnly({ operator }: { operator: string }) {
  const { t, language } = useI18n();
  const summary = useQuery(categoriesOnlyQueryOptions(language));
  if (summary.isPending) return <Skeleton label={t('myData.loading')} lines={5} />;
  if (summary.isError) return <QueryError error={summary.error} onRetry={() => void summary.refetch()} retrying={summary.isFetching} />;
  return (
    <>
      <p>{t('myData.categoriesIntro', { operator })}</p>
      <ul className="categories-only">
        {summary.data.categories.map((category) => (
          <li key={category.id} className="card card--wide">
            <h2>{category.name}</h2>
            <p>{category.description}</p>
            <h3>{t('myData.explanation.source')}</h3>
            <ul>
              {category.sources.map((source) => (
                <li key={`${source.kind}-${source.partner?.id ?? ''}`}>
                  {source.kind === 'partner' ? t('myData.sources.partner', { partner: source.partner?.name ?? '' }) : t(`myData.sources.${source.kind}`)}
                </li>
              ))}
            </ul>
            <h3>{t('myData.explanation.purposes')}</h3>
            <ul>
              {category.purposes.map((purpose) => (
                <li key={purpose.id}>{purpose.name}</li>
              ))}
            </ul>
            <h3>{t('myData.explanation.recipients')}</h3>
            {category.recipients.length === 0 ? (
              <p>{t('myData.explanation.noRecipients', { operator })}</p>
            ) : (
              <ul>
                {category.recipients.map((recipient) => (
                  <li key={recipient.id}>
                    <RecipientLine recipient={recipient} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
