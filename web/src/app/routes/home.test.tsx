import { screen, waitFor, within } from '@testing-library/react';
import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createPublicProfile } from '../../testing/data-generators';
import {
  PROFILE_URL,
  profileErrorHandler,
  profileHandler,
} from '../../testing/mocks/handlers/operator';
import { server } from '../../testing/mocks/server';
import { renderApp } from '../../testing/test-utils';

describe('home page', () => {
  it("when the profile loads, then it shows the operator's name, privacy contact, authority and rights", async () => {
    // Arrange: the default handler answers with createPublicProfile()

    // Act
    renderApp('/');

    // Assert
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cocomo Webbeheer' }),
    ).toBeInTheDocument();
    const main = screen.getByRole('main');
    const contact = within(main).getByRole('region', { name: 'Privacy contact' });
    expect(within(contact).getByRole('link', { name: 'privacy@cocomo.example' })).toHaveAttribute(
      'href',
      'mailto:privacy@cocomo.example',
    );
    expect(within(contact).getByRole('link', { name: 'fg@cocomo.example' })).toBeInTheDocument();
    expect(within(contact).getByText('Stationsplein 12')).toBeInTheDocument();
    expect(within(contact).getByText('3511 ED Utrecht')).toBeInTheDocument();
    expect(within(contact).getByText('Netherlands')).toBeInTheDocument();
    const authority = within(main).getByRole('region', { name: 'Supervisory authority' });
    expect(
      within(authority).getByRole('link', { name: 'Autoriteit Persoonsgegevens' }),
    ).toHaveAttribute('href', 'https://autoriteitpersoonsgegevens.nl');
    const rights = within(main).getByRole('region', { name: 'Your rights' });
    expect(within(rights).getAllByRole('listitem')).toHaveLength(4);
    expect(within(rights).getByText('Right to erasure')).toBeInTheDocument();
    expect(
      screen.getByText('Privacy notice version 2018-05, in effect since May 6, 2018.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Privacy portal · Cocomo Webbeheer'));
  });

  it('when the profile loads, then its theme colours become CSS custom properties on <html>', async () => {
    renderApp('/');

    await screen.findByRole('heading', { level: 1, name: 'Cocomo Webbeheer' });

    const style = document.documentElement.style;
    await waitFor(() => expect(style.getPropertyValue('--color-primary')).toBe('#0b5394'));
    expect(style.getPropertyValue('--color-on-primary')).toBe('#ffffff');
    expect(style.getPropertyValue('--color-accent')).toBe('#f1c232');
  });

  it('when the profile is still loading, then the page says so and is marked busy', async () => {
    server.use(
      http.get(PROFILE_URL, async () => {
        await delay('infinite');
      }),
    );

    renderApp('/');

    const label = await screen.findByText('Loading the privacy portal…');
    expect(label.closest('[role="status"]')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
  });

  it('when the profile fails to load, then the error is shown and "Try again" loads it', async () => {
    // Arrange
    server.use(profileErrorHandler({ code: 'unavailable', requestId: 'req-42' }));
    const { user } = renderApp('/');

    // Act
    const alert = await screen.findByRole('alert');

    // Assert
    expect(
      within(alert).getByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent(
      'The portal is temporarily unavailable. Please try again in a moment.',
    );
    expect(alert).toHaveTextContent('Reference: req-42');

    server.use(profileHandler());
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cocomo Webbeheer' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('when the visitor picks Nederlands, then the page, <html lang> and title switch to Dutch and the choice is kept', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Cocomo Webbeheer' });
    expect(document.documentElement.lang).toBe('en');

    await user.click(screen.getByRole('button', { name: 'Nederlands' }));

    expect(await screen.findByRole('region', { name: 'Uw rechten' })).toBeInTheDocument();
    expect(screen.getByText('Recht op gegevenswissing')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Direct naar de hoofdinhoud' })).toBeInTheDocument();
    expect(
      screen.getByText(
        'Wij nemen geen besluiten over u die alleen door een computer worden genomen.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Privacyverklaring versie 2018-05, geldig sinds 6 mei 2018.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nederlands' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await waitFor(() => expect(document.documentElement.lang).toBe('nl'));
    expect(document.title).toBe('Privacyportaal · Cocomo Webbeheer');
    expect(localStorage.getItem('custodia.language')).toBe('nl');
  });

  it("when the browser's language is not offered, then the operator's default language is used", async () => {
    server.use(
      profileHandler(
        createPublicProfile({
          locale: {
            defaultLanguage: 'nl',
            languages: ['nl', 'en'],
            country: 'NL',
            timeZone: 'Europe/Amsterdam',
            currency: 'EUR',
          },
        }),
      ),
    );
    // jsdom's browser language is en-US, so pretend to be a German browser.
    const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages');
    Object.defineProperty(Navigator.prototype, 'languages', {
      configurable: true,
      get: () => ['de-DE', 'de'],
    });
    try {
      renderApp('/');
      expect(await screen.findByRole('region', { name: 'Uw rechten' })).toBeInTheDocument();
      await waitFor(() => expect(document.documentElement.lang).toBe('nl'));
    } finally {
      if (languages) Object.defineProperty(Navigator.prototype, 'languages', languages);
    }
  });

  it('when the operator offers one language, then there is no language switcher', async () => {
    server.use(
      profileHandler(
        createPublicProfile({
          locale: {
            defaultLanguage: 'en',
            languages: ['en'],
            country: 'US',
            timeZone: 'America/Los_Angeles',
            currency: 'USD',
          },
        }),
      ),
    );

    renderApp('/');

    await screen.findByRole('heading', { level: 1, name: 'Cocomo Webbeheer' });
    expect(screen.queryByRole('group', { name: 'Language' })).not.toBeInTheDocument();
  });
});
