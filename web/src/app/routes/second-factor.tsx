import { SecondFactor } from '../../features/auth/components/second-factor';
import { useI18n } from '../../lib/i18n/use-i18n';
import { AuthPage, useOperatorName } from './auth-page';

export function SecondFactorRoute() {
  const { t } = useI18n();
  const operator = useOperatorName();
  return (
    <AuthPage titleKey="auth.secondFactor.title">
      <SecondFactor issuer={operator || t('app.name')} />
    </AuthPage>
  );
}
