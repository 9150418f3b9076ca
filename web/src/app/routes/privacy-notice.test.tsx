import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createPrivacyNotice, privacyNoticeHandler } from '../../testing/mocks/handlers/privacy-notice';
import { server } from '../../testing/mocks/server';
import { renderApp } from '../../testing/test-utils';

describe('privacy notice page', () => {
  it('when anyone opens it, then the version in force, its text and every version with its summary are shown', async () => {
    // Arrange: signed out (the default session handler)
    server.use(privacyNoticeHandler(createPrivacyNotice()));

    // Act
    renderApp('/privacy-notice');

    // Assert
    expect(await screen.findByRole('heading', { level: 2, name: /Version 2026-12-01, in force since/ })).toBeInTheDocument();
    expect(screen.getByText('This version is only available in its original language.')).toBeInTheDocument();
    expect(screen.getByText('Wij gebruiken uw gegevens alleen voor onze diensten.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Versions and changes' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['2027-01-15', expect.any(String), 'Announced', 'Analytics vendor named.'],
      ['2026-12-01', expect.any(String), 'In force', 'The newsletter service is named.'],
      ['2018-05-06', expect.any(String), 'Replaced', 'First version published by the operator.'],
    ]);
  });
});
