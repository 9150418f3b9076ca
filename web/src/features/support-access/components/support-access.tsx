import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../../../components/errors/error-message';
import { QueryError } from '../../../components/errors/query-error';
import { SelectField } from '../../../components/ui/select-field';
import { Skeleton } from '../../../components/ui/skeleton';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { supportAccessQueryOptions, useChangeSupportAccess } from '../api/support-access';
import '../../../components/ui/data.css';

/**
 * The customer lets support open their account for 1 to 7 days, or withdraws it (security.md line
 * 18). Read-only for staff who are looking at the account: only the customer decides.
 */
export function SupportAccess({ readOnly }: { readOnly: boolean }) {
  const { t, formatDate } = useI18n();
  const access = useQuery(supportAccessQueryOptions());
  const change = useChangeSupportAccess();
  const [done, setDone] = useState<string | null>(null);
  const id = useId();

  if (access.isPending) return <Skeleton label={t('supportAccess.heading')} lines={1} />;
  if (access.isError) return <QueryError error={access.error} onRetry={() => void access.refetch()} retrying={access.isFetching} />;
  const { grant, required, maxDays } = access.data;
  const when = (iso: string) => formatDate(iso, { dateStyle: 'long', timeStyle: 'short' });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const days = Number(new FormData(event.currentTarget).get('days'));
    setDone(null);
    change.mutate(days, {
      onSuccess: (state) => setDone(state.grant ? t('supportAccess.granted', { time: when(state.grant.expiresAt) }) : null),
    });
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('supportAccess.heading')}</h2>
      <p>{required ? t('supportAccess.introRequired') : t('supportAccess.introOptional')}</p>
      <p>{grant ? t('supportAccess.grantedUntil', { time: when(grant.expiresAt) }) : t('supportAccess.notGranted')}</p>
      {readOnly ? (
        <p className="notice">{t('supportAccess.readOnly')}</p>
      ) : (
        <>
          <form className="form" onSubmit={submit}>
            <SelectField
              id={`${id}-days`}
              name="days"
              label={t('supportAccess.daysLabel')}
              defaultValue="1"
              options={Array.from({ length: maxDays }, (_, i) => ({
                value: String(i + 1),
                label: i === 0 ? t('supportAccess.oneDay') : t('supportAccess.days', { count: i + 1 }),
              }))}
            />
            <div className="form__actions">
              <button type="submit" className="button" aria-disabled={change.isPending}>
                {change.isPending && change.variables !== null ? t('supportAccess.granting') : t('supportAccess.grant')}
              </button>
              {grant ? (
                <button
                  type="button"
                  className="button"
                  aria-disabled={change.isPending}
                  onClick={() => {
                    if (change.isPending) return;
                    setDone(null);
                    change.mutate(null, { onSuccess: () => setDone(t('supportAccess.revoked')) });
                  }}
                >
                  {change.isPending && change.variables === null ? t('supportAccess.revoking') : t('supportAccess.revoke')}
                </button>
              ) : null}
            </div>
          </form>
          <p role="status">{done}</p>
          {change.isError ? <p role="alert">{t('supportAccess.failed', { reason: errorMessage(change.error, t) })}</p> : null}
        </>
      )}
    </section>
  );
}
