import { useInfiniteQuery } from '@tanstack/react-query';
import type { TAccessLogEntry } from '@portal/shared/schemas/audit.schema';
import { QueryError } from '../../../components/errors/query-error';
import { Skeleton } from '../../../components/ui/skeleton';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { accessLogQueryOptions } from '../api/get-access-log';
import './audit.css';

const KNOWN_STAFF_ACTIONS = ['staff.customer.viewed', 'staff.customers.searched', 'impersonation.refused'] as const;
type TKnownStaffAction = (typeof KNOWN_STAFF_ACTIONS)[number];
const isKnown = (action: string): action is TKnownStaffAction => (KNOWN_STAFF_ACTIONS as readonly string[]).includes(action);

/** "Who touched my data": staff access, impersonations and corrections, with the chain's verdict. */
export function AccessLog({ operatorName }: { operatorName: string }) {
  const { t, language } = useI18n();
  const log = useInfiniteQuery(accessLogQueryOptions(language));

  if (log.isPending) return <Skeleton label={t('accessLog.loading')} />;
  if (log.isError) return <QueryError error={log.error} onRetry={() => void log.refetch()} retrying={log.isFetching} />;
  const entries = log.data.pages.flatMap((page) => page.entries);
  const verified = log.data.pages.every((page) => page.chain.verified);

  return (
    <section aria-labelledby="access-log-heading">
      <h2 id="access-log-heading">{t('accessLog.listHeading')}</h2>
      <p className={verified ? 'notice' : 'notice notice--warning'} role={verified ? undefined : 'alert'}>
        {verified ? t('accessLog.verified') : t('accessLog.notVerified', { operator: operatorName })}
      </p>
      {entries.length === 0 ? (
        <p>{t('accessLog.empty')}</p>
      ) : (
        <ol className="access-log">
          {entries.map((entry) => (
            <li key={`${entry.kind}-${entry.seq}`}>
              <Entry entry={entry} />
              {entry.verified ? null : <p className="notice notice--warning">{t('accessLog.entryNotVerified')}</p>}
            </li>
          ))}
        </ol>
      )}
      {log.hasNextPage ? (
        <button
          type="button"
          className="button"
          aria-disabled={log.isFetchingNextPage}
          onClick={() => {
            if (!log.isFetchingNextPage) void log.fetchNextPage();
          }}
        >
          {log.isFetchingNextPage ? t('accessLog.loadingMore') : t('accessLog.more')}
        </button>
      ) : null}
    </section>
  );
}

function Entry({ entry }: { entry: TAccessLogEntry }) {
  const { t, formatDate } = useI18n();
  const when = (iso: string) => formatDate(iso, { dateStyle: 'long', timeStyle: 'short' });
  const staffName = (staff: { firstName: string }) => staff.firstName || t('accessLog.ourStaff');

  if (entry.kind === 'impersonation') {
    const role = t(`staffConsole.roles.${entry.staff.role}`);
    return (
      <article aria-labelledby={`access-${entry.seq}`}>
        <h3 id={`access-${entry.seq}`}>{t('accessLog.impersonation.heading', { name: staffName(entry.staff), role })}</h3>
        <p>
          {entry.endedAt
            ? t('accessLog.impersonation.when', { start: when(entry.at), end: when(entry.endedAt) })
            : t('accessLog.impersonation.ongoing', { start: when(entry.at) })}
        </p>
        {entry.endReason ? <p>{t(`accessLog.impersonation.ended.${entry.endReason}`)}</p> : null}
        <p>{t('accessLog.impersonation.reason', { category: t(`staffConsole.reasonCategories.${entry.reasonCategory}`), reason: entry.reason })}</p>
        <p>{t('accessLog.impersonation.ticket', { ticket: entry.ticketReference })}</p>
        <h4>{t('accessLog.impersonation.viewed')}</h4>
        {entry.viewed.length === 0 ? (
          <p>{t('accessLog.impersonation.nothingViewed')}</p>
        ) : (
          <ul>
            {entry.viewed.map((view, index) => (
              <li key={index}>
                {view.view === 'records'
                  ? t('accessLog.views.records', { category: view.categoryLabel ?? view.category ?? '' })
                  : view.view === 'categories-only' || view.view === 'corrections'
                    ? t(`accessLog.views.${view.view}`)
                    : t('accessLog.views.overview')}{' '}
                ({when(view.at)})
              </li>
            ))}
          </ul>
        )}
        {entry.refused === 1 ? <p>{t('accessLog.impersonation.refusedOnce')}</p> : null}
        {entry.refused > 1 ? <p>{t('accessLog.impersonation.refused', { count: entry.refused })}</p> : null}
      </article>
    );
  }
  if (entry.kind === 'staff-access') {
    const action = isKnown(entry.action) ? t(`accessLog.staffAccess.${entry.action}`) : t('accessLog.staffAccess.other', { action: entry.action });
    return (
      <article aria-labelledby={`access-${entry.seq}`}>
        <h3 id={`access-${entry.seq}`}>
          {t('accessLog.staffAccess.heading', { name: staffName(entry.staff), role: t(`staffConsole.roles.${entry.staff.role}`), action })}
        </h3>
        <p>{when(entry.at)}</p>
      </article>
    );
  }
  return (
    <article aria-labelledby={`access-${entry.seq}`}>
      <h3 id={`access-${entry.seq}`}>
        {t('accessLog.correction.heading', { field: entry.fieldLabel, category: entry.categoryLabel, system: entry.system.label })}
      </h3>
      <p>
        {when(entry.at)}. {t('accessLog.correction.status', { status: entry.systemStatus })}
      </p>
    </article>
  );
}
