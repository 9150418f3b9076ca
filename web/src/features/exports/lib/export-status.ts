import type { TTranslate } from '../../../lib/i18n/catalog-types';
import { isKnownStatus, type TExportViewResponse } from '../api/export-view';

/** The status in words (never colour alone); a status this app does not know reads "Stopped". */
export function statusLabel(status: string, t: TTranslate): string {
  return isKnownStatus(status) ? t(`exports.status.${status}`) : t('exports.status.other');
}

/**
 * What the live region says. It changes with the status and each finished category, not with
 * every record written, so a screen reader is not flooded while the file is built.
 */
export function announcement(view: TExportViewResponse, t: TTranslate): string {
  const { categoriesDone: done, categoriesTotal: total } = view.progress;
  switch (view.status) {
    case 'queued':
      return t('exports.progress.announceQueued');
    case 'running':
      return t('exports.progress.announce', { done, total });
    case 'ready':
      return t('exports.ready.announce');
    case 'failed':
      return t('exports.failed.announce');
    default:
      return '';
  }
}
