import { paths } from '../../../config/paths';
import type { TPrincipal } from '../api/get-session';

/** The sign-in pages themselves: coming back to one after signing in would go round in circles. */
const AUTH_PATHS: readonly string[] = [
  paths.signIn.path,
  paths.signInWithEmailCode.path,
  paths.secondFactor.path,
  paths.claimAccount.path,
  paths.forgotPassword.path,
];

export function isAuthPath(pathname: string): boolean {
  return AUTH_PATHS.includes(pathname);
}

/**
 * `returnTo` from the address bar, if it is safe to go to: a path on this origin (starting with
 * one "/", not "//" or "/\", which browsers read as another host), without control characters,
 * and not a sign-in page. Anything else is dropped, so a crafted link cannot send someone who just
 * signed in to another site (open redirect).
 */
export function safeReturnTo(raw: string | null | undefined): string | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//')) return null;
  for (const char of raw) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || char === '\\') return null;
  }
  let url: URL;
  try {
    url = new URL(raw, window.location.origin);
  } catch {
    return null;
  }
  if (url.origin !== window.location.origin || isAuthPath(url.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

const isStaffPath = (path: string) =>
  path === paths.staff.path || path.startsWith(`${paths.staff.path}/`) || path.startsWith(`${paths.staff.path}?`);

/** Where to go once signed in: staff to the staff console, customers back where they were. */
export function destinationAfterSignIn(principal: TPrincipal, returnTo: string | null): string {
  if (principal.kind === 'staff') {
    return returnTo && isStaffPath(returnTo) ? returnTo : paths.staff.getHref();
  }
  return returnTo ?? paths.home.getHref();
}

/** The `returnTo` for a link to sign in from `location`: none from home or a sign-in page. */
export function returnToFrom(location: { pathname: string; search: string; hash: string }) {
  if (location.pathname === paths.home.path || isAuthPath(location.pathname)) return undefined;
  return `${location.pathname}${location.search}${location.hash}`;
}
