import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { useI18n } from '../../lib/i18n/use-i18n';
import { AuthPage, useOperatorName } from './auth-page';

export function SignInRoute() {
  const { t } = useI18n();
  const operator = useOperatorName();
  return (
    <AuthPage titleKey="auth.signIn.title" intro={t('auth.signIn.intro', { operator })}>
      <SignInForm />
      <p>
        <Link to={paths.makeARequest.getHref()}>{t('requests.public.link')}</Link>
      </p>
    </AuthPage>
  );
}
