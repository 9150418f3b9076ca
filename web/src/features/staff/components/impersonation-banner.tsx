import { useEffect, useState } from 'react';
import type { TSessionState } from '@portal/shared/schemas/auth.schema';
import type { TImpersonationState } from '@portal/shared/schemas/impersonation.schema';
import { errorMessage } from '../../../components/errors/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useStopImpersonation } from '../api/stop-impersonation';
import './staff.css';

type TProps = {
  impersonation: TImpersonationState;
  /** The session state after stopping: the caller clears every cached query and moves on. */
  onStopped: (state: TSessionState) => void;
  /** The time is up: the caller asks the server, which ends the impersonation. */
  onExpired: () => void;
};

const minutesLeft = (endsAt: string) => Math.ceil((new Date(endsAt).getTime() - Date.now()) / 60_000);

/**
 * Shown on every page while staff act as a customer (house style 14): whose account, why, how long
 * is left, and Stop. The time left is not a live region: a countdown read out every minute would
 * drown everything else.
 */
export function ImpersonationBanner({ impersonation, onStopped, onExpired }: TProps) {
  const { t } = useI18n();
  const stop = useStopImpersonation();
  const [left, setLeft] = useState(() => minutesLeft(impersonation.endsAt));

  useEffect(() => {
    const tick = () => {
      const next = minutesLeft(impersonation.endsAt);
      setLeft(next);
      if (next <= 0) onExpired();
    };
    tick();
    const timer = setInterval(tick, 10_000);
    return () => clearInterval(timer);
  }, [impersonation.endsAt, onExpired]);

  return (
    <section className="impersonation-banner" aria-label={t('staffConsole.banner.label')}>
      <div className="impersonation-banner__bar container">
        <p>
          <strong>{t('staffConsole.banner.viewing', { name: impersonation.customerDisplayName })}</strong>
        </p>
        <p>{t('staffConsole.banner.reason', { reason: impersonation.reason, ticket: impersonation.ticketReference })}</p>
        <p>{left > 1 ? t('staffConsole.banner.minutesLeft', { minutes: left }) : t('staffConsole.banner.lessThanAMinute')}</p>
        <button
          type="button"
          className="button"
          aria-disabled={stop.isPending}
          onClick={() => {
            if (!stop.isPending) stop.mutate(undefined, { onSuccess: onStopped });
          }}
        >
          {stop.isPending ? t('staffConsole.banner.stopping') : t('staffConsole.banner.stop')}
        </button>
        {stop.isError ? (
          <p role="alert">{t('staffConsole.banner.stopFailed', { reason: errorMessage(stop.error, t) })}</p>
        ) : null}
      </div>
    </section>
  );
}
