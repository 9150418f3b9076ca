import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '../../../components/errors/query-error';
import { Skeleton } from '../../../components/ui/skeleton';
import { TextField } from '../../../components/ui/text-field';
import { paths } from '../../../config/paths';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { customerSearchQueryOptions } from '../api/search-customers';
import './staff.css';

/**
 * Customer search: the query lives in the address (`?q=`), so back and forward work and a search is
 * sent once, when it is submitted. Results show only what tells people apart.
 */
export function CustomerSearch() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const search = useQuery(customerSearchQueryOptions(q));

  return (
    <div>
      {/* Keyed by the query: going back to an earlier search shows that search in the box. */}
      <SearchForm key={q} initial={q} onSearch={(next) => setParams({ q: next })} />

      {q.length >= 2 ? (
        <section aria-live="polite" aria-busy={search.isFetching}>
          {search.isPending ? <Skeleton label={t('staffConsole.search.searching')} /> : null}
          {search.isError ? <QueryError error={search.error} onRetry={() => void search.refetch()} retrying={search.isFetching} /> : null}
          {search.data && search.data.results.length === 0 ? <p>{t('staffConsole.search.none', { q })}</p> : null}
          {search.data && search.data.results.length > 0 ? (
            <div className="table-scroll">
              <table className="data-table">
                <caption>{t('staffConsole.search.resultsCaption', { q })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('staffConsole.search.columns.name')}</th>
                    <th scope="col">{t('staffConsole.search.columns.number')}</th>
                    <th scope="col">{t('staffConsole.search.columns.email')}</th>
                    <th scope="col">{t('staffConsole.search.columns.phone')}</th>
                    <th scope="col">{t('staffConsole.search.columns.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {search.data.results.map((customer) => (
                    <tr key={customer.id}>
                      <th scope="row">
                        <Link to={paths.staffCustomer.getHref(customer.id)}>{customer.displayName}</Link>
                      </th>
                      <td>{customer.customerNumber}</td>
                      <td>{customer.emailHint}</td>
                      <td>{customer.phoneHint ?? t('staffConsole.search.noPhone')}</td>
                      <td>{t(`staffConsole.status.${customer.status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {search.data?.truncated ? <p>{t('staffConsole.search.truncated')}</p> : null}
        </section>
      ) : null}
    </div>
  );
}

function SearchForm({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = draft.trim();
    if (next.length < 2) {
      setError(t('staffConsole.search.tooShort'));
      return;
    }
    setError(undefined);
    onSearch(next);
  };

  return (
    <form className="form" role="search" onSubmit={submit} noValidate>
      <TextField
        id={`${id}-q`}
        name="q"
        type="search"
        label={t('staffConsole.search.label')}
        hint={t('staffConsole.search.hint')}
        error={error}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        autoComplete="off"
      />
      <div className="form__actions">
        <button type="submit" className="button">
          {t('staffConsole.search.submit')}
        </button>
      </div>
    </form>
  );
}
