import { useQuery } from '@tanstack/react-query';
import { useId, type FormEvent } from 'react';
import { QueryError } from '../../../components/errors/query-error';
import { Skeleton } from '../../../components/ui/skeleton';
import { TextField } from '../../../components/ui/text-field';
import { ApiError } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/i18n/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { requestMetricsQueryOptions } from '../api/public-requests';
import '../../../components/ui/data.css';
import './requests.css';

/** Requests received, completed and denied, and the days to answer, per type, for one year. */
export function RequestMetrics({ year, operator, onYear }: { year: number | undefined; operator: string; onYear: (year: number | undefined) => void }) {
  const { t, formatDate, language } = useI18n();
  const metrics = useQuery(requestMetricsQueryOptions(year));
  const id = useId();
  const captionId = `${id}-caption`;
  const days = (value: number | null) => (value === null ? t('requests.metrics.none') : formatNumber(value, language, { maximumFractionDigits: 1 }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = Number(new FormData(event.currentTarget).get('year'));
    onYear(Number.isInteger(value) && value >= 2000 && value <= 2100 ? value : undefined);
  };

  if (metrics.isPending) return <Skeleton label={t('requests.metrics.loading')} lines={5} />;
  if (metrics.isError) {
    if (metrics.error instanceof ApiError && metrics.error.status === 404) return <p>{t('requests.metrics.notPublished', { operator })}</p>;
    return <QueryError error={metrics.error} onRetry={() => void metrics.refetch()} retrying={metrics.isFetching} />;
  }
  const data = metrics.data;
  return (
    <>
      <form key={data.year} className="request-filters" onSubmit={submit}>
        <TextField id={`${id}-year`} name="year" type="number" min={2000} max={2100} defaultValue={data.year} label={t('requests.metrics.year')} />
        <div className="form__actions">
          <button type="submit" className="button">
            {t('requests.metrics.show')}
          </button>
        </div>
      </form>
      <div className="table-scroll" role="region" tabIndex={0} aria-labelledby={captionId}>
        <table className="data-table">
          <caption id={captionId}>{t('requests.metrics.caption', { year: data.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('requests.metrics.type')}</th>
              <th scope="col">{t('requests.metrics.received')}</th>
              <th scope="col">{t('requests.metrics.completed')}</th>
              <th scope="col">{t('requests.metrics.denied')}</th>
              <th scope="col">{t('requests.metrics.median')}</th>
              <th scope="col">{t('requests.metrics.mean')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.type}>
                <th scope="row">{t(`requests.types.${row.type}`)}</th>
                <td>{formatNumber(row.received, language)}</td>
                <td>{formatNumber(row.completed, language)}</td>
                <td>{formatNumber(row.denied, language)}</td>
                <td>{days(row.medianDaysToAnswer)}</td>
                <td>{days(row.meanDaysToAnswer)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t('requests.metrics.generatedAt', { date: formatDate(data.generatedAt) })}</p>
    </>
  );
}
