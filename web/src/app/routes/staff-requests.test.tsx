import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { sessionHandler } from '../../testing/mocks/handlers/auth';
import {
  apiError,
  createDeadlines,
  createStaffRequestView,
  REQUEST_ID,
  staffRequestsApi,
} from '../../testing/mocks/handlers/requests';
import { createSignedInStaff } from '../../testing/mocks/handlers/staff';
import { server } from '../../testing/mocks/server';
import { renderApp } from '../../testing/test-utils';

const OVERDUE_ID = 'a0b1c2d3-0000-4000-8000-000000000009';

function setUp(api = staffRequestsApi(), path = '/staff/requests') {
  server.use(...api.handlers);
  return { api, ...renderApp(path) };
}

beforeEach(() => server.use(sessionHandler(createSignedInStaff('privacy-officer'))));

describe('the staff request queue', () => {
  it('when a privacy officer filters for overdue requests, then the address and the query carry the filter, and overdue rows say so in words', async () => {
    const api = staffRequestsApi({
      requests: [
        createStaffRequestView(),
        createStaffRequestView({ id: OVERDUE_ID, reference: 'REQ-2026-000009', customerNumber: null, customerId: null, deadlines: createDeadlines({ state: 'overdue', daysLeft: -2 }) }),
      ],
    });
    const { user, router } = setUp(api);
    const staffNav = await screen.findByRole('navigation', { name: 'Staff console' });
    expect(within(staffNav).getByRole('link', { name: 'Requests' })).toHaveAttribute('aria-current', 'page');
    const counts = await screen.findByRole('list', { name: 'Open requests' });
    expect(counts).toHaveTextContent('Open: 2');
    expect(counts).toHaveTextContent('Overdue: 1');
    expect(screen.getAllByRole('row')).toHaveLength(3);

    await user.selectOptions(screen.getByLabelText('Due'), 'overdue');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(screen.queryByRole('row', { name: /REQ-2026-000042/ })).not.toBeInTheDocument());
    expect(router.state.location.search).toBe('?due=overdue');
    expect(api.queries.at(-1)).toBe('due=overdue');
    const row = await screen.findByRole('row', { name: /REQ-2026-000009/ });
    expect(row).toHaveClass('request-row--overdue');
    expect(within(row).getByText('(Overdue)')).toBeInTheDocument();
    expect(within(row).getByText('Without an account')).toBeInTheDocument();
  });

  it('when a support agent signs in, then there is no requests link', async () => {
    server.use(sessionHandler(createSignedInStaff('support-agent')));
    setUp(staffRequestsApi(), '/staff');
    const staffNav = await screen.findByRole('navigation', { name: 'Staff console' });
    expect(within(staffNav).queryByRole('link', { name: 'Requests' })).not.toBeInTheDocument();
  });
});

describe('a request in the staff console', () => {
  it('when the officer extends with a reason, then it is sent and the page shows the extension; too short a reason is not sent', async () => {
    const { api, user } = setUp(staffRequestsApi(), `/staff/requests/${REQUEST_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Restrict the use of my data (REQ-2026-000042)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Acknowledge' })).not.toBeInTheDocument();

    const extend = screen.getByRole('heading', { level: 3, name: 'Extend the deadline' }).parentElement as HTMLElement;
    await user.type(within(extend).getByLabelText('Reason for the extension'), 'Too short');
    await user.click(within(extend).getByRole('button', { name: 'Extend the deadline' }));
    expect(await within(extend).findAllByText('Give the reason in at least 10 characters.')).not.toHaveLength(0);
    expect(api.calls).toEqual([]);

    await user.clear(within(extend).getByLabelText('Reason for the extension'));
    await user.type(within(extend).getByLabelText('Reason for the extension'), 'Three systems must be searched by hand.');
    await user.click(within(extend).getByRole('button', { name: 'Extend the deadline' }));

    expect(await screen.findByRole('heading', { name: 'The deadline was extended' })).toBeInTheDocument();
    expect(screen.getByText('Why: Three systems must be searched by hand.')).toBeInTheDocument();
    expect(screen.getByText('Answer by February 1, 2027')).toBeInTheDocument();
    expect(api.calls).toEqual([{ action: 'extend', body: { reason: 'Three systems must be searched by hand.' } }]);
    expect(screen.queryByRole('heading', { level: 3, name: 'Extend the deadline' })).not.toBeInTheDocument();
  });

  it('when the first period has passed, then the 409 is explained', async () => {
    const api = staffRequestsApi();
    api.refuseNext(409, apiError('conflict', 'The first period has passed.'));
    const { user } = setUp(api, `/staff/requests/${REQUEST_ID}`);
    await user.type(await screen.findByLabelText('Reason for the extension'), 'Three systems must be searched by hand.');
    await user.click(screen.getByRole('button', { name: 'Extend the deadline' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The first period has passed: the deadline can no longer be extended.');
  });

  it('when the officer assigns, proposes a hold and writes, then each is sent; their own proposal offers no decision', async () => {
    const api = staffRequestsApi();
    const { user } = setUp(api, `/staff/requests/${REQUEST_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Assign to me' }));
    expect(await screen.findByRole('button', { name: 'Unassign' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Reason for the hold'), 'A court order asks us to keep this data.');
    await user.click(screen.getByRole('button', { name: 'Place a legal hold' }));
    expect(await screen.findByText('Waiting for a second privacy officer')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Decline' })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Message to the customer'), 'We will answer next week.');
    await user.click(screen.getByRole('button', { name: 'Send message' }));
    expect(await screen.findByText('We will answer next week.')).toBeInTheDocument();

    expect(api.calls).toEqual([
      { action: 'assign', body: { to: 'me' } },
      { action: 'holds', body: { action: 'place', reason: 'A court order asks us to keep this data.' } },
      { action: 'messages', body: { body: 'We will answer next week.' } },
    ]);
  });

  it('when another officer proposed a hold, then this one approves it; a refusal from the server shows its reason', async () => {
    const proposal = {
      id: 'a0b1c2d3-0000-4000-8000-0000000000f1',
      action: 'place' as const,
      reason: 'A court order asks us to keep this data.',
      proposedBy: { id: 'a0b1c2d3-0000-4000-8000-0000000000c2', displayName: 'Noor Bakker' },
      proposedAt: '2026-11-05T09:00:00.000Z',
      decidedBy: null,
      decidedAt: null,
      decision: 'pending' as const,
      canDecide: true,
    };
    const api = staffRequestsApi({ requests: [createStaffRequestView({ holds: [proposal] })] });
    const { user } = setUp(api, `/staff/requests/${REQUEST_ID}`);

    api.refuseNext(403, apiError('forbidden', 'Same officer.'));
    await user.click(await screen.findByRole('button', { name: 'Approve' }));
    expect(await screen.findByText('A second privacy officer must decide: you proposed this one.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Approve' }));
    expect(await screen.findByText('Approved by Daan Smit')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(api.calls).toEqual([
      { action: 'decide-hold', body: { decision: 'approved' } },
      { action: 'decide-hold', body: { decision: 'approved' } },
    ]);
  });

  it('when a public request has a document, then the requester, the match and the download link show', async () => {
    setUp(
      staffRequestsApi({
        requests: [
          createStaffRequestView({
            customerId: null,
            customerNumber: null,
            requester: { email: 'pat@example.com', dataPoints: { fullName: 'Pat Doe', postalCode: '94110' }, matchedDataPoints: 2, agent: null },
            documents: [
              { id: 'a0b1c2d3-0000-4000-8000-0000000000d1', fileName: 'id.pdf', contentType: 'application/pdf', size: 120_000, uploadedAt: '2026-11-03T09:30:00.000Z', deleteBy: '2026-12-03T09:30:00.000Z' },
            ],
          }),
        ],
      }),
      `/staff/requests/${REQUEST_ID}`,
    );
    expect(await screen.findByText('pat@example.com')).toBeInTheDocument();
    expect(screen.getByText('Pat Doe')).toBeInTheDocument();
    expect(screen.getByText('2 of the data points matched the account.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download id.pdf' })).toHaveAttribute('href', `/api/staff/requests/${REQUEST_ID}/documents/a0b1c2d3-0000-4000-8000-0000000000d1`);
  });
});

describe('closing a request in the staff console', () => {
  it('when the officer acknowledges, verifies the identity and rejects with a reason, then each is sent with its body', async () => {
    const api = staffRequestsApi({ requests: [createStaffRequestView({ actions: { acknowledge: true, verifyIdentity: true, extend: false, complete: true, reject: true, proposeHold: false, proposeLift: false } })] });
    const { user } = setUp(api, `/staff/requests/${REQUEST_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Acknowledge' }));
    await waitFor(() => expect(api.calls).toHaveLength(1));

    await user.selectOptions(screen.getByLabelText('How the identity was verified'), 'data-points');
    await user.type(screen.getByLabelText('Note (optional)'), 'Name and postal code matched.');
    await user.click(screen.getByRole('button', { name: 'Verify identity' }));
    await waitFor(() => expect(api.calls).toHaveLength(2));

    await user.type(screen.getByLabelText('Reason for the rejection'), 'We hold no data about this person.');
    await user.click(screen.getByRole('button', { name: 'Reject the request' }));
    await waitFor(() => expect(api.calls).toHaveLength(3));

    expect(api.calls).toEqual([
      { action: 'acknowledge', body: {} },
      { action: 'verify-identity', body: { method: 'data-points', note: 'Name and postal code matched.' } },
      { action: 'reject', body: { reason: 'We hold no data about this person.' } },
    ]);
    expect(screen.getByLabelText('Outcome')).toBeInTheDocument();
    expect(screen.getByLabelText('Answer to the customer')).toBeInTheDocument();
    expect(screen.queryByLabelText('Reason for the extension')).not.toBeInTheDocument();
  });
});
