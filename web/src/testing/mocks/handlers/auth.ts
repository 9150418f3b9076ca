import { http, HttpResponse } from 'msw';
import { ZSessionStateSchema, type TSessionState } from '@portal/shared/schemas/auth.schema';

export const SESSION_URL = '/api/auth/session';

/** A signed-in customer as GET /api/auth/session answers it (parsed, so it cannot drift from the schema). */
export function createSignedInCustomer(overrides: { displayName?: string; email?: string } = {}): TSessionState {
  return ZSessionStateSchema.parse({
    status: 'signed-in',
    principal: {
      kind: 'customer',
      id: '6f1c1f0e-4a57-4c3e-9d0e-2b7a4c1d9e01',
      displayName: overrides.displayName ?? 'Sanne de Vries',
      email: overrides.email ?? 'sanne@example.nl',
      emailVerified: true,
      secondFactorEnabled: false,
      language: 'nl',
    },
    // Far ahead: the expiry watcher must not end the session in the middle of a test.
    session: {
      id: '0b8f5d0c-8f3e-4a43-9a8e-6d2c1e7f4a10',
      idleExpiresAt: '2099-01-01T00:15:00.000Z',
      absoluteExpiresAt: '2099-01-01T12:00:00.000Z',
      recentlyAuthenticatedUntil: null,
    },
  });
}

export function sessionHandler(state: TSessionState = { status: 'signed-out' }) {
  return http.get(SESSION_URL, () => HttpResponse.json(state));
}

/** Nobody is signed in unless a test says otherwise. */
export const authHandlers = [sessionHandler()];
