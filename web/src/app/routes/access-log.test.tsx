import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSignedInCustomer, sessionHandler } from '../../testing/mocks/handlers/auth';
import { accessLogApi } from '../../testing/mocks/handlers/staff';
import { server } from '../../testing/mocks/server';
import { renderApp } from '../../testing/test-utils';

beforeEach(() => server.use(sessionHandler(createSignedInCustomer())));

describe('who touched my data', () => {
  it('when support viewed the account, then the customer sees who, why, what, the refusals, and that the record is verified', async () => {
    server.use(...accessLogApi().handlers);
    renderApp('/my-data/access-log');

    const entry = await screen.findByRole('article', { name: 'Eva (Support agent) viewed your account' });
    expect(entry).toHaveTextContent('Reason: The customer asked for help. “The customer called about a missing invoice.”');
    expect(entry).toHaveTextContent('Ticket: SUP-2041');
    expect(entry).toHaveTextContent('They stopped it themselves.');
    expect(within(entry).getByRole('listitem')).toHaveTextContent('All your data');
    expect(entry).toHaveTextContent('They tried to change something once; the portal refused.');
    expect(screen.getByRole('article', { name: 'Eva (Support agent) opened your customer summary' })).toBeInTheDocument();
    expect(screen.getByText('This record is verified: every entry was checked against our tamper-evident audit trail.')).toBeInTheDocument();
  });

  it('when the chain does not verify, then the page says so', async () => {
    server.use(...accessLogApi({ chain: { verified: false, signedUpToSeq: null, checkedAt: '2026-11-02T09:30:00.000Z' } }).handlers);
    renderApp('/my-data/access-log');

    expect(await screen.findByRole('alert')).toHaveTextContent('We could not verify this record against the audit trail.');
  });

  it('when the customer allows support access for 3 days and withdraws it, then both are sent and shown', async () => {
    const api = accessLogApi();
    server.use(...api.handlers);
    const { user } = renderApp('/my-data/access-log');

    await user.selectOptions(await screen.findByLabelText('For how long'), '3');
    await user.click(screen.getByRole('button', { name: 'Allow support access' }));
    expect(await screen.findByText(/^Support access is allowed until/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Withdraw support access' }));
    expect(await screen.findByText('Support access is withdrawn.')).toBeInTheDocument();
    expect(api.changes).toEqual([{ days: 3 }, 'withdraw']);
  });
});
