import { DeviceSessions } from '../../features/account/components/device-sessions';
import { useI18n } from '../../lib/i18n/use-i18n';

/** /account/sessions: where the person is signed in, with sign-out per session. */
export function AccountSessionsRoute() {
  const { t } = useI18n();
  return (
    <div>
      <h1>{t('account.sessions.title')}</h1>
      <p>{t('account.sessions.intro')}</p>
      <DeviceSessions />
    </div>
  );
}
