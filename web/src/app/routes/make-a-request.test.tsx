import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createPublicProfile } from '../../testing/data-generators';
import { profileHandler } from '../../testing/mocks/handlers/operator';
import { publicRequestsApi, RIGHT_CODE } from '../../testing/mocks/handlers/requests';
import { server } from '../../testing/mocks/server';
import { renderApp } from '../../testing/test-utils';

const COOPT = createPublicProfile({
  id: 'coopt',
  locale: { defaultLanguage: 'en', languages: ['en'], country: 'US', timeZone: 'America/Los_Angeles', currency: 'USD' },
  requestTypes: ['access', 'access-categories', 'erasure', 'rectification', 'unauthorized-account', 'child-data'],
  rights: ['access', 'know-categories', 'erasure', 'rectification', 'opt-out-sale-sharing', 'limit-sensitive', 'non-discrimination'],
});

function setUp(api = publicRequestsApi(), path = '/make-a-request') {
  server.use(...api.handlers);
  return { api, ...renderApp(path) };
}

async function fillStart(user: ReturnType<typeof renderApp>['user']) {
  await user.selectOptions(await screen.findByLabelText('What do you want to ask?'), 'erasure');
  await user.type(screen.getByLabelText('Email address'), 'pat@example.com');
  await user.type(screen.getByLabelText('Full name'), 'Pat Doe');
  await user.type(screen.getByLabelText('Postal code'), '94110');
  await user.type(screen.getByLabelText('Tell us what you are asking for'), 'Please delete everything you hold about me.');
}

describe('a request without an account', () => {
  it('when the sign-in page opens, then it links to the public request page', async () => {
    const { user } = renderApp('/sign-in');
    await user.click(await screen.findByRole('link', { name: "Can't sign in? Make a request without an account" }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Make a request without an account' })).toBeInTheDocument();
  });

  it('when too few data points are given, then nothing is sent and the field says how many', async () => {
    const { api, user } = setUp();
    await user.type(await screen.findByLabelText('Email address'), 'pat@example.com');
    await user.type(screen.getByLabelText('Full name'), 'Pat Doe');
    await user.type(screen.getByLabelText('Tell us what you are asking for'), 'Please delete everything.');
    await user.click(screen.getByRole('button', { name: 'Send me a code' }));
    expect(await screen.findAllByText('Fill in at least 2 of these.')).toHaveLength(2);
    expect(api.started).toEqual([]);
  });

  it('when the visitor starts, enters a wrong code and then the right one, then the confirmation shows the reference and due date, and an ID document can be added', async () => {
    server.use(profileHandler(COOPT));
    const { api, user } = setUp();
    await fillStart(user);
    await user.click(screen.getByRole('button', { name: 'Send me a code' }));

    const heading = await screen.findByRole('heading', { level: 2, name: 'Enter the code' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText('If we hold pat@example.com, we sent a 6-digit code there. It is valid for 15 minutes.')).toBeInTheDocument();
    expect(api.started).toEqual([
      { type: 'erasure', email: 'pat@example.com', dataPoints: { fullName: 'Pat Doe', postalCode: '94110' }, details: 'Please delete everything you hold about me.', language: 'en' },
    ]);

    await user.type(screen.getByLabelText('Code'), '000000');
    await user.click(screen.getByRole('button', { name: 'Confirm the request' }));
    expect(await screen.findAllByText('That code is not right. Check the email and try again.')).not.toHaveLength(0);

    await user.clear(screen.getByLabelText('Code'));
    await user.type(screen.getByLabelText('Code'), RIGHT_CODE);
    await user.click(screen.getByRole('button', { name: 'Confirm the request' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Request received' })).toBeInTheDocument();
    expect(screen.getByText('Your reference: REQ-2026-000077')).toBeInTheDocument();
    expect(screen.getByText('We answer by December 18, 2026.')).toBeInTheDocument();
    expect(api.codes).toEqual(['000000', RIGHT_CODE]);

    const upload = screen.getByRole('heading', { level: 2, name: 'Add an ID document (only if we ask)' }).parentElement as HTMLElement;
    expect(within(upload).getByText('your national identification number (in the Netherlands: the BSN)')).toBeInTheDocument();
    expect(within(upload).getByText('the machine-readable lines at the bottom (MRZ)')).toBeInTheDocument();
    await user.upload(within(upload).getByLabelText('ID document'), new File(['%PDF-1.4 masked'], 'id.pdf', { type: 'application/pdf' }));
    await user.click(within(upload).getByRole('button', { name: 'Upload the document' }));
    expect(await screen.findByText('Received. We delete it by December 3, 2026 at the latest.')).toBeInTheDocument();
    expect(api.uploads).toEqual([{ fileName: 'id.pdf', contentType: 'application/pdf', bytes: 15 }]);
  }, 15_000);

  it('when the code has expired, then the page says so and offers to start again', async () => {
    const api = publicRequestsApi();
    const { user } = setUp(api);
    await fillStart(user);
    await user.click(screen.getByRole('button', { name: 'Send me a code' }));
    api.expire();
    await user.type(await screen.findByLabelText('Code'), RIGHT_CODE);
    await user.click(screen.getByRole('button', { name: 'Confirm the request' }));
    expect(await screen.findByText('The code has expired. Start again to get a new one.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(await screen.findByRole('button', { name: 'Send me a code' })).toBeInTheDocument();
  });

  it('when coopt asks for the specific pieces, then 3 data points and the signed declaration are required and sent', async () => {
    server.use(profileHandler(COOPT));
    const { api, user } = setUp();
    await fillStart(user);
    await user.click(screen.getByLabelText('I want the specific pieces of information, not only the categories'));
    await user.click(screen.getByRole('button', { name: 'Send me a code' }));
    expect(await screen.findAllByText('Fill in at least 3 of these.')).toHaveLength(2);
    expect(screen.getAllByText('Sign with your full name.')).toHaveLength(2);
    expect(screen.getAllByText('Confirm the declaration.')).toHaveLength(2);

    await user.type(screen.getByLabelText('Phone number'), '+1 415 555 0100');
    await user.type(screen.getByLabelText('Your full name as signature'), 'Pat Doe');
    await user.click(screen.getByLabelText('I declare under penalty of perjury that I am the person whose information I ask for.'));
    await user.click(screen.getByLabelText('I am an authorized agent acting for someone else'));
    await user.type(screen.getByLabelText('Your name (the agent)'), 'Alex Agent');
    await user.type(screen.getByLabelText('Your email (the agent)'), 'alex@agents.example');
    await user.type(screen.getByLabelText('The permission the person signed'), 'Signed permission of Pat Doe dated 1 Nov 2026.');
    await user.click(screen.getByRole('button', { name: 'Send me a code' }));

    await screen.findByRole('heading', { level: 2, name: 'Enter the code' });
    expect(api.started).toEqual([
      expect.objectContaining({
        dataPoints: { fullName: 'Pat Doe', phone: '+1 415 555 0100', postalCode: '94110' },
        specificPieces: true,
        declaration: { signedName: 'Pat Doe', accepted: true },
        agent: { name: 'Alex Agent', email: 'alex@agents.example', permission: 'Signed permission of Pat Doe dated 1 Nov 2026.' },
      }),
    ]);
  });
});

describe('the request metrics', () => {
  it('when coopt publishes metrics, then the footer links to them and the table shows each type', async () => {
    server.use(profileHandler(COOPT));
    const { user } = setUp(publicRequestsApi());
    await user.click(await screen.findByRole('link', { name: 'Request metrics' }));
    const table = await screen.findByRole('table', { name: 'Requests in 2025' });
    const row = within(table).getByRole('row', { name: /A copy of my data/ });
    expect(row).toHaveTextContent('120');
    expect(row).toHaveTextContent('14.5');
    expect(within(table).getByRole('row', { name: /Delete my data/ })).toHaveTextContent('Not available');
  });

  it('when the operator publishes none, then the page says so', async () => {
    setUp(publicRequestsApi({ metrics: 'none' }), '/request-metrics');
    expect(await screen.findByText('Cocomo Webbeheer does not publish request metrics.')).toBeInTheDocument();
  });
});
