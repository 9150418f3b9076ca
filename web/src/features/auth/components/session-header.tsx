import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { paths } from '../../../config/paths';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { sessionQueryOptions } from '../api/get-session';
import { useSignOut } from '../api/sign-out';
import { returnToFrom } from '../lib/return-to';
import './session-header.css';

/** The header's corner: who is signed in and a sign-out button, or a link to sign in. */
export function SessionHeader() {
  const { t } = useI18n();
  const { data: session } = useQuery(sessionQueryOptions());
  const location = useLocation();
  const signOut = useSignOut();

  if (!session) return null;
  if (session.status !== 'signed-in') {
    if (location.pathname === paths.signIn.path) return null;
    return (
      <Link className="site-account__link" to={paths.signIn.getHref(returnToFrom(location))}>
        {t('auth.header.signIn')}
      </Link>
    );
  }
  return (
    <div className="site-account">
      <span className="site-account__name">
        {t('auth.header.signedInAs', { name: session.principal.displayName })}
      </span>
      <button
        type="button"
        className="site-account__sign-out"
        aria-disabled={signOut.isPending}
        onClick={() => {
          if (!signOut.isPending) signOut.mutate();
        }}
      >
        {signOut.isPending ? t('auth.header.signingOut') : t('auth.header.signOut')}
      </button>
    </div>
  );
}
