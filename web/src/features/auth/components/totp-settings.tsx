import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { TPrincipal } from '../api/get-session';
import { useDisableTotp } from '../api/disable-totp';
import { authKeys } from '../api/query-keys';
import { authErrorMessage } from '../lib/auth-error-message';
import { TotpEnrolment } from './totp-enrolment';
import './auth.css';

type TProps = { principal: TPrincipal; issuer: string };

/**
 * Two-step verification on the security page. Customers may turn it on (QR code, first code,
 * recovery codes) and off (asked twice); staff accounts always keep it.
 */
export function TotpSettings({ principal, issuer }: TProps) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const disable = useDisableTotp();
  const [armed, setArmed] = useState(false);
  const [changed, setChanged] = useState<'enabled' | 'disabled' | null>(null);

  if (principal.kind === 'staff') return <p>{t('auth.totpSettings.staff')}</p>;

  const status = (
    <p role="status">
      {changed === 'enabled' ? t('auth.totpSettings.enabled') : null}
      {changed === 'disabled' ? t('auth.totpSettings.disabled') : null}
    </p>
  );

  if (!principal.secondFactorEnabled) {
    return (
      <>
        <p>{t('auth.totpSettings.off')}</p>
        {status}
        <TotpEnrolment
          issuer={issuer}
          doneLabel={t('auth.recoveryCodes.done')}
          onDone={() => {
            setChanged('enabled');
            void queryClient.invalidateQueries({ queryKey: authKeys.session() });
          }}
        />
      </>
    );
  }

  return (
    <>
      <p>{t('auth.totpSettings.on')}</p>
      {status}
      {disable.isError ? (
        <p className="field__error" role="alert">
          {t('auth.totpSettings.failed', { reason: authErrorMessage(disable.error, t, language) })}
        </p>
      ) : null}
      <div className="form__actions">
        <button
          type="button"
          className={armed ? 'button button--danger' : 'button button--secondary'}
          aria-disabled={disable.isPending}
          onBlur={() => setArmed(false)}
          onClick={() => {
            if (disable.isPending) return;
            if (!armed) {
              setArmed(true);
              return;
            }
            setArmed(false);
            disable.mutate(undefined, { onSuccess: () => setChanged('disabled') });
          }}
        >
          {armed ? t('auth.totpSettings.confirmDisable') : t('auth.totpSettings.disable')}
        </button>
      </div>
    </>
  );
}
