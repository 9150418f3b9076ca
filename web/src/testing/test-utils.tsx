import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProvider } from '../app/provider';
import { createRoutes } from '../app/router';
import { createQueryClient } from '../lib/query-client';

/**
 * Renders the whole app (providers, layout, routes) at `path`, against the MSW handlers, with a
 * fresh QueryClient that never retries (house style 22).
 */
export function renderApp(path = '/') {
  const queryClient = createQueryClient({ queries: { retry: false } });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, user, router, queryClient };
}
