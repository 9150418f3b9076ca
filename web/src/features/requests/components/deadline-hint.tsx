import type { TRequestDeadlines } from '@portal/shared/schemas/requests.schema';
import { useI18n } from '../../../lib/i18n/use-i18n';
import './requests.css';

/** The answer date, and "Due soon" / "Overdue" in words (never by colour alone). */
export function DeadlineHint({ deadlines, closedAt }: { deadlines: TRequestDeadlines; closedAt: string | null }) {
  const { t, formatDate } = useI18n();
  if (deadlines.state === 'closed' && closedAt) {
    return <span className="deadline">{t('requests.deadline.closed', { date: formatDate(closedAt, { dateStyle: 'long', timeZone: deadlines.timeZone }) })}</span>;
  }
  const date = formatDate(deadlines.answerOn);
  return (
    <span className={`deadline deadline--${deadlines.state}`}>
      {t('requests.deadline.answerBy', { date })}
      {deadlines.state === 'due-soon' ? (
        <>
          {' '}
          <strong>
            ({deadlines.daysLeft === 0 ? t('requests.deadline.dueToday') : t('requests.deadline.dueSoon', { days: deadlines.daysLeft ?? 0 })})
          </strong>
        </>
      ) : null}
      {deadlines.state === 'overdue' ? (
        <>
          {' '}
          <strong>({t('requests.deadline.overdue')})</strong>
        </>
      ) : null}
    </span>
  );
}

/** What set the deadline: the law or the operator's shorter promise, with the citation. */
export function DeadlineSource({ deadlines }: { deadlines: TRequestDeadlines }) {
  const { t } = useI18n();
  return (
    <span>
      {deadlines.source === 'law'
        ? t('requests.deadline.law', { citation: deadlines.citation })
        : t('requests.deadline.promise', { citation: deadlines.citation })}
    </span>
  );
}
