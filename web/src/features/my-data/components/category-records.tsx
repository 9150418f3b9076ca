import { useInfiniteQuery } from '@tanstack/react-query';
import type { TCategoryView } from '@portal/shared/schemas/personal-data.schema';
import { QueryError } from '../../../components/errors/query-error';
import { Skeleton } from '../../../components/ui/skeleton';
import { formatDate } from '../../../lib/i18n/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { categoryRecordsQueryOptions } from '../api/get-category-records';
import { FieldExplanation } from './field-explanation';
import { FieldValue } from './field-value';

type TProps = { category: TCategoryView; currency: string; operator: string };

/** A list category (orders, activity): newest records first, a page at a time, and why each field is held. */
export function CategoryRecords({ category, currency, operator }: TProps) {
  const { t, language } = useI18n();
  const records = useInfiniteQuery(categoryRecordsQueryOptions(category.id));
  const shown = category.fields.filter((f) => f.visibility === 'shown');

  let table;
  if (records.isPending) table = <Skeleton label={t('myData.loading')} lines={3} />;
  else if (records.isError) table = <QueryError error={records.error} onRetry={() => void records.refetch()} retrying={records.isFetching} />;
  else {
    const items = records.data.pages.flatMap((page) => page.items);
    table =
      items.length === 0 ? (
        <p>{t('myData.noRecords')}</p>
      ) : (
        // Wide tables scroll sideways: the region is focusable so keyboard users can scroll it too.
        <div className="table-scroll" role="region" tabIndex={0} aria-label={t('myData.recordsTable', { category: category.name })}>
          <table className="records-table">
            <caption className="visually-hidden">{category.name}</caption>
            <thead>
              <tr>
                <th scope="col">{t('myData.recordDate')}</th>
                {shown.map((field) => (
                  <th key={field.key} scope="col">
                    {field.label}
                  </th>
                ))}
                <th scope="col">{t('myData.keptUntilDate')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((record) => (
                <tr key={record.id}>
                  <td>{record.occurredAt ? formatDate(record.occurredAt, language, { dateStyle: 'medium' }) : ''}</td>
                  {shown.map((field) => (
                    <td key={field.key}>
                      <FieldValue field={field} value={record.values[field.key]} currency={currency} />
                    </td>
                  ))}
                  <td>{record.keptUntil ? formatDate(record.keptUntil, language, { dateStyle: 'medium' }) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }

  return (
    <>
      {category.recordCount !== null ? <p>{t('myData.recordCount', { count: category.recordCount })}</p> : null}
      {table}
      {records.hasNextPage ? (
        <button type="button" aria-disabled={records.isFetchingNextPage} onClick={() => void (records.isFetchingNextPage ? null : records.fetchNextPage())}>
          {records.isFetchingNextPage ? t('myData.loadingMore') : t('myData.loadMore')}
        </button>
      ) : null}
      <div className="field-explanations">
        {category.fields.map((field) => (
          <FieldExplanation key={field.key} field={field} operator={operator} />
        ))}
      </div>
    </>
  );
}
