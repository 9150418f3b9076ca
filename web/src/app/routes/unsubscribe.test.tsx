import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiError, unsubscribeApi } from '../../testing/mocks/handlers/consent';
import { server } from '../../testing/mocks/server';
import { renderApp } from '../../testing/test-utils';

const TOKEN = 'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';

describe('unsubscribe page', () => {
  it('when the link is opened, then it only asks; the button unsubscribes', async () => {
    const api = unsubscribeApi();
    server.use(...api.handlers);
    const { user } = renderApp(`/unsubscribe/${TOKEN}`);

    expect(
      await screen.findByText('Stop receiving “Newsletter” emails from Cocomo Webbeheer?'),
    ).toBeInTheDocument();
    expect(api.calls).toEqual(['GET']);

    await user.click(screen.getByRole('button', { name: 'Unsubscribe' }));

    expect(
      await screen.findByText(
        'Done: you will no longer receive “Newsletter” emails. This took effect immediately.',
      ),
    ).toBeInTheDocument();
    expect(api.calls).toContain('POST');
    expect(screen.getByRole('link', { name: /see and change all your choices/ })).toHaveAttribute(
      'href',
      '/consent',
    );
  });

  it('when the consent is already withdrawn, then the page says so without a button', async () => {
    server.use(...unsubscribeApi({ alreadyWithdrawn: true }).handlers);

    renderApp(`/unsubscribe/${TOKEN}`);

    expect(
      await screen.findByText('You are already unsubscribed from “Newsletter” emails.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Unsubscribe' })).not.toBeInTheDocument();
  });

  it.each([
    [400, 'This unsubscribe link is not valid. It may have been copied incompletely.'],
    [410, 'This unsubscribe link has expired.'],
  ] as const)('when the server answers %i, then the page explains it', async (status, message) => {
    server.use(
      http.get('/api/unsubscribe/:token', () =>
        HttpResponse.json(apiError(status === 400 ? 'bad_request' : 'gone'), { status }),
      ),
    );

    renderApp(`/unsubscribe/${TOKEN}`);

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });
});
