import { useId } from 'react';
import { Link } from 'react-router';
import type { TRequestSummary } from '@portal/shared/schemas/requests.schema';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { DeadlineHint } from './deadline-hint';
import '../../../components/ui/data.css';

/** The customer's requests: type, reference (the link to the request), status, due date. */
export function RequestList({ requests, detailHref }: { requests: readonly TRequestSummary[]; detailHref: (id: string) => string }) {
  const { t, formatDate } = useI18n();
  const captionId = useId();
  if (requests.length === 0) return <p>{t('requests.empty')}</p>;
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-labelledby={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('requests.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('requests.list.type')}</th>
            <th scope="col">{t('requests.list.reference')}</th>
            <th scope="col">{t('requests.list.status')}</th>
            <th scope="col">{t('requests.list.due')}</th>
            <th scope="col">{t('requests.list.received')}</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((request) => (
            <tr key={request.id} className={`request-row--${request.deadlines.state}`}>
              <td>{t(`requests.types.${request.type}`)}</td>
              <td>
                <Link to={detailHref(request.id)}>{request.reference}</Link>
              </td>
              <td>{t(`requests.statuses.${request.status}`)}</td>
              <td>
                <DeadlineHint deadlines={request.deadlines} closedAt={request.closedAt} />
              </td>
              <td>{formatDate(request.receivedAt, { dateStyle: 'long', timeZone: request.deadlines.timeZone })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
