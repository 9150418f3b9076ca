import { Link } from 'react-router';
import { DATA_POINTS, type TStaffRequestView } from '@portal/shared/schemas/requests.schema';
import { errorMessage } from '../../../components/errors/error-message';
import { formatFileSize } from '../../../lib/i18n/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { staffDocumentHref, useStaffRequestAction } from '../api/staff-requests';
import { DeadlineHint, DeadlineSource } from './deadline-hint';
import { MessageThread } from './message-thread';
import { RequestOutcome } from './request-outcome';
import { RequestTimeline } from './request-timeline';
import { StaffRequestActions } from './staff-request-actions';
import { StaffRequestHolds } from './staff-request-holds';
import './requests.css';

type TProps = {
  request: TStaffRequestView;
  backHref: string;
  customerHref: (customerId: string) => string;
};

/** A request as a privacy officer works it: who asked, deadline, assignment, actions, holds, documents, timeline, messages. */
export function StaffRequestDetails({ request, backHref, customerHref }: TProps) {
  const { t, formatDate, language } = useI18n();
  const assign = useStaffRequestAction(request.id);
  const send = useStaffRequestAction(request.id);
  const { timeZone } = request.deadlines;
  const date = (value: string) => formatDate(value, { dateStyle: 'long', timeZone });

  return (
    <article>
      <p>
        <Link to={backHref}>{t('requests.staff.detail.back')}</Link>
      </p>
      <h1>{t('requests.staff.detail.heading', { type: t(`requests.types.${request.type}`), reference: request.reference })}</h1>
      <dl className="request-facts">
        <dt>{t('requests.detail.status')}</dt>
        <dd>{t(`requests.statuses.${request.status}`)}</dd>
        <dt>{t('requests.detail.due')}</dt>
        <dd>
          <DeadlineHint deadlines={request.deadlines} closedAt={request.closedAt} />
          <br />
          <DeadlineSource deadlines={request.deadlines} />
        </dd>
        <dt>{t('requests.detail.received')}</dt>
        <dd>{formatDate(request.receivedAt, { dateStyle: 'long', timeStyle: 'short', timeZone })}</dd>
        <dt>{t('requests.staff.detail.customer')}</dt>
        <dd>
          {request.customerId ? (
            <Link to={customerHref(request.customerId)}>{t('requests.staff.detail.customerLink', { number: request.customerNumber ?? '' })}</Link>
          ) : (
            t('requests.staff.noAccount')
          )}
        </dd>
        <dt>{t('requests.staff.detail.identity')}</dt>
        <dd>{request.identityVerifiedAt ? t('requests.staff.detail.identityVerifiedAt', { date: date(request.identityVerifiedAt) }) : t('requests.staff.notVerified')}</dd>
        <dt>{t('requests.staff.detail.assignedTo')}</dt>
        <dd>
          {request.assignedTo?.displayName ?? t('requests.staff.nobody')}{' '}
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={assign.isPending}
            onClick={() => {
              if (!assign.isPending) assign.mutate({ kind: 'assign', body: { to: request.assignedTo ? 'nobody' : 'me' } });
            }}
          >
            {request.assignedTo ? t('requests.staff.detail.unassign') : t('requests.staff.detail.assignToMe')}
          </button>
          {assign.isError ? <span role="alert"> {t('requests.staff.detail.failed', { reason: errorMessage(assign.error, t) })}</span> : null}
        </dd>
        {request.details ? (
          <>
            <dt>{t('requests.staff.detail.details')}</dt>
            <dd>{request.details}</dd>
          </>
        ) : null}
      </dl>
      {request.requester ? (
        <section aria-labelledby="request-requester-heading" className="request-section">
          <h2 id="request-requester-heading">{t('requests.staff.detail.requester')}</h2>
          <dl className="request-facts">
            {request.requester.email ? (
              <>
                <dt>{t('requests.staff.detail.email')}</dt>
                <dd>{request.requester.email}</dd>
              </>
            ) : null}
            {DATA_POINTS.filter((point) => request.requester?.dataPoints[point]).map((point) => (
              <div key={point} className="request-facts__pair">
                <dt>{t(`requests.public.dataPoints.${point}`)}</dt>
                <dd>{request.requester?.dataPoints[point]}</dd>
              </div>
            ))}
          </dl>
          {request.requester.matchedDataPoints !== null ? <p>{t('requests.staff.detail.matched', { count: request.requester.matchedDataPoints })}</p> : null}
          {request.requester.agent ? <p>{t('requests.staff.detail.agent', { name: request.requester.agent.name, email: request.requester.agent.email })}</p> : null}
        </section>
      ) : null}
      <RequestOutcome request={request} />
      <StaffRequestActions request={request} />
      <StaffRequestHolds request={request} />
      <section aria-labelledby="request-documents-heading" className="request-section">
        <h2 id="request-documents-heading">{t('requests.staff.documents.heading')}</h2>
        {request.documents.length === 0 ? (
          <p>{t('requests.staff.documents.empty')}</p>
        ) : (
          <ul>
            {request.documents.map((document) => (
              <li key={document.id}>
                <a href={staffDocumentHref(request.id, document.id)} download={document.fileName}>
                  {t('requests.staff.documents.download', { fileName: document.fileName })}
                </a>{' '}
                ({t('requests.staff.documents.meta', { size: formatFileSize(document.size, language), date: date(document.uploadedAt), deleteBy: date(document.deleteBy) })})
              </li>
            ))}
          </ul>
        )}
      </section>
      <RequestTimeline events={request.timeline} timeZone={timeZone} staffView />
      <MessageThread messages={request.messages} timeZone={timeZone} onSend={(body) => send.mutateAsync({ kind: 'messages', body })} pending={send.isPending} staffView />
    </article>
  );
}
