import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionHandler } from '../../testing/mocks/handlers/auth';
import { publishNoticeApi } from '../../testing/mocks/handlers/privacy-notice';
import { apiError } from '../../testing/mocks/handlers/requests';
import { createSignedInStaff } from '../../testing/mocks/handlers/staff';
import { server } from '../../testing/mocks/server';
import { renderApp } from '../../testing/test-utils';

const PATH = '/staff/privacy-notice';
const TEXT_EN = 'Privacy notice\n\nWe name our new analytics vendor and keep your data for two years.';
const TEXT_NL = 'Privacyverklaring\n\nWij noemen onze nieuwe analyseleverancier.';

function setUp(api = publishNoticeApi()) {
  server.use(...api.handlers);
  return { api, ...renderApp(PATH) };
}

type TUser = ReturnType<typeof renderApp>['user'];

/** Fills the form as a privacy officer would; the long texts are pasted, as they usually are. */
async function fill(user: TUser, values: { version: string; date: string; textEn?: string; summaryEn?: string; textNl?: string; summaryNl?: string }) {
  await user.type(await screen.findByLabelText('Version id (required)'), values.version);
  await user.type(screen.getByLabelText('In force from (required)'), values.date);
  const paste = async (label: string, text: string | undefined) => {
    if (!text) return;
    await user.click(screen.getByLabelText(label));
    await user.paste(text);
  };
  await paste('Full text in English (required)', values.textEn);
  await paste('What changed, in English (required)', values.summaryEn);
  await paste('Full text in Dutch', values.textNl);
  await paste('What changed, in Dutch', values.summaryNl);
}

function versionRows() {
  const table = screen.getByRole('table', { name: 'Versions and changes' });
  return within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[0]?.textContent);
}

// "Today" in the operator's time zone decides which dates may be published; only Date is faked.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-03T10:00:00.000Z') });
  server.use(sessionHandler(createSignedInStaff('privacy-officer')));
});
afterEach(() => vi.useRealTimers());

describe('publishing a privacy notice version in the staff console', () => {
  it('when a privacy officer publishes a valid version and confirms, then exactly that is sent, the success is announced and the history shows it', async () => {
    const { api, user } = setUp();
    const staffNav = await screen.findByRole('navigation', { name: 'Staff console' });
    expect(within(staffNav).getByRole('link', { name: 'Privacy notice versions' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('heading', { level: 1, name: 'Privacy notice versions' })).toBeInTheDocument();
    await screen.findByRole('table', { name: 'Versions and changes' });
    expect(versionRows()).toEqual(['2027-01-15', '2026-12-01', '2018-05-06']);
    const readsBefore = api.reads;

    await fill(user, { version: '2027-02-01', date: '2027-02-01', textEn: TEXT_EN, summaryEn: 'Analytics vendor named.', textNl: TEXT_NL, summaryNl: 'Analyseleverancier genoemd.' });
    await user.click(screen.getByRole('button', { name: 'Publish…' }));
    const dialog = screen.getByRole('dialog', { name: 'Publish version 2027-02-01?' });
    expect(dialog).toHaveTextContent('Every active customer will be emailed about it');
    expect(api.published).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Publish and email every customer' }));

    expect(
      await screen.findByText('Version 2027-02-01 is published, in force from February 1, 2027. The announcement email to every customer is queued.'),
    ).toHaveAttribute('role', 'status');
    expect(api.published).toEqual([
      {
        version: '2027-02-01',
        effectiveDate: '2027-02-01',
        texts: { en: TEXT_EN, nl: TEXT_NL },
        summary: { en: 'Analytics vendor named.', nl: 'Analyseleverancier genoemd.' },
      },
    ]);
    await waitFor(() => expect(versionRows()).toEqual(['2027-02-01', '2027-01-15', '2026-12-01', '2018-05-06']));
    expect(api.reads).toBeGreaterThan(readsBefore);
    expect(screen.getByLabelText('Version id (required)')).toHaveValue('');
    expect(screen.getByLabelText('Full text in English (required)')).toHaveValue('');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  }, 15_000);

  it('when the default language’s text is empty, the version id is malformed or the date has passed, then each field says so and nothing is sent', async () => {
    const { api, user } = setUp();
    await fill(user, { version: 'new version!', date: '2026-12-02', summaryEn: 'Analytics vendor named.', textNl: TEXT_NL });

    await user.click(screen.getByRole('button', { name: 'Publish…' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    const version = screen.getByLabelText('Version id (required)');
    expect(version).toHaveAttribute('aria-invalid', 'true');
    expect(version).toHaveAccessibleDescription(expect.stringContaining('Use letters, digits, dots, hyphens and underscores only'));
    const date = screen.getByLabelText('In force from (required)');
    expect(date).toHaveAccessibleDescription(expect.stringContaining('The date must be today or later.'));
    const text = screen.getByLabelText('Full text in English (required)');
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveAccessibleDescription(expect.stringContaining('Enter the full text in English.'));
    expect(within(summary).getByRole('link', { name: 'Enter the full text in English.' })).toHaveAttribute('href', `#${text.id}`);
    expect(screen.getByLabelText('Full text in Dutch')).not.toHaveAttribute('aria-invalid');

    await user.click(text);
    await user.paste('Too short.');
    await user.click(screen.getByRole('button', { name: 'Publish…' }));
    expect(await screen.findByText('Write the text in English in at least 20 characters.', { selector: '.field__error' })).toBeInTheDocument();

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.published).toEqual([]);
  });

  it('when the server answers 409 because the id exists, then the translated message is shown and the typed input stays', async () => {
    const api = publishNoticeApi();
    api.refuseNext(409, apiError('conflict', 'Version 2027-01-15 exists already.'));
    const { user } = setUp(api);
    await fill(user, { version: '2027-01-15', date: '2027-01-15', textEn: TEXT_EN, summaryEn: 'Analytics vendor named.' });

    await user.click(screen.getByRole('button', { name: 'Publish…' }));
    await user.click(screen.getByRole('button', { name: 'Publish and email every customer' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('A version with this id exists already. Choose another id.');
    expect(api.published).toHaveLength(1);
    expect(screen.getByLabelText('Version id (required)')).toHaveValue('2027-01-15');
    expect(screen.getByLabelText('Full text in English (required)')).toHaveValue(TEXT_EN);
    expect(screen.getByLabelText('What changed, in English (required)')).toHaveValue('Analytics vendor named.');
    expect(screen.queryByText(/is published/)).not.toBeInTheDocument();
  });

  it('when a support agent signs in, then there is no link to it, and opening the address says the role cannot publish', async () => {
    server.use(sessionHandler(createSignedInStaff('support-agent')));
    setUp();
    const staffNav = await screen.findByRole('navigation', { name: 'Staff console' });

    expect(within(staffNav).queryByRole('link', { name: 'Privacy notice versions' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Privacy notice versions' })).toBeInTheDocument();
    expect(screen.getByText('Your role cannot publish privacy notice versions.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Version id (required)')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish…' })).not.toBeInTheDocument();
  });
});
