import { useId } from 'react';
import type { TTranslate } from '../../../lib/i18n/catalog-types';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { TCreateExportEvents } from '../api/create-export';
import { isActiveExport, type TExportViewResponse } from '../api/export-view';
import { statusLabel } from '../lib/export-status';
import { DownloadButton } from './download-button';
import { ReadyDetails } from './ready-details';
import { RequestAgainButton } from './request-again-button';

type TProps = {
  /** Earlier exports, newest first (the newest one of all is shown above). */
  exports: readonly TExportViewResponse[];
  /** False while an export is being prepared: only one at a time. */
  canRequest: boolean;
  events: TCreateExportEvents;
};

/** Earlier exports with their status in words; expired ones can be asked for again. */
export function ExportHistory({ exports, canRequest, events }: TProps) {
  const { t } = useI18n();
  const headingId = useId();
  if (exports.length === 0) return null;
  return (
    <section className="export-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('exports.history.heading')}</h2>
      <ul className="export-history">
        {exports.map((view) => (
          <ExportHistoryItem key={view.id} view={view} canRequest={canRequest} events={events} />
        ))}
      </ul>
    </section>
  );
}

function periodOf(view: TExportViewResponse, t: TTranslate, format: (day: string) => string): string | null {
  const from = view.dateRange?.from;
  const to = view.dateRange?.to;
  if (from && to) return t('exports.history.period', { from: format(from), to: format(to) });
  if (from) return t('exports.history.periodFrom', { from: format(from) });
  if (to) return t('exports.history.periodTo', { to: format(to) });
  return null;
}

function ExportHistoryItem({ view, canRequest, events }: { view: TExportViewResponse; canRequest: boolean; events: TCreateExportEvents }) {
  const { t, formatDate } = useI18n();
  const whenId = useId();
  const period = periodOf(view, t, (day) => formatDate(day, { dateStyle: 'medium' }));
  const ended = !isActiveExport(view) && view.status !== 'ready' && view.status !== 'failed';

  return (
    <li className="export-history__item">
      <p id={whenId} className="export-history__when">
        {t('exports.history.requested', { date: formatDate(view.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
      </p>
      <p>{t('exports.history.status', { status: statusLabel(view.status, t) })}</p>
      <p>{t('exports.history.categories', { count: view.categories.length })}</p>
      {period ? <p>{period}</p> : null}
      {view.status === 'ready' ? (
        <>
          <ReadyDetails view={view} />
          <DownloadButton view={view} events={events} describedBy={whenId} />
        </>
      ) : null}
      {view.status === 'expired' && view.expiresAt ? (
        <p>{t('exports.history.expiredOn', { date: formatDate(view.expiresAt, { dateStyle: 'medium' }) })}</p>
      ) : null}
      {ended && canRequest ? (
        <RequestAgainButton view={view} label={t('exports.requestNew')} events={events} describedBy={whenId} />
      ) : null}
    </li>
  );
}
