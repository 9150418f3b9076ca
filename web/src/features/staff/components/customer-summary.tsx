import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TSessionState } from '@portal/shared/schemas/auth.schema';
import { QueryError } from '../../../components/errors/query-error';
import { Skeleton } from '../../../components/ui/skeleton';
import { paths } from '../../../config/paths';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { staffCustomerQueryOptions } from '../api/get-staff-customer';
import { StartImpersonationDialog } from './start-impersonation-dialog';
import './staff.css';

type TProps = {
  customerId: string;
  /** The staff member's role may impersonate (the server checks again). */
  canImpersonate: boolean;
  /** An impersonation is already going on: never nested. */
  impersonating: boolean;
  onImpersonationStarted: (state: TSessionState) => void;
};

/** A customer as the staff console shows them, with the way into their account when allowed. */
export function CustomerSummary({ customerId, canImpersonate, impersonating, onImpersonationStarted }: TProps) {
  const { t, formatDate } = useI18n();
  const customer = useQuery(staffCustomerQueryOptions(customerId));
  const [starting, setStarting] = useState(false);

  if (customer.isPending) return <Skeleton label={t('staffConsole.customer.loading')} />;
  if (customer.isError) {
    return <QueryError error={customer.error} onRetry={() => void customer.refetch()} retrying={customer.isFetching} headingLevel={1} />;
  }
  const c = customer.data;
  const when = (iso: string) => formatDate(iso, { dateStyle: 'long', timeStyle: 'short' });
  const blockedBy = c.impersonation.blockedBy;

  return (
    <div>
      <p>
        <Link to={paths.staff.getHref()}>{t('staffConsole.customer.back')}</Link>
      </p>
      <h1>
        {c.displayName} <span className="lead">({c.customerNumber})</span>
      </h1>
      <dl className="details">
        {(
          [
            ['email', c.email],
            ['phone', c.phone ?? t('staffConsole.search.noPhone')],
            ['language', c.language],
            ['status', t(`staffConsole.status.${c.status}`)],
            ['since', formatDate(c.customerSince)],
            [
              'supportAccess',
              c.supportAccess.grantedUntil
                ? t('staffConsole.customer.grantedUntil', { time: when(c.supportAccess.grantedUntil) })
                : c.supportAccess.required
                  ? `${t('staffConsole.customer.notGranted')} (${t('staffConsole.customer.grantRequired')})`
                  : t('staffConsole.customer.notRequired'),
            ],
          ] as const
        ).map(([key, value]) => (
          <div className="details__row" key={key}>
            <dt>{t(`staffConsole.customer.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="impersonation-heading">
        <h2 id="impersonation-heading">{t('staffConsole.customer.impersonationHeading')}</h2>
        <p>{t('staffConsole.customer.impersonationIntro', { minutes: c.impersonation.maxMinutes })}</p>
        {!canImpersonate ? (
          <p className="notice">{t('staffConsole.customer.noPermission')}</p>
        ) : blockedBy ? (
          <p className="notice notice--warning">{t(`staffConsole.customer.blocked.${blockedBy}`)}</p>
        ) : impersonating ? (
          <p className="notice">{t('staffConsole.customer.alreadyImpersonating')}</p>
        ) : (
          <button type="button" className="button" onClick={() => setStarting(true)}>
            {t('staffConsole.customer.start')}
          </button>
        )}
      </section>
      {starting ? (
        <StartImpersonationDialog customerId={c.id} onStarted={onImpersonationStarted} onCancel={() => setStarting(false)} />
      ) : null}
    </div>
  );
}
