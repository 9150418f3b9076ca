import type { QueryClient } from '@tanstack/react-query';
import { redirect } from 'react-router';
import { paths } from '../../../config/paths';
import { sessionQueryOptions } from '../api/get-session';

/**
 * Loader of the signed-in layout routes: warms the session query and sends visitors who are not
 * (fully) signed in to sign in, with the page they asked for as `returnTo`. A failed session call
 * is left to the layout, which shows it with a retry.
 */
export async function requireSessionLoader(queryClient: QueryClient, request: Request): Promise<null> {
  const state = await queryClient.ensureQueryData(sessionQueryOptions()).catch(() => null);
  if (!state || state.status === 'signed-in') return null;
  const url = new URL(request.url);
  const here = `${url.pathname}${url.search}${url.hash}`;
  if (state.status === 'second-factor-required') throw redirect(paths.secondFactor.getHref(here));
  throw redirect(paths.signIn.getHref(here));
}
