import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ChangePasswordForm } from '../../features/account/components/change-password-form';
import { sessionQueryOptions } from '../../features/auth/api/get-session';
import { EmailVerification } from '../../features/auth/components/email-verification';
import { TotpSettings } from '../../features/auth/components/totp-settings';
import '../../features/auth/components/auth.css';
import { paths } from '../../config/paths';
import { useI18n } from '../../lib/i18n/use-i18n';
import { useOperatorName } from './auth-page';

/** /account/security: email verification, password, authenticator app, and the way to sessions. */
export function AccountSecurityRoute() {
  const { t } = useI18n();
  const operator = useOperatorName();
  const { data: session } = useQuery(sessionQueryOptions());
  // RequireSignedIn renders this page only for a signed-in session.
  if (session?.status !== 'signed-in') return null;
  const { principal } = session;
  return (
    <div className="auth-page">
      <h1>{t('account.security.title')}</h1>
      <p>
        <Link to={paths.accountSessions.getHref()}>{t('account.security.sessionsLink')}</Link>
      </p>
      {principal.kind === 'customer' ? <EmailVerification email={principal.email} verified={principal.emailVerified} /> : null}
      <ChangePasswordForm />
      <TotpSettings principal={principal} issuer={operator || t('app.name')} />
    </div>
  );
}
