import { Link } from 'react-router';
import type { TRequestView } from '@portal/shared/schemas/requests.schema';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useSendRequestMessage } from '../api/customer-request-mutations';
import { CancelRequestButton } from './cancel-request-button';
import { DeadlineHint, DeadlineSource } from './deadline-hint';
import { MessageThread } from './message-thread';
import { RequestOutcome } from './request-outcome';
import { RequestTimeline } from './request-timeline';
import './requests.css';

/** One of the customer's requests: status, due date and what set it, outcome, results, timeline, messages. */
export function RequestDetails({ request, backHref }: { request: TRequestView; backHref: string }) {
  const { t, formatDate } = useI18n();
  const send = useSendRequestMessage(request.id);
  const { timeZone } = request.deadlines;
  return (
    <article>
      <p>
        <Link to={backHref}>{t('requests.detail.back')}</Link>
      </p>
      <h1>{t('requests.detail.heading', { type: t(`requests.types.${request.type}`), reference: request.reference })}</h1>
      <dl className="request-facts">
        <dt>{t('requests.detail.status')}</dt>
        <dd>{t(`requests.statuses.${request.status}`)}</dd>
        <dt>{t('requests.detail.due')}</dt>
        <dd>
          <DeadlineHint deadlines={request.deadlines} closedAt={request.closedAt} />
          <br />
          <DeadlineSource deadlines={request.deadlines} />
          {request.deadlines.acknowledgeBy && !request.acknowledgedAt && !request.closedAt ? (
            <>
              <br />
              {t('requests.deadline.acknowledgeBy', { date: formatDate(request.deadlines.acknowledgeBy, { dateStyle: 'long', timeZone }) })}
            </>
          ) : null}
        </dd>
        <dt>{t('requests.detail.received')}</dt>
        <dd>{formatDate(request.receivedAt, { dateStyle: 'long', timeStyle: 'short', timeZone })}</dd>
        {request.details ? (
          <>
            <dt>{t('requests.detail.details')}</dt>
            <dd>{request.details}</dd>
          </>
        ) : null}
      </dl>
      <RequestOutcome request={request} />
      {request.cancellable ? <CancelRequestButton id={request.id} /> : null}
      {request.results.length > 0 ? (
        <section aria-labelledby="request-results-heading" className="request-section">
          <h2 id="request-results-heading">{t('requests.detail.resultsHeading')}</h2>
          <ul>
            {request.results.filter((result) => result.href.startsWith('/') && !result.href.startsWith('//')).map((result) => (
              <li key={result.href}>
                <a href={result.href}>{t(`requests.detail.results.${result.kind}`)}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <RequestTimeline events={request.timeline} timeZone={timeZone} />
      <MessageThread messages={request.messages} timeZone={timeZone} onSend={(body) => send.mutateAsync(body)} pending={send.isPending} />
    </article>
  );
}
