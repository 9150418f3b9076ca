import { useInfiniteQuery } from '@tanstack/react-query';
import { AUDIT_COLUMNS, type TAuditEntry, type TAuditFilters } from '@portal/shared/schemas/audit.schema';
import { QueryError } from '../../../components/errors/query-error';
import { Skeleton } from '../../../components/ui/skeleton';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { auditEventsQueryOptions, auditExportHref } from '../api/audit-events';
import { AuditFilters } from './audit-filters';
import { VerifyChain } from './verify-chain';
import './audit.css';

/**
 * The privacy officers' audit log: filters, the entries in exactly the export's columns, older pages
 * on demand, the chain check and the CSV and JSON exports of what is filtered.
 */
export function AuditViewer({ filters, onFilter }: { filters: TAuditFilters; onFilter: (filters: TAuditFilters) => void }) {
  const { t, formatDate } = useI18n();
  const events = useInfiniteQuery(auditEventsQueryOptions(filters));
  const entries = events.data?.pages.flatMap((page) => page.entries) ?? [];
  const cell = (entry: TAuditEntry, column: (typeof AUDIT_COLUMNS)[number]) => {
    const value = entry[column];
    if (value === null) return '';
    if (column === 'occurredAt') return formatDate(String(value), { dateStyle: 'medium', timeStyle: 'medium' });
    if (column === 'outcome') return t(`auditLog.outcomes.${entry.outcome}`);
    if (column === 'details' || column === 'hash' || column.endsWith('Id')) return <code>{String(value)}</code>;
    return String(value);
  };

  return (
    <div className="audit-viewer">
      <AuditFilters filters={filters} onApply={onFilter} />

      <section aria-labelledby="audit-export-heading">
        <h2 id="audit-export-heading">{t('auditLog.export.heading')}</h2>
        <p>{t('auditLog.export.intro')}</p>
        <p className="form__actions">
          <a className="button" href={auditExportHref(filters, 'csv')} download>
            {t('auditLog.export.csv')}
          </a>
          <a className="button" href={auditExportHref(filters, 'json')} download>
            {t('auditLog.export.json')}
          </a>
        </p>
      </section>

      <VerifyChain />

      {events.isPending ? <Skeleton label={t('auditLog.loading')} /> : null}
      {events.isError ? <QueryError error={events.error} onRetry={() => void events.refetch()} retrying={events.isFetching} /> : null}
      {events.data && entries.length === 0 ? <p>{t('auditLog.none')}</p> : null}
      {entries.length > 0 ? (
        // Wide: the table scrolls inside a focusable region so keyboard users can scroll it too.
        <div className="table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
          <table className="data-table audit-table">
            <caption id="audit-caption">{t('auditLog.caption')}</caption>
            <thead>
              <tr>
                {AUDIT_COLUMNS.map((column) => (
                  <th scope="col" key={column}>
                    {t(`auditLog.columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.seq}>
                  {AUDIT_COLUMNS.map((column) =>
                    column === 'seq' ? (
                      <th scope="row" key={column}>
                        {entry.seq}
                      </th>
                    ) : (
                      <td key={column} className={column === 'details' ? 'audit-table__details' : undefined}>
                        {cell(entry, column)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {events.hasNextPage ? (
        <button
          type="button"
          className="button"
          aria-disabled={events.isFetchingNextPage}
          onClick={() => {
            if (!events.isFetchingNextPage) void events.fetchNextPage();
          }}
        >
          {events.isFetchingNextPage ? t('auditLog.loadingMore') : t('auditLog.more')}
        </button>
      ) : null}
    </div>
  );
}
