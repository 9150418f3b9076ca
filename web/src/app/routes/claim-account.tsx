import { ClaimAccount } from '../../features/auth/components/claim-account';
import { useI18n } from '../../lib/i18n/use-i18n';
import { AuthPage, useOperatorName } from './auth-page';

export function ClaimAccountRoute() {
  const { t } = useI18n();
  const operator = useOperatorName();
  return (
    <AuthPage titleKey="auth.claim.title" intro={t('auth.claim.intro', { operator })}>
      <ClaimAccount />
    </AuthPage>
  );
}
