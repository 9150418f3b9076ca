import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPublicProfile } from '../../testing/data-generators';
import {
  apiError,
  consentApi,
  createConsentPreferences,
  createUsPreferences,
} from '../../testing/mocks/handlers/consent';
import { createSignedInCustomer, sessionHandler } from '../../testing/mocks/handlers/auth';
import { profileHandler } from '../../testing/mocks/handlers/operator';
import { server } from '../../testing/mocks/server';
import { renderApp } from '../../testing/test-utils';

function setBrowserGpc(value: boolean | undefined) {
  Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, value });
}

beforeEach(() => server.use(sessionHandler(createSignedInCustomer())));
afterEach(() => setBrowserGpc(undefined));

describe('consent page', () => {
  it('when it loads, then every purpose is a group of unticked channel checkboxes with its explanation', async () => {
    // Arrange
    const api = consentApi();
    server.use(...api.handlers);

    // Act
    renderApp('/consent');

    // Assert
    const newsletter = await screen.findByRole('group', { name: 'Newsletter' });
    const email = within(newsletter).getByRole('checkbox', { name: 'Email' });
    expect(email).not.toBeChecked();
    expect(
      within(newsletter).getByText('News and tips about hosting, about once a month.'),
    ).toBeInTheDocument();
    expect(newsletter).toHaveAccessibleDescription(
      /order and booking confirmations, invoices and account security alerts, continue/,
    );
    const promotions = screen.getByRole('group', { name: 'Promotions' });
    expect(
      within(promotions)
        .getAllByRole('checkbox')
        .map((c) => (c as HTMLInputElement).checked),
    ).toEqual([false, false]);
    expect(
      screen.getByText('Your choices are recorded with privacy notice version 2018-05-06.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('GPC signal honoured')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Your Privacy Choices' })).not.toBeInTheDocument();
  });

  it('when the customer ticks a channel, then it is ticked at once, recorded with the notice version and shows in the history', async () => {
    const api = consentApi();
    server.use(...api.handlers);
    const { user } = renderApp('/consent');
    const newsletter = await screen.findByRole('group', { name: 'Newsletter' });

    await user.click(within(newsletter).getByRole('checkbox', { name: 'Email' }));

    expect(within(newsletter).getByRole('checkbox', { name: 'Email' })).toBeChecked();
    await waitFor(() =>
      expect(api.calls).toContainEqual({
        method: 'PUT',
        path: '/api/consent/newsletter/email',
        body: { granted: true, noticeVersion: '2018-05-06', language: 'en' },
      }),
    );
    const history = await screen.findByRole('table', { name: 'History of your choices' });
    const row = await within(history).findByRole('row', {
      name: /Newsletter Email Given In this portal You/,
    });
    expect(row).toBeInTheDocument();
    // Passed on to the recipient system, with its status (pending until the job delivers it)
    expect(row).toHaveTextContent('Laposta: Pending');
  });

  it('when a toggle is clicked twice quickly, then the two changes reach the server in click order and it ends where the page does', async () => {
    const api = consentApi();
    const events: string[] = [];
    let first = true;
    server.use(
      // In front of the API: the first change is slow to answer, as on a busy server.
      http.put('/api/consent/:purpose/:channel', async ({ request }) => {
        const { granted } = (await request.clone().json()) as { granted: boolean };
        events.push(`sent ${granted ? 'give' : 'withdraw'}`);
        if (first) {
          first = false;
          await new Promise((resolve) => setTimeout(resolve, 300));
        }
        events.push(`answered ${granted ? 'give' : 'withdraw'}`);
        return undefined;
      }),
      ...api.handlers,
    );
    const { user } = renderApp('/consent');
    const newsletter = await screen.findByRole('group', { name: 'Newsletter' });
    const email = within(newsletter).getByRole('checkbox', { name: 'Email' });

    await user.click(email);
    await user.click(within(newsletter).getByRole('checkbox', { name: 'Email' }));

    await waitFor(() => expect(events).toHaveLength(4));
    expect(events).toEqual(['sent give', 'answered give', 'sent withdraw', 'answered withdraw']);
    await waitFor(() => expect(within(newsletter).getByRole('checkbox', { name: 'Email' })).not.toBeChecked());
    expect(api.calls.map((c) => (c.body as { granted: boolean }).granted)).toEqual([true, false]);
  });

  it('when the server refuses a change, then the checkbox goes back and the group says why', async () => {
    const api = consentApi();
    // The first matching handler answers: the refusal comes before the in-memory API.
    server.use(
      http.put('/api/consent/:purpose/:channel', () =>
        HttpResponse.json(apiError('forbidden'), { status: 403 }),
      ),
      ...api.handlers,
    );
    const { user } = renderApp('/consent');
    const promotions = await screen.findByRole('group', { name: 'Promotions' });

    await user.click(within(promotions).getByRole('checkbox', { name: 'Text message (SMS)' }));

    expect(await within(promotions).findByRole('alert')).toHaveTextContent(
      'Not saved: You are not allowed to do this.',
    );
    expect(
      within(promotions).getByRole('checkbox', { name: 'Text message (SMS)' }),
    ).not.toBeChecked();
  });

  it('when "withdraw all" is clicked twice, then every consent is withdrawn', async () => {
    const preferences = createConsentPreferences();
    const granted = {
      ...preferences,
      purposes: preferences.purposes.map((p) => ({
        ...p,
        channels: p.channels.map((c) => ({
          ...c,
          granted: true,
          changedAt: '2026-10-01T10:00:00.000Z',
          method: 'sign-up' as const,
        })),
      })),
    };
    const api = consentApi(granted);
    server.use(...api.handlers);
    const { user } = renderApp('/consent');
    const button = await screen.findByRole('button', { name: 'Withdraw all consents' });

    await user.click(button);
    expect(api.calls).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Click again to withdraw all consents' }));

    expect(await screen.findByText('All consents withdrawn (3).')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getAllByRole('checkbox').every((c) => !(c as HTMLInputElement).checked)).toBe(
        true,
      ),
    );
    expect(api.calls).toEqual([
      {
        method: 'POST',
        path: '/api/consent/withdraw-all',
        body: { noticeVersion: '2018-05-06', language: 'en' },
      },
    ]);
  });

  it('when the server honoured the GPC header, then the page says "GPC signal honoured"', async () => {
    const api = consentApi(
      createUsPreferences({
        gpc: { applicable: true, signal: true, honoured: true },
      }),
    );
    server.use(...api.handlers);

    renderApp('/consent');

    expect(await screen.findByText('GPC signal honoured')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Your Privacy Choices' })).toBeInTheDocument();
  });

  it('when only navigator.globalPrivacyControl is on, then the page passes the signal on once and shows it honoured', async () => {
    setBrowserGpc(true);
    const api = consentApi(createUsPreferences());
    server.use(...api.handlers);

    renderApp('/consent');

    expect(await screen.findByText('GPC signal honoured')).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'Do Not Sell or Share My Personal Information' }),
    ).toBeChecked();
    expect(api.calls.filter((c) => c.path === '/api/consent/gpc')).toHaveLength(1);
  });

  it('when opting back in to sale or sharing with GPC on, then it asks first and sends the confirmation', async () => {
    const us = createUsPreferences({ gpc: { applicable: true, signal: true, honoured: true } });
    const api = consentApi({
      ...us,
      privacyChoices: us.privacyChoices && {
        ...us.privacyChoices,
        choices: us.privacyChoices.choices.map((c) =>
          c.id === 'sale-or-sharing' ? { ...c, optedOut: true, method: 'gpc' as const } : c,
        ),
      },
    });
    server.use(...api.handlers);
    const { user } = renderApp('/consent');

    await user.click(
      await screen.findByRole('checkbox', { name: 'Do Not Sell or Share My Personal Information' }),
    );
    const question = await screen.findByRole('group', {
      name: /Do you want to allow sale and sharing anyway/,
    });
    await user.click(within(question).getByRole('button', { name: 'Yes, allow sale and sharing' }));

    await waitFor(() =>
      expect(
        api.calls
          .filter((c) => c.path === '/api/privacy-choices/sale-or-sharing')
          .map((c) => c.body),
      ).toEqual([
        { optedOut: false, noticeVersion: '2018-05-06', language: 'en' },
        { optedOut: false, noticeVersion: '2018-05-06', confirmOverrideGpc: true, language: 'en' },
      ]),
    );
  });

  it('when the page is in Vietnamese, then its words and the receipt downloads are Vietnamese', async () => {
    localStorage.setItem('custodia.language', 'vi');
    server.use(
      profileHandler(
        createPublicProfile({
          locale: {
            defaultLanguage: 'vi',
            languages: ['vi', 'en'],
            country: 'VN',
            timeZone: 'Asia/Ho_Chi_Minh',
            currency: 'VND',
          },
        }),
      ),
      ...consentApi(createConsentPreferences({ language: 'vi' })).handlers,
    );

    renderApp('/consent');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sự đồng ý và lựa chọn của bạn' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('button', { name: 'Rút lại tất cả sự đồng ý' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tải biên nhận (dạng dễ đọc)' })).toHaveAttribute(
      'href',
      '/api/consent/receipt.html?language=vi',
    );
    expect(screen.getByRole('link', { name: 'Tải biên nhận (JSON có chữ ký)' })).toHaveAttribute(
      'href',
      '/api/consent/receipt?language=vi',
    );
  });
});
