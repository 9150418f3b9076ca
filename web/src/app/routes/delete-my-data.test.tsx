import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSignedInCustomer, sessionHandler } from '../../testing/mocks/handlers/auth';
import { createErasureRequestView, erasureApi } from '../../testing/mocks/handlers/erasure';
import { apiError, stepUpHandler } from '../../testing/mocks/handlers/exports';
import { server } from '../../testing/mocks/server';
import { renderApp } from '../../testing/test-utils';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function setUp(api = erasureApi(), path = '/delete-my-data') {
  server.use(stepUpHandler(), ...api.handlers);
  return { api, ...renderApp(path) };
}

beforeEach(() => server.use(sessionHandler(createSignedInCustomer())));

describe('delete my data: the preview', () => {
  it('when the page opens, then each system’s categories say what happens: deleted, anonymised, or kept with the law and each purge day', async () => {
    setUp();
    await screen.findByRole('heading', { level: 2, name: 'What happens to your data' });
    expect(screen.getByRole('heading', { level: 3, name: 'Held in: Customer panel' })).toBeInTheDocument();
    const invoices = screen.getByRole('row', { name: /Invoices/ });
    expect(within(invoices).getByText('Kept')).toBeInTheDocument();
    expect(within(invoices).getByText('Kept because: We must keep invoices for 7 years for the tax authority. (AWR art. 52 lid 4)')).toBeInTheDocument();
    expect(within(invoices).getByText(/Deleted between March 1, 2031 and August 16, 2033/)).toBeInTheDocument();
    expect(within(invoices).getByText('Record of August 16, 2026: deleted on August 16, 2033')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Website visits/ })).getByText('Anonymised: only Page, Time on page stay, without any link to you')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Orders/ })).getByText('Deleted')).toBeInTheDocument();
    expect(screen.getByText(/cannot be reached right now/)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Delete my data' })).toHaveAttribute('aria-current', 'page');
  });
});

describe('delete my data: requesting', () => {
  it('when the whole account is chosen and confirmed, then the confirmation names the day and what is kept, one request goes with a fresh key, and the status and banner show', async () => {
    const { api, user } = setUp();
    await user.click(await screen.findByRole('button', { name: 'Continue' }));

    const confirm = await screen.findByRole('heading', { level: 2, name: 'Confirm the deletion' });
    await waitFor(() => expect(confirm).toHaveFocus());
    expect(screen.getByText(/On November 16, 2026 we delete your account and all your personal data/)).toBeInTheDocument();
    expect(screen.getByText('Kept until the law allows us to delete it: Invoices until August 16, 2033.')).toBeInTheDocument();
    expect(api.created).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Delete my data on November 16, 2026' }));

    const status = await screen.findByRole('heading', { level: 2, name: 'Deletion scheduled' });
    await waitFor(() => expect(status).toHaveFocus());
    expect(api.created).toEqual([{ idempotencyKey: expect.stringMatching(UUID), body: { scope: 'account' } }]);
    const banner = screen.getByRole('region', { name: 'Delete my data' });
    expect(within(banner).getByText(/Your account and personal data will be deleted on November 16, 2026/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
  });

  it('when only some kinds of data are chosen, then at least one is needed, and only erasable-alone categories are offered', async () => {
    const { api, user } = setUp();
    await user.click(await screen.findByRole('radio', { name: 'Only some kinds of data' }));
    const group = screen.getByRole('group', { name: 'Kinds of data to delete' });
    expect(within(group).getAllByRole('checkbox').map((box) => box.getAttribute('id')?.split('-c-')[1])).toEqual(['orders', 'website-visits', 'newsletter-subscription']);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(within(group).getByRole('alert')).toHaveTextContent('Choose at least one kind of data.');

    await user.click(within(group).getByRole('checkbox', { name: 'Orders' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('On November 16, 2026 we delete: Orders. Your account stays.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete my data on November 16, 2026' }));
    await screen.findByRole('heading', { level: 2, name: 'Deletion scheduled' });
    expect(api.created.map((c) => c.body)).toEqual([{ scope: 'categories', categories: ['orders'] }]);
  });

  it('when the server asks to confirm it is you, then the dialog opens and the request is repeated with the same key', async () => {
    const api = erasureApi();
    api.refuseNextCreate(401, apiError('step_up_required', 'Confirm it is you.'));
    const { user } = setUp(api);
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Delete my data on November 16, 2026' }));

    const dialog = await screen.findByRole('dialog', { name: 'Confirm it is you' });
    await user.type(within(dialog).getByLabelText('Password'), 'correct horse battery');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    await screen.findByRole('heading', { level: 2, name: 'Deletion scheduled' });
    expect(api.created).toHaveLength(2);
    expect(api.created[1]?.idempotencyKey).toBe(api.created[0]?.idempotencyKey);
  });

  it('when staff acting for the customer try it, then the page says only the customer can', async () => {
    const api = erasureApi();
    api.refuseNextCreate(403, apiError('forbidden', 'Not while impersonating.'));
    const { user } = setUp(api);
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Delete my data on November 16, 2026' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Only the customer can do this.');
  });
});

describe('the grace banner', () => {
  it('when an erasure is scheduled, then every page shows the date with a one-click cancel, and cancelling says nothing was deleted', async () => {
    const api = erasureApi({ requests: [createErasureRequestView()] });
    const { user } = setUp(api, '/');
    const banner = await screen.findByRole('region', { name: 'Delete my data' });
    expect(within(banner).getByText('Your account and personal data will be deleted on November 16, 2026 at 9:00 AM.', { exact: false })).toBeInTheDocument();

    await user.click(within(banner).getByRole('button', { name: 'Cancel the deletion' }));

    expect(await screen.findByText('The deletion is cancelled. Nothing was deleted.')).toBeInTheDocument();
    expect(api.cancelled).toEqual(['e1b2c3d4-0000-4000-8000-000000000001']);
    expect(screen.queryByRole('button', { name: 'Cancel the deletion' })).not.toBeInTheDocument();
  });

  it('when nobody is signed in, then there is no banner and no request for it', async () => {
    server.use(sessionHandler());
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'Delete my data' })).not.toBeInTheDocument();
  });
});

describe('after the erasure', () => {
  it('when a per-category erasure completed, then each system’s receipt and the certificate show, with a link to check it', async () => {
    const certificate = 'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ4In0.c2ln';
    const done = createErasureRequestView({
      scope: 'categories',
      categories: ['orders'],
      status: 'completed',
      startedAt: '2026-11-16T09:00:00.000Z',
      completedAt: '2026-11-16T09:01:00.000Z',
      certificate,
      steps: [
        {
          system: 'own-tables',
          name: 'Customer panel',
          status: 'done',
          categories: ['orders'],
          receipt: { confirmation: 'synchronous', confirmedAt: '2026-11-16T09:00:30.000Z', reference: null, erasedRecords: 12, anonymisedRecords: 0, kept: [] },
          signedReceipt: 'eyJ.receipt.sig',
        },
      ],
    });
    setUp(erasureApi({ requests: [done] }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Your data has been deleted' })).toBeInTheDocument();
    expect(screen.getByText('Records deleted: 12')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Erasure certificate' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Check the certificate' })).toHaveAttribute('href', `/erasure-certificate#${certificate}`);
    // The account stays, so a new request can be made.
    expect(await screen.findByRole('button', { name: 'Continue' })).toBeInTheDocument();
  });

  it('when the certificate page opens with a certificate, then the server checks it and the page says it is genuine and what it states', async () => {
    server.use(sessionHandler());
    const api = erasureApi({
      verify: {
        valid: true,
        certificate: {
          reference: 'e1b2c3d4-0000-4000-8000-000000000001',
          issuer: 'http://localhost:3000',
          issuedAt: '2026-11-16T09:01:00.000Z',
          scope: 'account',
          categories: ['account', 'invoices'],
          systems: [{ system: 'own-tables', outcome: 'erased-with-holds', receipt: 'a'.repeat(64) }],
          kept: [{ category: 'invoices', holdId: 'fiscal-retention', purgeUntil: '2033-08-16' }],
          completedAt: '2026-11-16T09:01:00.000Z',
          keyId: 'key-1',
        },
      },
    });
    setUp(api, '/erasure-certificate#eyJhbGciOiJFZERTQSJ9.eyJ4Ijoi.c2ln');
    expect(await screen.findByText('This certificate is genuine: it was signed by this portal and has not been changed.')).toBeInTheDocument();
    expect(screen.getByText('invoices until August 16, 2033')).toBeInTheDocument();
    expect(api.verified).toEqual(['eyJhbGciOiJFZERTQSJ9.eyJ4Ijoi.c2ln']);
  });

  it('when a pasted certificate does not verify, then the page says so', async () => {
    server.use(sessionHandler());
    const { user } = setUp(erasureApi(), '/erasure-certificate');
    await user.click(await screen.findByRole('button', { name: 'Check' }));
    expect(screen.getByText('Paste a certificate first.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Certificate'), 'eyJ.not.valid');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText('This is not a valid certificate of this portal, or it was changed.')).toBeInTheDocument();
  });
});

describe('restricting processing instead', () => {
  it('when the customer restricts and lifts it, then the page says so and names a system that did not confirm', async () => {
    const { user } = setUp();
    await user.click(await screen.findByRole('button', { name: 'Restrict processing of my data' }));
    expect(await screen.findByText(/Processing of your data is restricted since November 2, 2026/)).toBeInTheDocument();
    expect(screen.getByText('Newsletter service has not confirmed yet. Try again in a while.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lift the restriction' }));
    expect(await screen.findByText('The restriction is lifted: your data is used again as before.')).toBeInTheDocument();
  });
});
