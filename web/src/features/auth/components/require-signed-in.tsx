import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { QueryError } from '../../../components/errors/query-error';
import { Skeleton } from '../../../components/ui/skeleton';
import { paths } from '../../../config/paths';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { sessionQueryOptions, type TSignedInState } from '../api/get-session';
import { useSessionExpiryWatcher } from '../lib/use-session-expiry-watcher';

/**
 * Renders `children(state)` only for a signed-in visitor; everyone else is sent to sign in (or to
 * the second factor) with this page as `returnTo`. Reacts when the session ends while here.
 */
function SignedInGate({ children }: { children: (state: TSignedInState) => ReactNode }) {
  const { t } = useI18n();
  const session = useQuery(sessionQueryOptions());
  const location = useLocation();
  useSessionExpiryWatcher();

  // Stale data beats an error: a failed background refetch must not throw the page away.
  if (session.data === undefined) {
    if (session.isError) {
      return (
        <QueryError
          error={session.error}
          onRetry={() => void session.refetch()}
          retrying={session.isFetching}
          headingLevel={1}
        />
      );
    }
    return <Skeleton label={t('auth.guard.checking')} />;
  }

  const here = `${location.pathname}${location.search}${location.hash}`;
  const state = session.data;
  if (state.status === 'signed-out') return <Navigate to={paths.signIn.getHref(here)} replace />;
  if (state.status === 'second-factor-required') {
    return <Navigate to={paths.secondFactor.getHref(here)} replace />;
  }
  return children(state);
}

/** Layout route for every page that needs a signed-in customer or staff member. */
export function RequireSignedIn() {
  return <SignedInGate>{() => <Outlet />}</SignedInGate>;
}

/** Layout route for the staff console: signed-in staff only; customers are told it is not for them. */
export function RequireStaff() {
  return (
    <SignedInGate>{(state) => (state.principal.kind === 'staff' ? <Outlet /> : <StaffOnly />)}</SignedInGate>
  );
}

function StaffOnly() {
  const { t } = useI18n();
  return (
    <div className="page-intro">
      <h1>{t('auth.guard.staffOnlyTitle')}</h1>
      <p>{t('auth.guard.staffOnlyBody')}</p>
    </div>
  );
}
