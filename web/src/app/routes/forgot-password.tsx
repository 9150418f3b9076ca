import { ResetPassword } from '../../features/auth/components/reset-password';
import { useI18n } from '../../lib/i18n/use-i18n';
import { AuthPage } from './auth-page';

export function ForgotPasswordRoute() {
  const { t } = useI18n();
  return (
    <AuthPage titleKey="auth.reset.title" intro={t('auth.reset.intro')}>
      <ResetPassword />
    </AuthPage>
  );
}
