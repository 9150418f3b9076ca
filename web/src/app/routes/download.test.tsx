import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSignedInCustomer, sessionHandler } from '../../testing/mocks/handlers/auth';
import {
  apiError,
  CATEGORY_IDS,
  categoriesOnlyHandler,
  createExportView,
  exportsApi,
  stepUpHandler,
} from '../../testing/mocks/handlers/exports';
import { server } from '../../testing/mocks/server';
import { renderApp } from '../../testing/test-utils';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const READY = createExportView({
  id: 'a1b2c3d4-0000-4000-8000-000000000002',
  status: 'ready',
  progress: { categoriesDone: 3, categoriesTotal: 3, recordsWritten: 1204, percent: 100 },
  completedAt: '2026-11-02T09:05:00.000Z',
  expiresAt: '2026-11-09T09:05:00.000Z',
  fileSize: 1_550_000,
});

function setUp(exports = exportsApi()) {
  server.use(categoriesOnlyHandler(), stepUpHandler(), ...exports.handlers);
  return { api: exports, ...renderApp('/download') };
}

beforeEach(() => server.use(sessionHandler(createSignedInCustomer())));
afterEach(() => vi.useRealTimers());

describe('download page: requesting an export', () => {
  it('when the default form is sent, then every category and format is asked for with a fresh Idempotency-Key and focus moves to the progress', async () => {
    const { api, user } = setUp();

    const categories = await screen.findByRole('group', { name: 'Categories' });
    expect(within(categories).getAllByRole('checkbox').map((box) => (box as HTMLInputElement).checked)).toEqual([true, true, true]);
    expect(screen.getByRole('checkbox', { name: 'JSON (always included)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'JSON (always included)' })).toBeDisabled();
    expect(screen.getByText(/manifest \(manifest.json\) that lists every file with its SHA-256 checksum/)).toBeInTheDocument();
    expect(screen.getByText(/You can download it for 7 days/)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Download my data' })).toHaveAttribute('aria-current', 'page');

    await user.click(screen.getByRole('button', { name: 'Prepare my download' }));

    const heading = await screen.findByRole('heading', { level: 2, name: 'Preparing your data…' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(api.created).toEqual([{ idempotencyKey: expect.stringMatching(UUID), body: { categories: [...CATEGORY_IDS], formats: ['json', 'csv', 'html'] } }]);
    expect(screen.getByRole('progressbar', { name: 'Preparing your data…' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Prepare my download' })).not.toBeInTheDocument();
  });

  it('when the start date is after the end date, then the field says so, is described by the message, and nothing is sent', async () => {
    const { api, user } = setUp();
    await screen.findByRole('group', { name: 'Categories' });

    await user.type(screen.getByLabelText('From'), '2026-06-01');
    await user.type(screen.getByLabelText('Up to and including'), '2026-05-01');
    await user.click(screen.getByRole('button', { name: 'Prepare my download' }));

    const from = screen.getByLabelText('From');
    expect(from).toHaveAccessibleDescription(/The start date must be on or before the end date\./);
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('The start date must be on or before the end date.');
    expect(api.created).toEqual([]);
  });

  it('when no category is chosen, then the group says at least one is needed and nothing is sent', async () => {
    const { api, user } = setUp();
    const categories = await screen.findByRole('group', { name: 'Categories' });

    await user.click(within(categories).getByRole('button', { name: 'Select none' }));
    await user.click(screen.getByRole('checkbox', { name: 'CSV tables' }));
    await user.click(screen.getByRole('button', { name: 'Prepare my download' }));

    expect(categories).toHaveAccessibleDescription(/Choose at least one category\./);
    expect(api.created).toEqual([]);

    await user.click(within(categories).getByRole('button', { name: 'Select all' }));
    await user.click(within(categories).getByRole('checkbox', { name: 'Orders' }));
    await user.click(screen.getByRole('button', { name: 'Prepare my download' }));
    await screen.findByRole('progressbar');
    expect(api.created.map((call) => call.body)).toEqual([{ categories: ['account', 'newsletter'], formats: ['json', 'html'] }]);
  });

  it('when an export is already being prepared, then the server’s refusal is explained and its progress is shown', async () => {
    const api = exportsApi();
    api.refuseNextCreate(409, apiError('conflict', 'An export is already being prepared.'), () =>
      api.add(createExportView({ status: 'running', progress: { categoriesDone: 1, categoriesTotal: 3, recordsWritten: 40, percent: 33 } })),
    );
    const { user } = setUp(api);

    await user.click(await screen.findByRole('button', { name: 'Prepare my download' }));

    expect(await screen.findByText('Your data is already being prepared. You can request a new download when it is ready.')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Preparing your data…' })).toHaveAttribute('value', '33');
    expect(screen.queryByRole('button', { name: 'Prepare my download' })).not.toBeInTheDocument();
  });

  it('when the server asks to confirm it is you, then the dialog opens and the request is repeated with the same Idempotency-Key', async () => {
    const api = exportsApi();
    api.refuseNextCreate(401, apiError('step_up_required', 'Confirm it is you.'));
    const { user } = setUp(api);

    await user.click(await screen.findByRole('button', { name: 'Prepare my download' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm it is you' });
    await user.type(within(dialog).getByLabelText('Password'), 'correct horse battery');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Preparing your data…' })).toBeInTheDocument();
    expect(api.created).toHaveLength(2);
    expect(api.created[1]?.idempotencyKey).toBe(api.created[0]?.idempotencyKey);
    expect(api.created[0]?.idempotencyKey).toMatch(UUID);
  });

  it('when staff acting for the customer try it, then the page says only the customer can', async () => {
    const api = exportsApi();
    api.refuseNextCreate(403, apiError('forbidden', 'Not while impersonating.'));
    const { user } = setUp(api);

    await user.click(await screen.findByRole('button', { name: 'Prepare my download' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only the customer can do this. Staff helping a customer cannot request or download the customer’s data.',
    );
  });
});

describe('download page: progress and the file', () => {
  it('when an export is being prepared, then the bar follows each poll and the Download button appears when it is ready', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const running = createExportView({ status: 'running', progress: { categoriesDone: 1, categoriesTotal: 4, recordsWritten: 120, percent: 25 } });
    const api = exportsApi([running]);
    setUp(api);

    const bar = await screen.findByRole('progressbar', { name: 'Preparing your data…' });
    expect(bar).toHaveAttribute('value', '25');
    expect(screen.getByText('Categories done: 1 of 4')).toBeInTheDocument();
    expect(screen.getByText('Records written: 120')).toBeInTheDocument();
    expect(screen.getByText('Preparing your data: 1 of 4 categories done.')).toHaveAttribute('aria-live', 'polite');
    expect(screen.queryByRole('button', { name: 'Prepare my download' })).not.toBeInTheDocument();

    api.update(running.id, { progress: { categoriesDone: 3, categoriesTotal: 4, recordsWritten: 4560, percent: 75 } });
    await vi.advanceTimersByTimeAsync(2000);
    await waitFor(() => expect(bar).toHaveAttribute('value', '75'));
    expect(screen.getByText('Categories done: 3 of 4')).toBeInTheDocument();
    expect(screen.getByText('Records written: 4,560')).toBeInTheDocument();

    api.update(running.id, {
      status: 'ready',
      progress: { categoriesDone: 4, categoriesTotal: 4, recordsWritten: 5000, percent: 100 },
      completedAt: '2026-11-02T09:05:00.000Z',
      expiresAt: '2026-11-09T09:05:00.000Z',
      fileSize: 1_550_000,
    });
    await vi.advanceTimersByTimeAsync(2000);

    expect(await screen.findByRole('heading', { level: 2, name: 'Your data is ready' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download' })).toBeInTheDocument();
    expect(screen.getByText('Size: 1.6 MB')).toBeInTheDocument();
    expect(screen.getByText(/^Available until November 9, 2026/)).toBeInTheDocument();
    expect(screen.getByText('Your data is ready to download.')).toHaveAttribute('aria-live', 'polite');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    // Finished: the form is back for a new request, and polling has stopped.
    expect(await screen.findByRole('button', { name: 'Prepare my download' })).toBeInTheDocument();
  });

  it('when Download is pressed, then a link is asked for and the browser is sent to its URL', async () => {
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.href);
    });
    const { api, user } = setUp(exportsApi([READY]));

    await user.click(await screen.findByRole('button', { name: 'Download' }));

    await waitFor(() => expect(clicked).toEqual([`${window.location.origin}/api/exports/${READY.id}/download?token=ticket-1`]));
    expect(api.linkRequests).toEqual([READY.id]);
  });

  it('when the file has expired meanwhile, then Download says so and offers to request a new export with the same choices', async () => {
    const api = exportsApi([READY]);
    api.refuseNextLink(410, apiError('gone', 'The file was deleted.'));
    const { user } = setUp(api);

    await user.click(await screen.findByRole('button', { name: 'Download' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This download has expired and the file was deleted.');
    await user.click(screen.getByRole('button', { name: 'Request a new export' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Preparing your data…' })).toBeInTheDocument();
    expect(api.created).toEqual([{ idempotencyKey: expect.stringMatching(UUID), body: { categories: [...CATEGORY_IDS], formats: ['json', 'csv', 'html'] } }]);
  });

  it('when an earlier export has expired, then the history says so and offers "Request a new export"', async () => {
    const expired = createExportView({
      id: 'a1b2c3d4-0000-4000-8000-000000000003',
      status: 'expired',
      categories: ['orders'],
      dateRange: { from: '2025-01-01', to: null },
      createdAt: '2026-10-01T09:00:00.000Z',
      expiresAt: '2026-10-08T09:05:00.000Z',
    });
    const { api, user } = setUp(exportsApi([READY, expired]));

    const history = await screen.findByRole('region', { name: 'Earlier downloads' });
    expect(within(history).getByText('Status: Expired')).toBeInTheDocument();
    expect(within(history).getByText('Expired on Oct 8, 2026: the file was deleted.')).toBeInTheDocument();
    expect(within(history).getByText('Period: from Jan 1, 2025')).toBeInTheDocument();
    await user.click(within(history).getByRole('button', { name: 'Request a new export' }));

    await waitFor(() => expect(api.created.map((call) => call.body)).toEqual([{ categories: ['orders'], from: '2025-01-01', formats: ['json', 'csv', 'html'] }]));
  });

  it('when the newest export failed, then "Try again" requests a new export with its choices, repeating an unanswered attempt with its key', async () => {
    const failed = createExportView({ status: 'failed', failure: 'system-unavailable' });
    const api = exportsApi([failed]);
    api.refuseNextCreate(503, apiError('unavailable', 'Try later.'));
    const { user } = setUp(api);

    expect(await screen.findByRole('heading', { level: 2, name: 'We could not prepare your data' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not requested: The portal is temporarily unavailable.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Preparing your data…' })).toBeInTheDocument();
    expect(api.created).toHaveLength(2);
    expect(api.created[0]?.idempotencyKey).toMatch(UUID);
    expect(api.created[1]).toEqual(api.created[0]);
    expect(api.created[0]?.body).toEqual({ categories: [...CATEGORY_IDS], formats: ['json', 'csv', 'html'] });
  });

  it('when a request was refused, then the next submission is a new one with a new key', async () => {
    const api = exportsApi();
    api.refuseNextCreate(422, apiError('unprocessable', 'Key reused with another body.'));
    const { user } = setUp(api);

    await user.click(await screen.findByRole('button', { name: 'Prepare my download' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This request did not match your earlier attempt.');
    await user.click(screen.getByRole('button', { name: 'Prepare my download' }));

    await screen.findByRole('progressbar');
    expect(api.created).toHaveLength(2);
    expect(api.created[1]?.idempotencyKey).not.toBe(api.created[0]?.idempotencyKey);
  });
});
