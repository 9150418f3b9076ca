import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { TSessionState } from '@portal/shared/schemas/auth.schema';
import { createSignedInCustomer, SESSION_URL } from '../../testing/mocks/handlers/auth';
import { createConsentPreferences } from '../../testing/mocks/handlers/consent';
import { server } from '../../testing/mocks/server';
import { renderApp } from '../../testing/test-utils';

/** The server side of sign-in: the session is signed out until the right password arrives. */
function signInApi(password: string) {
  let state: TSessionState = { status: 'signed-out' };
  const attempts: unknown[] = [];
  return {
    attempts,
    handlers: [
      http.get(SESSION_URL, () => HttpResponse.json(state)),
      http.post('/api/auth/sign-in', async ({ request }) => {
        const body = (await request.json()) as { email: string; password: string };
        attempts.push({ body, csrf: request.headers.get('x-requested-with') });
        if (body.password !== password) {
          return HttpResponse.json(
            { code: 'unauthenticated', message: 'The email address or password is not right.', requestId: 'r1' },
            { status: 401 },
          );
        }
        state = createSignedInCustomer();
        return HttpResponse.json(state);
      }),
      http.get('/api/consent', () => HttpResponse.json(createConsentPreferences())),
      http.get('/api/consent/history', () => HttpResponse.json({ entries: [], nextCursor: null })),
    ],
  };
}

describe('sign-in', () => {
  it('when a signed-out visitor opens a protected page, then they sign in and land back on it', async () => {
    const api = signInApi('correct horse battery staple');
    server.use(...api.handlers);
    const { user, router } = renderApp('/consent');

    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(router.state.location.search).toContain('returnTo=%2Fconsent');

    await user.type(screen.getByLabelText('Email address'), 'sanne@example.nl');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery staple');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/consent'));
    expect(await screen.findByText('Signed in as Sanne de Vries')).toBeInTheDocument();
    expect(api.attempts).toEqual([{ body: { email: 'sanne@example.nl', password: 'correct horse battery staple' }, csrf: 'custodia' }]);
  });

  it('when the password is wrong, then one message says so without telling which part was wrong', async () => {
    server.use(...signInApi('correct horse battery staple').handlers);
    const { user } = renderApp('/sign-in');

    await user.type(await screen.findByLabelText('Email address'), 'sanne@example.nl');
    await user.type(screen.getByLabelText('Password'), 'wrong password here');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findAllByText('The email address or password is not correct.')).not.toHaveLength(0);
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });

  it('when the form is sent empty, then each field says what is missing and nothing is sent', async () => {
    const api = signInApi('x');
    server.use(...api.handlers);
    const { user } = renderApp('/sign-in');

    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    expect(await screen.findAllByText('Enter your email address.')).not.toHaveLength(0);
    expect(screen.getAllByText('Enter your password.')).not.toHaveLength(0);
    expect(api.attempts).toEqual([]);
  });
});
