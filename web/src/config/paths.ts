/**
 * Every route of the SPA (house style 19): `path` for the router, `getHref()` for links, so no
 * component writes a URL by hand.
 */
export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  consent: {
    path: '/consent',
    getHref: () => '/consent',
  },
  cookiePreferences: {
    path: '/consent/cookies',
    getHref: () => '/consent/cookies',
  },
  /** Public: the operator's privacy notice and its versions. */
  privacyNotice: {
    path: '/privacy-notice',
    getHref: () => '/privacy-notice',
  },
  unsubscribe: {
    path: '/unsubscribe/:token',
    getHref: (token: string) => `/unsubscribe/${encodeURIComponent(token)}`,
  },
  signIn: {
    path: '/sign-in',
    getHref: (returnTo?: string) => withReturnTo('/sign-in', returnTo),
  },
  signInWithEmailCode: {
    path: '/sign-in/email-code',
    getHref: (returnTo?: string) => withReturnTo('/sign-in/email-code', returnTo),
  },
  secondFactor: {
    path: '/sign-in/second-factor',
    getHref: (returnTo?: string) => withReturnTo('/sign-in/second-factor', returnTo),
  },
  claimAccount: {
    path: '/claim-account',
    getHref: (returnTo?: string) => withReturnTo('/claim-account', returnTo),
  },
  forgotPassword: {
    path: '/forgot-password',
    getHref: (returnTo?: string) => withReturnTo('/forgot-password', returnTo),
  },
  accountSecurity: {
    path: '/account/security',
    getHref: () => '/account/security',
  },
  accountSessions: {
    path: '/account/sessions',
    getHref: () => '/account/sessions',
  },
  myData: {
    path: '/my-data',
    getHref: () => '/my-data',
  },
  download: {
    path: '/download',
    getHref: () => '/download',
  },
  deleteMyData: {
    path: '/delete-my-data',
    getHref: () => '/delete-my-data',
  },
  /** Public: the certificate travels in the fragment, which never reaches a server log. */
  erasureCertificate: {
    path: '/erasure-certificate',
    getHref: (certificate?: string) => (certificate ? `/erasure-certificate#${certificate}` : '/erasure-certificate'),
  },
  requests: {
    path: '/requests',
    getHref: () => '/requests',
  },
  request: {
    path: '/requests/:requestId',
    getHref: (requestId: string) => `/requests/${encodeURIComponent(requestId)}`,
  },
  /** Public: for people who cannot sign in. */
  makeARequest: {
    path: '/make-a-request',
    getHref: () => '/make-a-request',
  },
  /** Public (CCPA operators): how many requests were received and answered. */
  requestMetrics: {
    path: '/request-metrics',
    getHref: (year?: number) => (year ? `/request-metrics?year=${year}` : '/request-metrics'),
  },
  staff: {
    path: '/staff',
    getHref: (query?: string) => (query ? `/staff?q=${encodeURIComponent(query)}` : '/staff'),
  },
  staffCustomer: {
    path: '/staff/customers/:customerId',
    getHref: (customerId: string) => `/staff/customers/${encodeURIComponent(customerId)}`,
  },
  staffAudit: {
    path: '/staff/audit',
    getHref: () => '/staff/audit',
  },
  staffRequests: {
    path: '/staff/requests',
    getHref: (query?: string) => (query ? `/staff/requests?${query}` : '/staff/requests'),
  },
  staffRequest: {
    path: '/staff/requests/:requestId',
    getHref: (requestId: string) => `/staff/requests/${encodeURIComponent(requestId)}`,
  },
  staffMembers: {
    path: '/staff/members',
    getHref: () => '/staff/members',
  },
  /** Privacy officers publish new versions of the notice here. */
  staffPrivacyNotice: {
    path: '/staff/privacy-notice',
    getHref: () => '/staff/privacy-notice',
  },
  accessLog: {
    path: '/my-data/access-log',
    getHref: () => '/my-data/access-log',
  },
} as const;

/** `?returnTo=` carries where to go after signing in; it is checked again when it is used. */
function withReturnTo(path: string, returnTo: string | undefined): string {
  return returnTo ? `${path}?returnTo=${encodeURIComponent(returnTo)}` : path;
}
