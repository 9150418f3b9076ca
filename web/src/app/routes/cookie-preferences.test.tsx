import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSignedInCustomer, sessionHandler } from '../../testing/mocks/handlers/auth';
import { cookiesApi } from '../../testing/mocks/handlers/privacy-notice';
import { server } from '../../testing/mocks/server';
import { renderApp } from '../../testing/test-utils';

beforeEach(() => server.use(sessionHandler(createSignedInCustomer())));

describe('cookie preferences page', () => {
  it('when it loads, then nothing is pre-ticked, strictly necessary is always on and the portal says it sets no other cookies', async () => {
    const api = cookiesApi();
    server.use(...api.handlers);

    renderApp('/consent/cookies');

    const analytics = await screen.findByRole('checkbox', { name: 'Allow Analytics cookies' });
    expect(analytics).not.toBeChecked();
    expect(screen.queryByRole('checkbox', { name: /Strictly necessary/ })).not.toBeInTheDocument();
    expect(screen.getByText('Always on')).toBeInTheDocument();
    expect(screen.getByText(/Google Analytics \(IP addresses anonymised\.\)/)).toBeInTheDocument();
    expect(screen.getByText(/sets no analytics or advertising cookies/)).toBeInTheDocument();
  });

  it('when the customer allows analytics, then the choice is sent with the notice version and shown', async () => {
    const api = cookiesApi();
    server.use(...api.handlers);
    renderApp('/consent/cookies');

    await userEvent.click(await screen.findByRole('checkbox', { name: 'Allow Analytics cookies' }));

    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Allow Analytics cookies' })).toBeChecked());
    expect(api.calls).toEqual([{ category: 'analytics', body: { granted: true, noticeVersion: '2018-05-06', language: 'en' } }]);
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
  });
});
