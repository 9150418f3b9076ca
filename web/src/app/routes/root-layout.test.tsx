import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/test-utils';

describe('root layout', () => {
  it('when a keyboard user presses Tab first, then the skip link gets focus and moves focus to main', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Cocomo Webbeheer' });

    await user.tab();
    const skipLink = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skipLink).toHaveFocus();

    await user.click(skipLink);
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('has a banner with the operator name, a labelled navigation and a footer with the privacy contact', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Cocomo Webbeheer' });

    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Cocomo Webbeheer' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    const footer = screen.getByRole('contentinfo');
    expect(
      within(footer).getByRole('link', { name: 'privacy@cocomo.example' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  });

  it('when the address is unknown, then a not-found page is shown inside the layout', async () => {
    renderApp('/no-such-page');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Page not found · Cocomo Webbeheer'));
  });

  it('when the visitor navigates, then focus moves to the new heading and the title is announced', async () => {
    const { user } = renderApp('/no-such-page');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    const announcer = screen.getByRole('status');
    expect(announcer).toBeEmptyDOMElement();

    await user.click(screen.getByRole('link', { name: 'Go to the home page' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Cocomo Webbeheer' });
    await waitFor(() => expect(heading).toHaveFocus());
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Privacy portal · Cocomo Webbeheer'),
    );
    await waitFor(() => expect(document.title).toBe('Privacy portal · Cocomo Webbeheer'));
  });
});
