import { EmailCodeSignIn } from '../../features/auth/components/email-code-sign-in';
import { AuthPage } from './auth-page';

export function SignInWithEmailCodeRoute() {
  return (
    <AuthPage titleKey="auth.emailCode.title">
      <EmailCodeSignIn />
    </AuthPage>
  );
}
