import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSignedInCustomer, sessionHandler } from '../../testing/mocks/handlers/auth';
import { myDataApi } from '../../testing/mocks/handlers/my-data';
import { server } from '../../testing/mocks/server';
import { renderApp } from '../../testing/test-utils';

beforeEach(() => server.use(sessionHandler(createSignedInCustomer())));

describe('my data page', () => {
  it('when it loads, then every category shows its data, where it is kept and why, and withheld fields say why', async () => {
    server.use(...myDataApi().handlers);
    renderApp('/my-data');

    const account = await screen.findByRole('region', { name: 'Account' });
    expect(within(account).getByText('Sanne')).toBeInTheDocument();
    expect(within(account).getByText('Not shown: stored only as a one-way hash that nobody can read')).toBeInTheDocument();
    expect(within(account).getByText('Why we hold “First name”')).toBeInTheDocument();
    expect(within(account).getAllByText('Needed for our contract with you').length).toBeGreaterThan(0);
    const orders = screen.getByRole('region', { name: 'Orders' });
    expect(within(orders).getByText('Kept by law: invoices are kept for the tax authority (AWR art. 52)')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Newsletter subscription' })).toHaveTextContent(
      'This part is temporarily unavailable: Newsletter provider did not answer.',
    );
  });

  it('when older records are asked for, then the next page is added below', async () => {
    server.use(...myDataApi().handlers);
    const { user } = renderApp('/my-data');

    const orders = await screen.findByRole('region', { name: 'Orders' });
    expect(await within(orders).findByText('CO-1003')).toBeInTheDocument();
    expect(within(orders).getByText('€89.95')).toBeInTheDocument();
    await user.click(within(orders).getByRole('button', { name: 'Show older records' }));

    expect(await within(orders).findByText('CO-1001')).toBeInTheDocument();
    expect(within(orders).queryByRole('button', { name: 'Show older records' })).not.toBeInTheDocument();
  });

  it('when the customer corrects a field, then the new value is sent at the version they saw and confirmed', async () => {
    const api = myDataApi();
    server.use(...api.handlers);
    const { user } = renderApp('/my-data');

    const account = await screen.findByRole('region', { name: 'Account' });
    await user.click(within(account).getByRole('button', { name: 'Correct First name' }));
    const input = within(account).getByLabelText('New value for First name');
    await user.clear(input);
    await user.type(input, 'Susanne');
    await user.click(within(account).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('First name has been corrected.')).toBeInTheDocument();
    expect(api.corrections).toEqual([{ category: 'account', field: 'givenName', recordId: 'c-1', value: 'Susanne', version: 3 }]);
    expect(await within(account).findByText('Susanne')).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'Your corrections' });
    expect(await within(history).findByText('Mailchimp: being informed by our privacy team')).toBeInTheDocument();
    expect(within(history).getByText('Customer database: updated')).toBeInTheDocument();
  });

  it('when the customer changes their email address, then a code is sent to the new one and saved with the change', async () => {
    const api = myDataApi();
    server.use(...api.handlers);
    const { user } = renderApp('/my-data');

    const account = await screen.findByRole('region', { name: 'Account' });
    await user.click(within(account).getByRole('button', { name: 'Correct Email address' }));
    const input = within(account).getByLabelText('New value for Email address');
    await user.clear(input);
    await user.type(input, 'nieuw@example.nl');
    await user.click(within(account).getByRole('button', { name: 'Send a code' }));

    expect(await within(account).findByText('We sent a code to n…@example.nl. Enter it within 10 minutes.')).toBeInTheDocument();
    await user.type(within(account).getByLabelText('Code'), '123456');
    await user.click(within(account).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Email address has been corrected.')).toBeInTheDocument();
    expect(api.codesSent).toEqual([{ category: 'account', field: 'email', recordId: 'c-1', value: 'nieuw@example.nl', version: 3 }]);
    expect(api.corrections).toEqual([
      { category: 'account', field: 'email', recordId: 'c-1', value: 'nieuw@example.nl', version: 3, confirmationCode: '123456' },
    ]);
  });

  it('when the new value is not valid, then the field says so and nothing is sent', async () => {
    const api = myDataApi();
    server.use(...api.handlers);
    const { user } = renderApp('/my-data');

    const account = await screen.findByRole('region', { name: 'Account' });
    await user.click(within(account).getByRole('button', { name: 'Correct First name' }));
    const input = within(account).getByLabelText('New value for First name');
    await user.clear(input);
    await user.type(input, 'x'.repeat(201));
    await user.click(within(account).getByRole('button', { name: 'Save' }));

    expect(await within(account).findByRole('alert')).toHaveTextContent('This value is not valid for First name.');
    expect(api.corrections).toEqual([]);
  });
});
