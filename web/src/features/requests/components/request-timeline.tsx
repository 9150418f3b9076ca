import type { TRequestEvent } from '@portal/shared/schemas/requests.schema';
import { useI18n } from '../../../lib/i18n/use-i18n';
import './requests.css';

/** Every transition of the request: when, what, who, the new status and the reason given. */
export function RequestTimeline({ events, timeZone, staffView = false }: { events: readonly TRequestEvent[]; timeZone: string; staffView?: boolean }) {
  const { t, formatDate } = useI18n();
  return (
    <section aria-labelledby="request-timeline-heading" className="request-section">
      <h2 id="request-timeline-heading">{t('requests.timeline.heading')}</h2>
      <ol className="request-timeline">
        {events.map((event, index) => (
          <li key={`${event.at}-${index}`}>
            <time dateTime={event.at}>{formatDate(event.at, { dateStyle: 'long', timeStyle: 'short', timeZone })}</time>
            {': '}
            <strong>{t(`requests.timeline.kinds.${event.kind}`)}</strong>{' '}
            {event.actor === 'customer' && staffView ? `(${t('requests.messages.fromCustomer')})` : t(`requests.timeline.actors.${event.actor}`)}
            {event.status ? <span>. {t('requests.timeline.newStatus', { status: t(`requests.statuses.${event.status}`) })}</span> : null}
            {event.note ? <p>{t('requests.timeline.note', { note: event.note })}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
