import { useInfiniteQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { TConsentHistoryEntry } from '@portal/shared/schemas/consent.schema';
import { QueryError } from '../../../components/errors/query-error';
import { Skeleton } from '../../../components/ui/skeleton';
import type { TTranslate } from '../../../lib/i18n/catalog-types';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { consentHistoryQueryOptions } from '../api/get-consent-history';
import { isPrivacyChoice } from '../lib/is-privacy-choice';

type TProps = {
  /** Purpose id → name in the UI language, from the preferences. */
  purposeNames: ReadonlyMap<string, string>;
};

const isCookieCategory = (id: string): id is 'functional' | 'analytics' | 'advertising' =>
  id === 'functional' || id === 'analytics' || id === 'advertising';

function decisionOf(entry: TConsentHistoryEntry, t: TTranslate): string {
  if (entry.kind === 'privacy-choice')
    return entry.granted ? t('consent.history.optedIn') : t('consent.history.optedOut');
  if (entry.kind === 'cookie')
    return entry.granted ? t('consent.history.granted') : t('consent.history.withdrawn');
  return entry.granted ? t('consent.history.granted') : t('consent.history.withdrawn');
}

function actorOf(entry: TConsentHistoryEntry, t: TTranslate): string {
  if (entry.actor === 'customer') return t('consent.history.byCustomer');
  return entry.actor === 'staff' ? t('consent.history.byStaff') : t('consent.history.bySystem');
}

/** The consent ledger as a table, newest first; older pages on request. */
export function ConsentHistory({ purposeNames }: TProps) {
  const { t, formatDate } = useI18n();
  const headingId = useId();
  const history = useInfiniteQuery(consentHistoryQueryOptions());

  const what = (entry: TConsentHistoryEntry) =>
    entry.kind === 'privacy-choice' && isPrivacyChoice(entry.purpose)
      ? t(`consent.choices.${entry.purpose}.label`)
      : entry.kind === 'cookie' && isCookieCategory(entry.purpose)
        ? `${t('notice.cookies.title')}: ${t(`notice.cookies.categories.${entry.purpose}`)}`
        : (purposeNames.get(entry.purpose) ?? entry.purpose);

  let body;
  if (history.isPending) body = <Skeleton label={t('consent.history.loading')} lines={3} />;
  else if (history.isError)
    body = (
      <QueryError
        error={history.error}
        onRetry={() => void history.refetch()}
        retrying={history.isFetching}
      />
    );
  else {
    const entries = history.data.pages.flatMap((page) => page.items);
    body =
      entries.length === 0 ? (
        <p>{t('consent.history.empty')}</p>
      ) : (
        <>
          <div className="consent-history-wrapper">
            <table className="consent-history" aria-labelledby={headingId}>
              <thead>
                <tr>
                  <th scope="col">{t('consent.history.when')}</th>
                  <th scope="col">{t('consent.history.what')}</th>
                  <th scope="col">{t('consent.history.channel')}</th>
                  <th scope="col">{t('consent.history.decision')}</th>
                  <th scope="col">{t('consent.history.how')}</th>
                  <th scope="col">{t('consent.history.by')}</th>
                  <th scope="col">{t('notice.delivery.heading')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.seq}>
                    <td>
                      {formatDate(entry.occurredAt, { dateStyle: 'medium', timeStyle: 'short' })}
                    </td>
                    <td>{what(entry)}</td>
                    <td>
                      {entry.channel
                        ? t(`consent.channels.${entry.channel}`)
                        : t('consent.history.noChannel')}
                    </td>
                    <td>{decisionOf(entry, t)}</td>
                    <td>{t(`consent.methods.${entry.method}`)}</td>
                    <td>{actorOf(entry, t)}</td>
                    <td>
                      {entry.deliveries.length === 0
                        ? t('notice.delivery.none')
                        : entry.deliveries
                            .map((d) => `${d.systemName}: ${t(`notice.delivery.statuses.${d.status}`)}`)
                            .join('; ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {history.hasNextPage ? (
            <div className="consent-actions">
              <button
                type="button"
                className="button button--secondary"
                aria-disabled={history.isFetchingNextPage}
                onClick={() => {
                  if (!history.isFetchingNextPage) void history.fetchNextPage();
                }}
              >
                {t('consent.history.loadMore')}
              </button>
            </div>
          ) : null}
        </>
      );
  }

  return (
    <section className="consent-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('consent.history.heading')}</h2>
      {body}
    </section>
  );
}
