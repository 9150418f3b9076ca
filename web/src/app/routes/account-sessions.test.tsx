import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { ZDeviceSessionListSchema, type TDeviceSession } from '@portal/shared/schemas/auth.schema';
import { createSignedInCustomer, sessionHandler } from '../../testing/mocks/handlers/auth';
import { server } from '../../testing/mocks/server';
import { renderApp } from '../../testing/test-utils';

const CURRENT = '11111111-1111-4111-8111-111111111111';
const PHONE = '22222222-2222-4222-8222-222222222222';
const TABLET = '33333333-3333-4333-8333-333333333333';

function session(id: string, browser: string, os: string, current = false): TDeviceSession {
  return {
    id,
    current,
    browser,
    operatingSystem: os,
    deviceType: 'desktop',
    approximateLocation: null,
    createdAt: '2026-11-01T08:00:00.000Z',
    lastSeenAt: '2026-11-02T08:30:00.000Z',
  };
}

function sessionsApi() {
  let sessions = [session(CURRENT, 'Firefox', 'Linux', true), session(PHONE, 'Safari', 'iOS'), session(TABLET, 'Chrome', 'Android')];
  const revoked: string[] = [];
  return {
    revoked,
    handlers: [
      http.get('/api/auth/sessions', () => HttpResponse.json(ZDeviceSessionListSchema.parse({ sessions }))),
      http.delete('/api/auth/sessions/:id', ({ params }) => {
        revoked.push(String(params.id));
        sessions = sessions.filter((s) => s.id !== params.id);
        return new HttpResponse(null, { status: 204 });
      }),
      http.post('/api/auth/sessions/revoke-others', () => {
        revoked.push('others');
        sessions = sessions.filter((s) => s.current);
        return new HttpResponse(null, { status: 204 });
      }),
    ],
  };
}

beforeEach(() => server.use(sessionHandler(createSignedInCustomer())));

describe('sessions and devices', () => {
  it('when the customer signs out one other device, then only that session is revoked and the list updates', async () => {
    const api = sessionsApi();
    server.use(...api.handlers);
    const { user } = renderApp('/account/sessions');

    const phone = (await screen.findByText('Safari on iOS')).closest('li');
    expect(phone).not.toBeNull();
    await user.click(within(phone as HTMLElement).getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByText('That session has been signed out.')).toBeInTheDocument();
    expect(api.revoked).toEqual([PHONE]);
    expect(screen.queryByText('Safari on iOS')).not.toBeInTheDocument();
    expect(screen.getByText('This device')).toBeInTheDocument();
  });

  it('when the customer signs out all other sessions, then only this device is left', async () => {
    const api = sessionsApi();
    server.use(...api.handlers);
    const { user } = renderApp('/account/sessions');

    await user.click(await screen.findByRole('button', { name: 'Sign out all other sessions' }));

    expect(await screen.findByText('You are signed in only here.')).toBeInTheDocument();
    expect(api.revoked).toEqual(['others']);
    expect(screen.getByText('Firefox on Linux')).toBeInTheDocument();
  });
});
