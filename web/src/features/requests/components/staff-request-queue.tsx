import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, type FormEvent } from 'react';
import { Link } from 'react-router';
import { REQUEST_TYPES } from '@portal/shared/domain/request-types';
import { REQUEST_STATUSES, type TStaffRequestQueueQuery } from '@portal/shared/schemas/requests.schema';
import { QueryError } from '../../../components/errors/query-error';
import { SelectField } from '../../../components/ui/select-field';
import { Skeleton } from '../../../components/ui/skeleton';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { staffRequestQueueQueryOptions } from '../api/staff-requests';
import { DeadlineHint } from './deadline-hint';
import '../../../components/ui/data.css';
import '../../../components/ui/form.css';
import './requests.css';

type TProps = {
  query: TStaffRequestQueueQuery;
  onFilter: (query: TStaffRequestQueueQuery) => void;
  detailHref: (id: string) => string;
};

/** The privacy officers' queue: filters, counts, and the requests with due-soon and overdue ones marked. */
export function StaffRequestQueue({ query, onFilter, detailHref }: TProps) {
  const { t } = useI18n();
  // The previous list stays while another filter loads, so the page does not jump.
  const queue = useQuery({ ...staffRequestQueueQueryOptions(query), placeholderData: keepPreviousData });
  const id = useId();
  const captionId = `${id}-caption`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '') || undefined;
    onFilter({ status: value('status'), type: value('type'), due: value('due'), assigned: value('assigned') } as TStaffRequestQueueQuery);
  };
  const any = { value: '', label: t('requests.staff.filters.any') };

  return (
    <>
      <section aria-labelledby={`${id}-filters`}>
        <h2 id={`${id}-filters`}>{t('requests.staff.filters.heading')}</h2>
        {/* The key resets the uncontrolled selects when the address changes (back, clear). */}
        <form key={JSON.stringify(query)} className="request-filters" onSubmit={submit}>
          <SelectField
            id={`${id}-status`}
            name="status"
            label={t('requests.staff.filters.status')}
            defaultValue={query.status ?? ''}
            options={[
              any,
              { value: 'open', label: t('requests.staff.filters.open') },
              { value: 'closed', label: t('requests.staff.filters.closed') },
              ...REQUEST_STATUSES.map((status) => ({ value: status, label: t(`requests.statuses.${status}`) })),
            ]}
          />
          <SelectField
            id={`${id}-type`}
            name="type"
            label={t('requests.staff.filters.type')}
            defaultValue={query.type ?? ''}
            options={[any, ...REQUEST_TYPES.map((type) => ({ value: type, label: t(`requests.types.${type}`) }))]}
          />
          <SelectField
            id={`${id}-due`}
            name="due"
            label={t('requests.staff.filters.due')}
            defaultValue={query.due ?? ''}
            options={[any, { value: 'due-soon', label: t('requests.staff.filters.dueSoon') }, { value: 'overdue', label: t('requests.staff.filters.overdue') }]}
          />
          <SelectField
            id={`${id}-assigned`}
            name="assigned"
            label={t('requests.staff.filters.assigned')}
            defaultValue={query.assigned ?? ''}
            options={[any, { value: 'me', label: t('requests.staff.filters.me') }, { value: 'nobody', label: t('requests.staff.filters.nobody') }]}
          />
          <div className="form__actions">
            <button type="submit" className="button">
              {t('requests.staff.filters.apply')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => onFilter({})}>
              {t('requests.staff.filters.reset')}
            </button>
          </div>
        </form>
      </section>
      {queue.isPending ? (
        <Skeleton label={t('requests.staff.loading')} lines={6} />
      ) : queue.isError ? (
        <QueryError error={queue.error} onRetry={() => void queue.refetch()} retrying={queue.isFetching} />
      ) : (
        <>
          <ul className="request-counts" aria-label={t('requests.staff.counts.label')}>
            <li>{t('requests.staff.counts.open', { count: queue.data.counts.open })}</li>
            <li>{t('requests.staff.counts.dueSoon', { count: queue.data.counts.dueSoon })}</li>
            <li>{t('requests.staff.counts.overdue', { count: queue.data.counts.overdue })}</li>
          </ul>
          {queue.data.requests.length === 0 ? (
            <p>{t('requests.staff.empty')}</p>
          ) : (
            <div className="table-scroll" role="region" tabIndex={0} aria-labelledby={captionId}>
              <table className="data-table">
                <caption id={captionId}>{t('requests.staff.table.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('requests.staff.table.reference')}</th>
                    <th scope="col">{t('requests.staff.table.type')}</th>
                    <th scope="col">{t('requests.staff.table.customer')}</th>
                    <th scope="col">{t('requests.staff.table.status')}</th>
                    <th scope="col">{t('requests.staff.table.due')}</th>
                    <th scope="col">{t('requests.staff.table.assigned')}</th>
                    <th scope="col">{t('requests.staff.table.identity')}</th>
                  </tr>
                </thead>
                <tbody>
                  {queue.data.requests.map((request) => (
                    <tr key={request.id} className={`request-row--${request.deadlines.state}`}>
                      <td>
                        <Link to={detailHref(request.id)}>{request.reference}</Link>
                      </td>
                      <td>{t(`requests.types.${request.type}`)}</td>
                      <td>{request.customerNumber ?? t('requests.staff.noAccount')}</td>
                      <td>{t(`requests.statuses.${request.status}`)}</td>
                      <td>
                        <DeadlineHint deadlines={request.deadlines} closedAt={request.closedAt} />
                      </td>
                      <td>{request.assignedTo?.displayName ?? t('requests.staff.nobody')}</td>
                      <td>{request.identityVerified ? t('requests.staff.verified') : t('requests.staff.notVerified')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
