import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { TDeviceSession } from '@portal/shared/schemas/auth.schema';
import { errorMessage } from '../../../components/errors/error-message';
import { QueryError } from '../../../components/errors/query-error';
import { Skeleton } from '../../../components/ui/skeleton';
import { formatDate } from '../../../lib/i18n/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { StepUpCancelledError } from '../../../lib/step-up';
import { deviceSessionsQueryOptions } from '../api/get-device-sessions';
import { useRevokeDeviceSession } from '../api/revoke-device-session';
import { useRevokeOtherSessions } from '../api/revoke-other-sessions';
import './device-sessions.css';

const WHEN: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** Every live session of the signed-in person: device, place if known, last seen; sign out one or all others. */
export function DeviceSessions() {
  const { t } = useI18n();
  const sessions = useQuery(deviceSessionsQueryOptions());
  const revokeOne = useRevokeDeviceSession();
  const revokeOthers = useRevokeOtherSessions();
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const report = (error: unknown) => {
    if (error instanceof StepUpCancelledError) setStatus({ kind: 'error', text: t('auth.stepUp.cancelled') });
    else setStatus({ kind: 'error', text: t('account.sessions.failed', { reason: errorMessage(error, t) }) });
  };

  if (sessions.isPending) return <Skeleton label={t('account.sessions.loading')} lines={3} />;
  if (sessions.isError) {
    return <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} retrying={sessions.isFetching} />;
  }
  const list = sessions.data.sessions;
  const others = list.filter((s) => !s.current);

  return (
    <div className="device-sessions">
      <p role="status" className={status?.kind === 'error' ? 'device-sessions__status--error' : undefined}>
        {status?.text ?? ''}
      </p>
      <ul className="device-sessions__list">
        {list.map((session) => (
          <li key={session.id} className="device-sessions__item">
            <SessionSummary session={session} />
            {session.current ? (
              <span className="status-badge status-badge--ok">{t('account.sessions.current')}</span>
            ) : (
              <button
                type="button"
                aria-disabled={revokeOne.isPending}
                onClick={() => {
                  if (revokeOne.isPending) return;
                  setStatus(null);
                  revokeOne.mutate(session.id, {
                    onSuccess: () => setStatus({ kind: 'ok', text: t('account.sessions.revoked') }),
                    onError: report,
                  });
                }}
              >
                {revokeOne.isPending && revokeOne.variables === session.id ? t('account.sessions.revoking') : t('account.sessions.revoke')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {others.length === 0 ? (
        <p>{t('account.sessions.none')}</p>
      ) : (
        <button
          type="button"
          aria-disabled={revokeOthers.isPending}
          onClick={() => {
            if (revokeOthers.isPending) return;
            setStatus(null);
            revokeOthers.mutate(undefined, {
              onSuccess: () => setStatus({ kind: 'ok', text: t('account.sessions.othersRevoked') }),
              onError: report,
            });
          }}
        >
          {revokeOthers.isPending ? t('account.sessions.revoking') : t('account.sessions.revokeOthers')}
        </button>
      )}
    </div>
  );
}

function SessionSummary({ session }: { session: TDeviceSession }) {
  const { t, language } = useI18n();
  return (
    <div>
      <p className="device-sessions__device">
        {t('account.sessions.device', { browser: session.browser, os: session.operatingSystem })}
      </p>
      {session.approximateLocation ? <p>{t('account.sessions.place', { place: session.approximateLocation })}</p> : null}
      <p>{t('account.sessions.lastSeen', { time: formatDate(session.lastSeenAt, language, WHEN) })}</p>
      <p>{t('account.sessions.signedInAt', { time: formatDate(session.createdAt, language, WHEN) })}</p>
    </div>
  );
}
