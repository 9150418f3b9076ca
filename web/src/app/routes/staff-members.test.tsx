import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { sessionHandler } from '../../testing/mocks/handlers/auth';
import { createSignedInStaff, staffMembersApi } from '../../testing/mocks/handlers/staff';
import { server } from '../../testing/mocks/server';
import { renderApp } from '../../testing/test-utils';

beforeEach(() => server.use(sessionHandler(createSignedInStaff('admin'))));

describe('staff accounts', () => {
  it('when an admin adds a support agent, then it is sent and the page says a code was emailed', async () => {
    const api = staffMembersApi();
    server.use(...api.handlers);
    const { user } = renderApp('/staff/members');

    await user.type(await screen.findByLabelText('Work email address'), 'noor@cocomo.example');
    await user.type(screen.getByLabelText('First name'), 'Noor');
    await user.type(screen.getByLabelText('Family name'), 'Visser');
    await user.selectOptions(screen.getByLabelText('Role'), 'support-agent');
    await user.click(screen.getByRole('button', { name: 'Add' }));

    expect(await screen.findByText(/Noor Visser was added as STAFF-003\. We emailed noor@cocomo\.example a code/)).toBeInTheDocument();
    expect(api.calls).toEqual([{ method: 'POST', body: { email: 'noor@cocomo.example', firstName: 'Noor', familyName: 'Visser', role: 'support-agent' } }]);
    expect(await screen.findByRole('row', { name: /Noor Visser/ })).toBeInTheDocument();
  });

  it('when an admin disables someone, then it takes a second click, and their own row has no actions', async () => {
    const api = staffMembersApi();
    server.use(...api.handlers);
    const { user } = renderApp('/staff/members');

    const own = await screen.findByRole('row', { name: /Eva Jansen/ });
    expect(within(own).getByText('This is you')).toBeInTheDocument();
    expect(within(own).queryByRole('button')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Disable Daan Smit' }));
    expect(api.calls).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Confirm: disable Daan Smit' }));

    expect(await screen.findByText('The account of Daan Smit was changed.')).toBeInTheDocument();
    expect(api.calls).toEqual([{ method: 'PATCH', body: { status: 'disabled' } }]);
    expect(await screen.findByRole('button', { name: 'Enable Daan Smit' })).toBeInTheDocument();
  });

  it('when an admin picks another role, then applying it sends the role', async () => {
    const api = staffMembersApi();
    server.use(...api.handlers);
    const { user } = renderApp('/staff/members');

    await user.selectOptions(await screen.findByLabelText('Role of Daan Smit'), 'admin');
    await user.click(screen.getByRole('button', { name: 'Change role of Daan Smit' }));

    expect(await screen.findByText('The account of Daan Smit was changed.')).toBeInTheDocument();
    expect(api.calls).toEqual([{ method: 'PATCH', body: { role: 'admin' } }]);
  });
});
