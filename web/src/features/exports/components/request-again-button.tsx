import { useState } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { TCreateExportEvents } from '../api/create-export';
import type { TExportViewResponse } from '../api/export-view';
import { exportErrorMessage } from '../lib/export-error-message';
import { repeatRequest } from '../lib/repeat-request';
import { useExportSubmission } from '../lib/use-export-submission';

type TProps = {
  /** The export whose choices are asked for again. */
  view: TExportViewResponse;
  label: string;
  events: TCreateExportEvents;
  /** Which export the button is about, when several are listed. */
  describedBy?: string | undefined;
};

/** A new export with the same choices (a new key: it is a new request, not a repeat of the old one). */
export function RequestAgainButton({ view, label, events, describedBy }: TProps) {
  const { t } = useI18n();
  const submission = useExportSubmission(events);
  const [error, setError] = useState<unknown>(null);

  return (
    <div className="export-actions">
      <button
        type="button"
        className="button"
        aria-disabled={submission.isPending}
        aria-describedby={describedBy}
        onClick={() => {
          setError(null);
          submission.submit(repeatRequest(view), setError);
        }}
      >
        {submission.isPending ? t('exports.requesting') : label}
      </button>
      {error ? (
        <p className="field__error" role="alert">
          {exportErrorMessage(error, t, 'request')}
        </p>
      ) : null}
    </div>
  );
}
