import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPublicProfile } from '../../testing/data-generators';
import { createSignedInCustomer, sessionHandler } from '../../testing/mocks/handlers/auth';
import { profileHandler } from '../../testing/mocks/handlers/operator';
import { apiError, createDeadlines, createRequestView, REQUEST_ID, requestsApi } from '../../testing/mocks/handlers/requests';
import { server } from '../../testing/mocks/server';
import { renderApp } from '../../testing/test-utils';

function setUp(api = requestsApi(), path = '/requests') {
  server.use(...api.handlers);
  return { api, ...renderApp(path) };
}

beforeEach(() => server.use(sessionHandler(createSignedInCustomer())));

describe('my requests: filing', () => {
  it('when a request is filed, then it is sent as the contract says and appears in the list with its due date', async () => {
    server.use(profileHandler(createPublicProfile({ requestTypes: ['access', 'restriction', 'objection', 'erasure'] })));
    const { api, user } = setUp();
    expect(await screen.findByText('You have no requests yet.')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'My requests' })).toHaveAttribute('aria-current', 'page');

    const type = await screen.findByLabelText('What do you want to ask?');
    // Only fileable types the operator offers.
    expect(within(type).getAllByRole('option').map((o) => o.textContent)).toEqual(['Restrict the use of my data', 'Object to the use of my data']);
    expect(screen.queryByLabelText('A processor or third party must act too')).not.toBeInTheDocument();
    await user.selectOptions(type, 'objection');
    expect(screen.getByText(/We stop using your data for a purpose based on our interests/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Tell us what you are asking for'), 'short');
    await user.click(screen.getByRole('button', { name: 'Send the request' }));
    expect(await screen.findAllByText('Tell us in at least 10 characters what you are asking for.')).toHaveLength(2);
    expect(api.filed).toEqual([]);

    await user.type(screen.getByLabelText('Tell us what you are asking for'), ' — stop the profiling for ads please.');
    await user.click(screen.getByRole('button', { name: 'Send the request' }));

    expect(await screen.findByText('Request REQ-2026-000101 is filed. We answer by November 19, 2026.')).toBeInTheDocument();
    expect(api.filed).toEqual([{ type: 'objection', details: 'short — stop the profiling for ads please.' }]);
    const table = await screen.findByRole('table', { name: 'Your requests' });
    const row = within(table).getByRole('row', { name: /REQ-2026-000101/ });
    expect(within(row).getByText('Object to the use of my data')).toBeInTheDocument();
    expect(within(row).getByText('Received')).toBeInTheDocument();
    expect(within(row).getByText('Answer by November 19, 2026')).toBeInTheDocument();
  });

  it('when the operator is Vietnamese, then the processors checkbox is offered and sent', async () => {
    server.use(
      profileHandler(
        createPublicProfile({
          id: 'vanesa',
          locale: { defaultLanguage: 'en', languages: ['en', 'vi'], country: 'VN', timeZone: 'Asia/Ho_Chi_Minh', currency: 'VND' },
          requestTypes: ['restriction'],
        }),
      ),
    );
    const { api, user } = setUp();
    await user.type(await screen.findByLabelText('Tell us what you are asking for'), 'Stop using my data for ads.');
    await user.click(screen.getByLabelText('A processor or third party must act too'));
    await user.click(screen.getByRole('button', { name: 'Send the request' }));
    await screen.findByText(/is filed/);
    expect(api.filed).toEqual([{ type: 'restriction', details: 'Stop using my data for ads.', processorsInvolved: true }]);
  });

  it('when one of that type is open, then the 409 says so', async () => {
    const api = requestsApi();
    api.refuseNext(409, apiError('conflict', 'One is open.'));
    const { user } = setUp(api);
    await user.type(await screen.findByLabelText('Tell us what you are asking for'), 'Stop using my data for ads.');
    await user.click(screen.getByRole('button', { name: 'Send the request' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You already have an open request of this kind.');
  });

  it('when a request is due soon or overdue, then the list says so in words', async () => {
    setUp(
      requestsApi({
        requests: [
          createRequestView({ deadlines: createDeadlines({ state: 'due-soon', daysLeft: 2 }) }),
          createRequestView({ id: 'a0b1c2d3-0000-4000-8000-000000000002', reference: 'REQ-2026-000043', deadlines: createDeadlines({ state: 'overdue', daysLeft: -1 }) }),
        ],
      }),
    );
    expect(await screen.findByText('(Due soon: 2 days left)')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /REQ-2026-000043/ })).getByText('(Overdue)')).toBeInTheDocument();
  });
});

describe('my requests: one request', () => {
  it('when a request opens, then the status, due date and its source, the timeline and the thread show, and a message is sent', async () => {
    const { api, user } = setUp(requestsApi({ requests: [createRequestView()] }));
    await user.click(await screen.findByRole('link', { name: 'REQ-2026-000042' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Restrict the use of my data (REQ-2026-000042)' })).toBeInTheDocument();
    expect(screen.getByText('In progress')).toBeInTheDocument();
    expect(screen.getByText('Answer by December 1, 2026')).toBeInTheDocument();
    expect(screen.getByText(/Set by our own promise, shorter than the law: Cocomo privacy statement/)).toBeInTheDocument();
    const timeline = screen.getByRole('heading', { level: 2, name: 'What happened' }).parentElement as HTMLElement;
    const items = within(timeline).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('November 3, 2026 at 10:00 AM: Request filed by you. Status: Received');
    expect(items[1]).toHaveTextContent('Status changed by our privacy team. Status: In progress');
    expect(screen.getByText('We are looking into it.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Send message' }));
    expect(await screen.findAllByText('Write a message.')).not.toHaveLength(0);
    await user.type(screen.getByLabelText('Your message'), 'Thank you, any news?');
    await user.click(screen.getByRole('button', { name: 'Send message' }));

    expect(await screen.findByText('Message sent.')).toBeInTheDocument();
    expect(screen.getByText('Thank you, any news?')).toBeInTheDocument();
    expect(api.messages).toEqual([{ body: 'Thank you, any news?' }]);
  });

  it('when the customer cancels, then it asks once more and shows the request cancelled', async () => {
    const { user } = setUp(requestsApi({ requests: [createRequestView()] }), `/requests/${REQUEST_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Cancel this request' }));
    await user.click(screen.getByRole('button', { name: 'Yes, cancel the request' }));
    await waitFor(() => expect(screen.getByText('Cancelled')).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Cancel this request' })).not.toBeInTheDocument();
  });

  it('when a request was extended and then rejected, then the reasons and the way to complain show', async () => {
    setUp(
      requestsApi({
        requests: [
          createRequestView({
            status: 'rejected',
            cancellable: false,
            extensionReason: 'We need to check with three systems.',
            outcomeReason: 'We must keep this data for the tax authority.',
            results: [{ kind: 'export', href: '/api/exports/x/download' }],
          }),
        ],
      }),
      `/requests/${REQUEST_ID}`,
    );
    expect(await screen.findByRole('heading', { name: 'The deadline was extended' })).toBeInTheDocument();
    expect(screen.getByText('Why: We need to check with three systems.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Your request was rejected' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'How to complain to Autoriteit Persoonsgegevens' })).toHaveAttribute('href', 'https://autoriteitpersoonsgegevens.nl/een-tip-of-klacht-doorgeven');
    expect(screen.getByRole('link', { name: 'Download the export' })).toHaveAttribute('href', '/api/exports/x/download');
  });
});
