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
