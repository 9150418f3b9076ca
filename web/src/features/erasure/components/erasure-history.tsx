import { useId } from 'react';
import type { TErasureRequestView } from '@portal/shared/schemas/erasure.schema';
import { formatDate } from '../../../lib/i18n/format';
import { useI18n } from '../../../lib/i18n/use-i18n';

/** Earlier requests, newest first: when, and how each ended. */
export function ErasureHistory({ requests }: { requests: readonly TErasureRequestView[] }) {
  const { t, language } = useI18n();
  const headingId = useId();
  if (requests.length === 0) return null;
  return (
    <section className="erasure-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('erasure.history.heading')}</h2>
      <ul className="plain-list">
        {requests.map((request) => (
          <li key={request.id}>{t('erasure.history.line', { date: formatDate(request.createdAt, language), status: t(`erasure.statusNames.${request.status}`) })}</li>
        ))}
      </ul>
    </section>
  );
}
