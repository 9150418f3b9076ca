import { useState } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useCreateExportLink } from '../api/create-export-link';
import type { TCreateExportEvents } from '../api/create-export';
import type { TExportViewResponse } from '../api/export-view';
import { exportErrorMessage, isGone } from '../lib/export-error-message';
import { startDownload } from '../lib/start-download';
import { RequestAgainButton } from './request-again-button';

type TProps = {
  view: TExportViewResponse;
  events: TCreateExportEvents;
  describedBy?: string | undefined;
};

/** Asks for a short-lived link (after re-authentication if needed), then lets the browser save the file. */
export function DownloadButton({ view, events, describedBy }: TProps) {
  const { t } = useI18n();
  const link = useCreateExportLink();
  const [error, setError] = useState<unknown>(null);

  const download = () => {
    if (link.isPending) return;
    setError(null);
    link.mutate(view.id, {
      onSuccess: (answer) => {
        try {
          startDownload(answer.url);
        } catch (failure) {
          setError(failure);
        }
      },
      onError: setError,
    });
  };

  return (
    <div className="export-actions">
      <button type="button" className="button" aria-disabled={link.isPending} aria-describedby={describedBy} onClick={download}>
        {link.isPending ? t('exports.ready.downloading') : t('exports.ready.download')}
      </button>
      {error ? (
        <div role="alert">
          <p className="field__error">{exportErrorMessage(error, t, 'download')}</p>
          {/* An expired file is re-issued by building it again. */}
          {isGone(error) ? <RequestAgainButton view={view} label={t('exports.requestNew')} events={events} /> : null}
        </div>
      ) : null}
    </div>
  );
}
