import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { paths } from '../config/paths';
import { operatorProfileQueryOptions } from '../features/operator/api/get-operator-profile';
import type { TRouteHandle } from './route-handle';
import { AppLoading } from './routes/app-loading';
import { RootErrorBoundary } from './routes/root-error-boundary';
import { RootLayout } from './routes/root-layout';

/**
 * The route tree. Pages load lazily; the root loader starts fetching the operator profile that
 * every page shows. It does not wait for it: the shell renders at once with a loading state, and
 * a failed profile shows an error with a retry inside the page instead of replacing the app.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: 'root',
      path: paths.home.path,
      Component: RootLayout,
      HydrateFallback: AppLoading,
      ErrorBoundary: RootErrorBoundary,
      loader: () => {
        void queryClient.prefetchQuery(operatorProfileQueryOptions());
        return null;
      },
      children: [
        {
          index: true,
          handle: { titleKey: 'home.title' } satisfies TRouteHandle,
          lazy: async () => ({ Component: (await import('./routes/home')).HomeRoute }),
        },
        {
          path: paths.signIn.path,
          handle: { titleKey: 'auth.signIn.title' } satisfies TRouteHandle,
          lazy: async () => ({ Component: (await import('./routes/sign-in')).SignInRoute }),
        },
        {
          path: paths.signInWithEmailCode.path,
          handle: { titleKey: 'auth.emailCode.title' } satisfies TRouteHandle,
          lazy: async () => ({ Component: (await import('./routes/sign-in-email-code')).SignInWithEmailCodeRoute }),
        },
        {
          path: paths.secondFactor.path,
          handle: { titleKey: 'auth.secondFactor.title' } satisfies TRouteHandle,
          lazy: async () => ({ Component: (await import('./routes/second-factor')).SecondFactorRoute }),
        },
        {
          path: paths.claimAccount.path,
          handle: { titleKey: 'auth.claim.title' } satisfies TRouteHandle,
          lazy: async () => ({ Component: (await import('./routes/claim-account')).ClaimAccountRoute }),
        },
        {
          path: paths.forgotPassword.path,
          handle: { titleKey: 'auth.reset.title' } satisfies TRouteHandle,
          lazy: async () => ({ Component: (await import('./routes/forgot-password')).ForgotPasswordRoute }),
        },
        {
          // Everything below needs a signed-in session; the guard sends others to sign in and back.
          lazy: async () => ({ Component: (await import('../features/auth/components/require-signed-in')).RequireSignedIn }),
          children: [
            {
              path: paths.consent.path,
              handle: { titleKey: 'consent.title' } satisfies TRouteHandle,
              lazy: async () => ({ Component: (await import('./routes/consent')).ConsentRoute }),
            },
            {
              path: paths.cookiePreferences.path,
              handle: { titleKey: 'notice.cookies.title' } satisfies TRouteHandle,
              lazy: async () => ({ Component: (await import('./routes/cookie-preferences')).CookiePreferencesRoute }),
            },
            {
              path: paths.myData.path,
              handle: { titleKey: 'myData.title' } satisfies TRouteHandle,
              lazy: async () => ({ Component: (await import('./routes/my-data')).MyDataRoute }),
            },
            {
              path: paths.download.path,
              handle: { titleKey: 'exports.title' } satisfies TRouteHandle,
              lazy: async () => ({ Component: (await import('./routes/download')).DownloadRoute }),
            },
            {
              path: paths.deleteMyData.path,
              handle: { titleKey: 'erasure.title' } satisfies TRouteHandle,
              lazy: async () => ({ Component: (await import('./routes/delete-my-data')).DeleteMyDataRoute }),
            },
            {
              path: paths.requests.path,
              handle: { titleKey: 'requests.title' } satisfies TRouteHandle,
              lazy: async () => ({ Component: (await import('./routes/requests')).RequestsRoute }),
            },
            {
              path: paths.request.path,
              handle: { titleKey: 'requests.detail.title' } satisfies TRouteHandle,
              lazy: async () => ({ Component: (await import('./routes/request-detail')).RequestDetailRoute }),
            },
            {
              path: paths.accountSecurity.path,
              handle: { titleKey: 'account.security.title' } satisfies TRouteHandle,
              lazy: async () => ({ Component: (await import('./routes/account-security')).AccountSecurityRoute }),
            },
            {
              path: paths.accountSessions.path,
              handle: { titleKey: 'account.sessions.title' } satisfies TRouteHandle,
              lazy: async () => ({ Component: (await import('./routes/account-sessions')).AccountSessionsRoute }),
            },
            {
              path: paths.accessLog.path,
              handle: { titleKey: 'accessLog.title' } satisfies TRouteHandle,
              lazy: async () => ({ Component: (await import('./routes/access-log')).AccessLogRoute }),
            },
          ],
        },
        {
          // The staff console: staff only, loaded only when a staff member opens it.
          path: paths.staff.path,
          lazy: async () => ({ Component: (await import('../features/auth/components/require-signed-in')).RequireStaff }),
          children: [
            {
              lazy: async () => ({ Component: (await import('./routes/staff-layout')).StaffLayoutRoute }),
              children: [
                {
                  index: true,
                  handle: { titleKey: 'staffConsole.search.title' } satisfies TRouteHandle,
                  lazy: async () => ({ Component: (await import('./routes/staff-customers')).StaffCustomersRoute }),
                },
                {
                  path: paths.staffCustomer.path,
                  handle: { titleKey: 'staffConsole.nav.customers' } satisfies TRouteHandle,
                  lazy: async () => ({ Component: (await import('./routes/staff-customer')).StaffCustomerRoute }),
                },
                {
                  path: paths.staffAudit.path,
                  handle: { titleKey: 'auditLog.title' } satisfies TRouteHandle,
                  lazy: async () => ({ Component: (await import('./routes/staff-audit')).StaffAuditRoute }),
                },
                {
                  path: paths.staffRequests.path,
                  handle: { titleKey: 'requests.staff.title' } satisfies TRouteHandle,
                  lazy: async () => ({ Component: (await import('./routes/staff-requests')).StaffRequestsRoute }),
                },
                {
                  path: paths.staffRequest.path,
                  handle: { titleKey: 'requests.detail.title' } satisfies TRouteHandle,
                  lazy: async () => ({ Component: (await import('./routes/staff-request')).StaffRequestRoute }),
                },
                {
                  path: paths.staffMembers.path,
                  handle: { titleKey: 'staffConsole.members.title' } satisfies TRouteHandle,
                  lazy: async () => ({ Component: (await import('./routes/staff-members')).StaffMembersRoute }),
                },
                {
                  path: paths.staffPrivacyNotice.path,
                  handle: { titleKey: 'notice.staff.title' } satisfies TRouteHandle,
                  lazy: async () => ({ Component: (await import('./routes/staff-privacy-notice')).StaffPrivacyNoticeRoute }),
                },
              ],
            },
          ],
        },
        {
          // Public: the notice must be readable before signing up (GDPR Art. 13); linked from the footer.
          path: paths.privacyNotice.path,
          handle: { titleKey: 'notice.privacyNotice.title' } satisfies TRouteHandle,
          lazy: async () => ({ Component: (await import('./routes/privacy-notice')).PrivacyNoticeRoute }),
        },
        {
          // Public: opened from an email's unsubscribe link, without signing in.
          path: paths.unsubscribe.path,
          handle: { titleKey: 'consent.unsubscribe.title' } satisfies TRouteHandle,
          lazy: async () => ({
            Component: (await import('./routes/unsubscribe')).UnsubscribeRoute,
          }),
        },
        {
          // Public: requests from people who cannot sign in (linked from the sign-in page).
          path: paths.makeARequest.path,
          handle: { titleKey: 'requests.public.title' } satisfies TRouteHandle,
          lazy: async () => ({ Component: (await import('./routes/make-a-request')).MakeARequestRoute }),
        },
        {
          // Public: the request metrics a CCPA operator publishes.
          path: paths.requestMetrics.path,
          handle: { titleKey: 'requests.metrics.title' } satisfies TRouteHandle,
          lazy: async () => ({ Component: (await import('./routes/request-metrics')).RequestMetricsRoute }),
        },
        {
          // Public: opened from the completion email's link, often after the account is gone.
          path: paths.erasureCertificate.path,
          handle: { titleKey: 'erasure.verify.title' } satisfies TRouteHandle,
          lazy: async () => ({ Component: (await import('./routes/erasure-certificate')).ErasureCertificateRoute }),
        },
        {
          path: '*',
          handle: { titleKey: 'notFound.title' } satisfies TRouteHandle,
          lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundRoute }),
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}
