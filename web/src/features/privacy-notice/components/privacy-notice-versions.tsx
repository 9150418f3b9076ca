import type { TPrivacyNoticeVersion } from '@portal/shared/schemas/privacy-notice.schema';
import { useI18n } from '../../../lib/i18n/use-i18n';

type TProps = {
  versions: readonly TPrivacyNoticeVersion[];
  /** The id of the heading that names the table. */
  labelledBy: string;
};

/** Every version, newest first, with its status and the summary of its change. */
export function PrivacyNoticeVersions({ versions, labelledBy }: TProps) {
  const { t, formatDate } = useI18n();
  return (
    <div className="consent-history-wrapper">
      <table className="consent-history" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t('notice.privacyNotice.version')}</th>
            <th scope="col">{t('notice.privacyNotice.effective')}</th>
            <th scope="col">{t('notice.privacyNotice.status')}</th>
            <th scope="col">{t('notice.privacyNotice.summary')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version}>
              <td>{v.version}</td>
              <td>{formatDate(v.effectiveDate, { dateStyle: 'medium' })}</td>
              <td>{t(`notice.privacyNotice.statuses.${v.status}`)}</td>
              <td>{v.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
