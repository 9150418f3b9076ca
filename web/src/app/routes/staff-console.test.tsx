import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createSignedInCustomer, sessionHandler } from '../../testing/mocks/handlers/auth';
import { myDataApi } from '../../testing/mocks/handlers/my-data';
import { createSignedInStaff, CUSTOMER_ID, staffApi } from '../../testing/mocks/handlers/staff';
import { server } from '../../testing/mocks/server';
import { renderApp } from '../../testing/test-utils';

describe('the staff console', () => {
  it('when a support agent searches, then the customer is listed with masked hints, and a click opens the summary', async () => {
    const api = staffApi();
    server.use(...api.handlers);
    const { user } = renderApp('/staff');

    await user.type(await screen.findByLabelText('Email, phone, customer number or name'), 'Sanne');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    const table = await screen.findByRole('table', { name: 'Customers matching “Sanne”' });
    const row = within(table).getByRole('row', { name: /Sanne de Vries/ });
    expect(within(row).getByText('s•••@example.nl')).toBeInTheDocument();
    expect(within(row).getByText('••• 78')).toBeInTheDocument();
    await user.click(within(row).getByRole('link', { name: 'Sanne de Vries' }));

    expect(await screen.findByRole('heading', { level: 1, name: /Sanne de Vries/ })).toBeInTheDocument();
    expect(screen.getByText('sanne@example.nl')).toBeInTheDocument();
    expect(api.calls.filter((c) => c.path.startsWith('/api/staff/customers?'))).toHaveLength(1);
  });

  it('when the search is one character, then it is not sent and the field says why', async () => {
    const api = staffApi();
    server.use(...api.handlers);
    const { user } = renderApp('/staff');

    await user.type(await screen.findByLabelText('Email, phone, customer number or name'), 's');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    expect(await screen.findByText('Enter at least 2 characters.')).toBeInTheDocument();
    expect(api.calls).toEqual([]);
  });

  it('when the reason is too short, then the dialog says so and nothing starts', async () => {
    const api = staffApi();
    server.use(...api.handlers);
    const { user } = renderApp(`/staff/customers/${CUSTOMER_ID}`);

    await user.click(await screen.findByRole('button', { name: 'View the account as this customer' }));
    const dialog = screen.getByRole('dialog', { name: 'Why do you need to open this account?' });
    await user.type(within(dialog).getByLabelText('Reason'), 'help');
    await user.type(within(dialog).getByLabelText('Ticket reference'), 'SUP-1');
    await user.click(within(dialog).getByRole('button', { name: 'Start' }));

    expect(await within(dialog).findAllByText('Describe the reason in at least 10 characters.')).not.toHaveLength(0);
    expect(api.calls.filter((c) => c.path === '/api/impersonation')).toEqual([]);
  });

  it('when an impersonation starts and stops, then every cached query is cleared each time, and the banner shows whose account, why and the time left', async () => {
    const api = staffApi();
    server.use(...api.handlers, ...myDataApi().handlers);
    const { user, queryClient } = renderApp(`/staff/customers/${CUSTOMER_ID}`);
    await user.click(await screen.findByRole('button', { name: 'View the account as this customer' }));
    queryClient.setQueryData(['cached', 'for-the-staff-member'], 'stale');

    const dialog = screen.getByRole('dialog', { name: 'Why do you need to open this account?' });
    await user.selectOptions(within(dialog).getByLabelText('Kind of reason'), 'account-problem');
    await user.type(within(dialog).getByLabelText('Reason'), 'The customer cannot find an invoice.');
    await user.type(within(dialog).getByLabelText('Ticket reference'), 'SUP-2041');
    await user.click(within(dialog).getByRole('button', { name: 'Start' }));

    const banner = await screen.findByRole('region', { name: 'Impersonation' });
    expect(banner).toHaveTextContent('You are viewing the account of Sanne de Vries, read-only.');
    expect(banner).toHaveTextContent('Reason: The customer cannot find an invoice. (ticket SUP-2041)');
    expect(banner).toHaveTextContent('30 min left');
    expect(api.calls.find((c) => c.path === '/api/impersonation')?.body).toEqual({
      customerId: CUSTOMER_ID,
      reasonCategory: 'account-problem',
      reason: 'The customer cannot find an invoice.',
      ticketReference: 'SUP-2041',
    });
    expect(queryClient.getQueryData(['cached', 'for-the-staff-member'])).toBeUndefined();
    // The customer's data, under the customer's navigation.
    expect(await screen.findByRole('heading', { level: 1, name: 'My data' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toHaveTextContent('Who touched my data');

    queryClient.setQueryData(['cached', 'for-the-customer'], 'their data');
    await user.click(within(banner).getByRole('button', { name: 'Stop impersonating' }));

    expect(await screen.findByRole('button', { name: 'View the account as this customer' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Impersonation' })).not.toBeInTheDocument();
    expect(queryClient.getQueryData(['cached', 'for-the-customer'])).toBeUndefined();
  });

  it('when the time is up, then the server’s end of the impersonation clears the cache and returns to the customer’s summary', async () => {
    const api = staffApi();
    // The session still says impersonating (ending now) until the server is asked again.
    let calls = 0;
    const ending = createSignedInStaff('support-agent', {
      id: '11111111-2222-4333-8444-555555555555',
      customerId: CUSTOMER_ID,
      customerDisplayName: 'Sanne de Vries',
      reasonCategory: 'customer-request',
      reason: 'The customer asked for help.',
      ticketReference: 'SUP-1',
      startedAt: new Date(Date.now() - 30 * 60_000).toISOString(),
      endsAt: new Date(Date.now() - 1000).toISOString(),
    });
    // Listed first: the first matching handler answers.
    server.use(
      http.get('/api/auth/session', () => HttpResponse.json(calls++ === 0 ? ending : createSignedInStaff('support-agent'))),
      ...api.handlers,
      ...myDataApi().handlers,
    );
    const { queryClient } = renderApp('/my-data');
    queryClient.setQueryData(['cached', 'for-the-customer'], 'their data');

    expect(await screen.findByRole('button', { name: 'View the account as this customer' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Impersonation' })).not.toBeInTheDocument();
    expect(queryClient.getQueryData(['cached', 'for-the-customer'])).toBeUndefined();
  });

  it('when a privacy officer opens a customer, then there is no way in: their role cannot impersonate', async () => {
    server.use(...staffApi({ role: 'privacy-officer' }).handlers);
    renderApp(`/staff/customers/${CUSTOMER_ID}`);

    expect(await screen.findByText('Your role cannot view accounts as the customer.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'View the account as this customer' })).not.toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Staff console' })).toHaveTextContent('Audit log');
  });

  it('when a customer opens /staff, then it says it is for staff only', async () => {
    server.use(sessionHandler(createSignedInCustomer()));
    renderApp('/staff');
    expect(await screen.findByRole('heading', { level: 1, name: 'For staff only' })).toBeInTheDocument();
  });
});
