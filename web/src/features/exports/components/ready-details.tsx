import { formatFileSize } from '../../../lib/i18n/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { TExportViewResponse } from '../api/export-view';

/** Size and the moment the file is deleted, in the customer's language. */
export function ReadyDetails({ view }: { view: TExportViewResponse }) {
  const { t, language, formatDate } = useI18n();
  return (
    <>
      {view.fileSize !== null ? <p>{t('exports.ready.size', { size: formatFileSize(view.fileSize, language) })}</p> : null}
      {view.expiresAt ? (
        <p>{t('exports.ready.expires', { date: formatDate(view.expiresAt, { dateStyle: 'long', timeStyle: 'short' }) })}</p>
      ) : null}
    </>
  );
}
