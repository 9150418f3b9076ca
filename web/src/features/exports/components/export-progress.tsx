import { useId } from 'react';
import { formatNumber } from '../../../lib/i18n/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { TExportViewResponse } from '../api/export-view';

type TProps = {
  view: TExportViewResponse;
  /** The heading that names the bar ("Preparing your data…"). */
  labelledBy: string;
};

/** A native progress bar with the categories done and the records written so far. */
export function ExportProgress({ view, labelledBy }: TProps) {
  const { t, language } = useI18n();
  const detailsId = useId();
  const { categoriesDone, categoriesTotal, recordsWritten, percent } = view.progress;

  return (
    <div className="export-progress">
      <div className="export-progress__row">
        <progress className="export-progress__bar" max={100} value={percent} aria-labelledby={labelledBy} aria-describedby={detailsId} />
        {/* The bar itself exposes its value; this is the same number for sighted users. */}
        <span className="export-progress__percent" aria-hidden="true">
          {formatNumber(percent / 100, language, { style: 'percent' })}
        </span>
      </div>
      <p id={detailsId}>
        {view.status === 'queued'
          ? t('exports.progress.queued')
          : t('exports.progress.categories', {
              done: formatNumber(categoriesDone, language),
              total: formatNumber(categoriesTotal, language),
            })}
      </p>
      <p>{t('exports.progress.records', { count: formatNumber(recordsWritten, language) })}</p>
      <p className="field__hint">{t('exports.progress.leave')}</p>
    </div>
  );
}
