import { useEffect, useId, useRef } from 'react';
import type { TTranslate } from '../../../lib/i18n/catalog-types';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { TCreateExportEvents } from '../api/create-export';
import { isActiveExport, type TExportViewResponse } from '../api/export-view';
import { useExport } from '../api/get-export';
import { announcement } from '../lib/export-status';
import { DownloadButton } from './download-button';
import { ExportProgress } from './export-progress';
import { ReadyDetails } from './ready-details';
import { RequestAgainButton } from './request-again-button';

type TProps = {
  /** The newest export as the list has it; polled from here while it is being built. */
  initial: TExportViewResponse;
  /** Just requested (or found running): move focus to this panel's heading. */
  focusOnMount: boolean;
  /** The last request was refused because this one was already being prepared. */
  alreadyRunning: boolean;
  events: TCreateExportEvents;
};

function headingOf(view: TExportViewResponse, t: TTranslate): string {
  if (isActiveExport(view)) return t('exports.progress.heading');
  if (view.status === 'ready') return t('exports.ready.heading');
  if (view.status === 'failed') return t('exports.failed.heading');
  if (view.status === 'expired') return t('exports.ended.expiredHeading');
  return t('exports.ended.otherHeading');
}

/** The newest export: its progress, then the download, or what went wrong and a way to try again. */
export function CurrentExport({ initial, focusOnMount, alreadyRunning, events }: TProps) {
  const { t } = useI18n();
  const { data: view, isError } = useExport(initial);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const active = isActiveExport(view);

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  let body;
  if (active) body = <ExportProgress view={view} labelledBy={headingId} />;
  else if (view.status === 'ready')
    body = (
      <>
        <ReadyDetails view={view} />
        <DownloadButton view={view} events={events} />
      </>
    );
  else if (view.status === 'failed')
    body = (
      <>
        <p>{t('exports.failed.body')}</p>
        {view.failure ? <p className="field__hint">{t('exports.failed.reference', { code: view.failure })}</p> : null}
        <RequestAgainButton view={view} label={t('exports.failed.retry')} events={events} />
      </>
    );
  else
    body = (
      <>
        <p>{view.status === 'expired' ? t('exports.ended.expired') : t('exports.ended.other')}</p>
        <RequestAgainButton view={view} label={t('exports.requestNew')} events={events} />
      </>
    );

  return (
    <section className={view.status === 'failed' ? 'export-panel export-panel--failed' : 'export-panel'} aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {headingOf(view, t)}
      </h2>
      {alreadyRunning && active ? (
        <p className="export-notice" role="alert">
          {t('exports.errors.alreadyRunning')}
        </p>
      ) : null}
      {/* Stays mounted while the status changes, so "ready" is announced where the progress was. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement(view, t)}
      </p>
      {body}
      {active && isError ? <p className="field__hint">{t('exports.progress.stale')}</p> : null}
    </section>
  );
}
