import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { ApiError } from './api-client';

/** Retrying cannot fix a request the server refused (4xx), except a timeout or rate limit. */
function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof ApiError && error.kind !== 'network') {
    const transient = error.status >= 500 || error.status === 408 || error.status === 429;
    if (!transient || error.kind === 'invalid-response') return false;
  }
  return failureCount < 2;
}

export const QUERY_DEFAULTS = {
  queries: {
    // Most of what the portal shows changes only when the customer acts here; a minute avoids
    // refetching on every screen change while keeping other tabs reasonably fresh.
    staleTime: 60_000,
    retry: shouldRetry,
  },
  mutations: {
    // A repeated mutation may do the thing twice; each form shows its own error instead.
    retry: false,
  },
} satisfies DefaultOptions;

/** One QueryClient per app (and per test, with `{ queries: { retry: false } }`). */
export function createQueryClient(overrides: DefaultOptions = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { ...QUERY_DEFAULTS.queries, ...overrides.queries },
      mutations: { ...QUERY_DEFAULTS.mutations, ...overrides.mutations },
    },
  });
}
