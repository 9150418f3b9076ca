import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_COLUMNS } from '@portal/shared/schemas/audit.schema';
import { sessionHandler } from '../../testing/mocks/handlers/auth';
import { auditApi, createSignedInStaff } from '../../testing/mocks/handlers/staff';
import { server } from '../../testing/mocks/server';
import { renderApp } from '../../testing/test-utils';

beforeEach(() => server.use(sessionHandler(createSignedInStaff('privacy-officer'))));

describe('the audit viewer', () => {
  it('when a privacy officer filters, then the request and the export links carry the filters, and the table has the export’s columns', async () => {
    const api = auditApi();
    server.use(...api.handlers);
    const { user } = renderApp('/staff/audit');

    await screen.findByRole('table', { name: 'Audit log entries, newest first' });
    await user.type(screen.getByLabelText('Customer (number or id)'), 'COCOMO-010001');
    await user.selectOptions(screen.getByLabelText('Event type'), 'impersonation.started');
    await user.type(screen.getByLabelText('From (date)'), '2026-11-01');
    await user.click(screen.getByRole('button', { name: 'Show' }));

    await waitFor(() => expect(api.requests.at(-1)).toBe('?customer=COCOMO-010001&action=impersonation.started&from=2026-11-01'));
    const table = await screen.findByRole('table', { name: 'Audit log entries, newest first' });
    expect(screen.getByDisplayValue('COCOMO-010001')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/api/staff/audit/events/export?customer=COCOMO-010001&action=impersonation.started&from=2026-11-01&format=csv',
    );
    expect(within(table).getAllByRole('columnheader')).toHaveLength(AUDIT_COLUMNS.length);
    expect(within(table).getByText('staff STAFF-001 (support-agent)')).toBeInTheDocument();
  });

  it('when older entries are asked for, then the next page is added', async () => {
    server.use(...auditApi().handlers);
    const { user } = renderApp('/staff/audit');

    await user.click(await screen.findByRole('button', { name: 'Show older entries' }));

    const table = screen.getByRole('table', { name: 'Audit log entries, newest first' });
    expect(await within(table).findByText('staff.customer.viewed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show older entries' })).not.toBeInTheDocument();
  });

  it('when the chain is verified and it is broken, then the first bad seq and why are shown', async () => {
    server.use(...auditApi().handlers);
    const { user } = renderApp('/staff/audit');

    await user.click(await screen.findByRole('button', { name: 'Verify now' }));

    expect(await screen.findByText('The audit log is broken at seq 7 (an entry was changed). Entries from there on cannot be trusted.')).toBeInTheDocument();
  });
});
