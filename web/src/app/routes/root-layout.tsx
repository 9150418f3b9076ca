import { sessionQueryOptions } from '../../features/auth/api/get-session';
import { ImpersonationBanner } from '../../features/staff/components/impersonation-banner';
import { SessionHeader } from '../../features/auth/components/session-header';
import { StepUpDialogHost } from '../../features/auth/components/step-up-dialog-host';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration } from 'react-router';
import { LanguageSwitcher } from '../../components/layouts/language-switcher';
import { RouteChangeAnnouncer } from '../../components/layouts/route-change-announcer';
import { SkipLink } from '../../components/layouts/skip-link';
import { paths } from '../../config/paths';
import { operatorProfileQueryOptions } from '../../features/operator/api/get-operator-profile';
import { ErasureBanner } from '../../features/erasure/components/erasure-banner';
import { useI18n } from '../../lib/i18n/use-i18n';
import { usePageTitle } from '../use-page-title';
import { useImpersonationEndWatcher, useSwitchIdentity } from '../use-switch-identity';

const MAIN_ID = 'main';

/** The frame of every page: skip link, header, navigation, main, footer. */
export function RootLayout() {
  const { t } = useI18n();
  const { data: profile, isPending } = useQuery(operatorProfileQueryOptions());
  const { data: session } = useQuery(sessionQueryOptions());
  const signedIn = session?.status === 'signed-in';
  const staff = signedIn && session.principal.kind === 'staff' ? session.principal : null;
  // Staff see the customer pages only while they act as a customer.
  const customerPages = signedIn && (!staff || staff.impersonation !== null);
  const queryClient = useQueryClient();
  const switchIdentity = useSwitchIdentity();
  useImpersonationEndWatcher();
  const onExpired = useCallback(() => void queryClient.invalidateQueries({ queryKey: sessionQueryOptions().queryKey }), [queryClient]);
  const mainRef = useRef<HTMLElement>(null);
  const pageTitle = usePageTitle();
  const operatorName = profile?.company.name;
  const documentTitle = operatorName ? `${pageTitle} · ${operatorName}` : pageTitle;

  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);

  return (
    <div className="app">
      <SkipLink targetId={MAIN_ID} />
      {staff?.impersonation ? (
        <ImpersonationBanner
          impersonation={staff.impersonation}
          onStopped={(state) => void switchIdentity(state, paths.staffCustomer.getHref(staff.impersonation?.customerId ?? ''))}
          onExpired={onExpired}
        />
      ) : null}
      <header className="site-header">
        <div className="site-header__bar container">
          {isPending ? (
            <span className="site-header__brand site-header__brand--loading" aria-hidden="true" />
          ) : (
            <Link to={paths.home.getHref()} className="site-header__brand">
              {operatorName ?? t('app.name')}
            </Link>
          )}
          <SessionHeader />
          <LanguageSwitcher />
        </div>
        <nav className="site-nav" aria-label={t('layout.mainNavigation')}>
          <ul className="site-nav__list container">
            <li>
              <NavLink to={paths.home.getHref()} end className="site-nav__link">
                {t('nav.home')}
              </NavLink>
            </li>
            {customerPages ? (
              <>
                <li>
                  <NavLink to={paths.myData.getHref()} end className="site-nav__link">
                    {t('nav.myData')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.download.getHref()} className="site-nav__link">
                    {t('nav.download')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.deleteMyData.getHref()} className="site-nav__link">
                    {t('nav.deleteMyData')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.requests.getHref()} className="site-nav__link">
                    {t('requests.title')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.accessLog.getHref()} className="site-nav__link">
                    {t('nav.accessLog')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.consent.getHref()} end className="site-nav__link">
                    {t('nav.consent')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.cookiePreferences.getHref()} className="site-nav__link">
                    {t('notice.cookies.title')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.accountSecurity.getHref()} className="site-nav__link">
                    {t('nav.account')}
                  </NavLink>
                </li>
              </>
            ) : null}
            {staff ? (
              <li>
                <NavLink to={paths.staff.getHref()} className="site-nav__link">
                  {t('nav.staff')}
                </NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <ErasureBanner enabled={signedIn && session.principal.kind === 'customer'} />
      </header>

      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="site-main container">
        <Outlet />
      </main>

      <footer className="site-footer">
        {profile ? (
          <div className="container">
            <p>
              {t('layout.privacyQuestions')} {t('layout.writeTo')}{' '}
              <a href={`mailto:${profile.company.privacyEmail}`}>{profile.company.privacyEmail}</a>
            </p>
            <p>{t('layout.runBy', { legalName: profile.company.legalName })}</p>
            {/* Operators under the CCPA publish their request metrics (the others answer 404). */}
            {profile.rights.includes('opt-out-sale-sharing') ? (
              <p>
                <Link to={paths.requestMetrics.getHref()}>{t('requests.metrics.link')}</Link>
              </p>
            ) : null}
            <p>
              <Link to={paths.privacyNotice.getHref()}>{t('notice.privacyNotice.title')}</Link>
            </p>
          </div>
        ) : null}
      </footer>

      <StepUpDialogHost />
      <RouteChangeAnnouncer mainRef={mainRef} title={documentTitle} />
      <ScrollRestoration />
    </div>
  );
}
