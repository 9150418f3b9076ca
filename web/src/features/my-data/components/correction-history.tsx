import { useInfiniteQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { TCategoryView } from '@portal/shared/schemas/personal-data.schema';
import { QueryError } from '../../../components/errors/query-error';
import { Skeleton } from '../../../components/ui/skeleton';
import { formatDate } from '../../../lib/i18n/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { correctionsQueryOptions } from '../api/get-corrections';

/** Past corrections: what, when, by whom, and whether each system and recipient has taken it (Art. 19). */
export function CorrectionHistory({ categories }: { categories: TCategoryView[] }) {
  const { t, language } = useI18n();
  const headingId = useId();
  const history = useInfiniteQuery(correctionsQueryOptions());
  const labelOf = (categoryId: string, fieldKey: string) => {
    const category = categories.find((c) => c.id === categoryId);
    const field = category?.fields.find((f) => f.key === fieldKey);
    return { category: category?.name ?? categoryId, field: field?.label ?? fieldKey };
  };

  let body;
  if (history.isPending) body = <Skeleton label={t('myData.loading')} lines={2} />;
  else if (history.isError) body = <QueryError error={history.error} onRetry={() => void history.refetch()} retrying={history.isFetching} />;
  else {
    const items = history.data.pages.flatMap((page) => page.items);
    body =
      items.length === 0 ? (
        <p>{t('myData.history.empty')}</p>
      ) : (
        <ul className="correction-history">
          {items.map((item) => {
            const names = labelOf(item.category, item.field);
            return (
              <li key={item.id}>
                <p>
                  {t('myData.history.item', {
                    field: names.field,
                    category: names.category,
                    time: formatDate(item.at, language, { dateStyle: 'medium', timeStyle: 'short' }),
                    who: t(`myData.history.by.${item.by}`),
                  })}
                </p>
                <ul>
                  {item.propagations.map((p) => (
                    <li key={`${p.targetKind}-${p.targetId}`}>
                      {t('myData.history.propagation', { name: p.name, status: t(`myData.history.status.${p.status}`) })}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      );
  }
  return (
    <section className="card card--wide" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('myData.history.heading')}</h2>
      {body}
      {history.hasNextPage ? (
        <button type="button" aria-disabled={history.isFetchingNextPage} onClick={() => void (history.isFetchingNextPage ? null : history.fetchNextPage())}>
          {history.isFetchingNextPage ? t('myData.loadingMore') : t('myData.history.more')}
        </button>
      ) : null}
    </section>
  );
}
