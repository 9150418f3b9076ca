import { STAFF_ROLE_PERMISSIONS } from '@portal/shared/domain/permissions';
import type { TDeviceSession, TSessionState } from '@portal/shared/schemas/auth.schema';
import type { TImpersonationState } from '@portal/shared/schemas/impersonation.schema';
import type { TImpersonation } from '../../middleware/request-context.ts';
import { STEP_UP_WINDOW_MS } from './session/session-timeouts.ts';
import type { TLiveSession } from './session/session.service.ts';
import type { TPrincipal } from './principal.repository.ts';
import { describeUserAgent } from './user-agent.ts';

export function presentSessionState(
  state:
    | { kind: 'signed-out' }
    | { kind: 'pending'; enrolmentRequired: boolean }
    | {
        kind: 'signed-in';
        principal: TPrincipal;
        session: TLiveSession;
        secondFactorEnabled: boolean;
        now: Date;
        impersonation: TImpersonation | null;
      },
): TSessionState {
  if (state.kind === 'signed-out') return { status: 'signed-out' };
  if (state.kind === 'pending') return { status: 'second-factor-required', enrolmentRequired: state.enrolmentRequired };
  const { principal, session, now } = state;
  const freshUntil = new Date(session.authenticatedAt.getTime() + STEP_UP_WINDOW_MS);
  return {
    status: 'signed-in',
    principal:
      principal.kind === 'customer'
        ? {
            kind: 'customer',
            id: principal.id,
            // Vietnamese names are written family name first (Nguyễn Thị Hương).
            displayName:
              principal.language === 'vi'
                ? `${principal.familyName} ${principal.givenName}`
                : `${principal.givenName} ${principal.familyName}`,
            email: principal.email,
            emailVerified: principal.emailVerified,
            secondFactorEnabled: state.secondFactorEnabled,
            language: principal.language,
          }
        : {
            kind: 'staff',
            id: principal.id,
            displayName: `${principal.firstName} ${principal.familyName}`,
            role: principal.role,
            permissions: [...STAFF_ROLE_PERMISSIONS[principal.role]],
            impersonation: state.impersonation ? presentImpersonationState(state.impersonation) : null,
          },
    session: {
      id: session.id,
      idleExpiresAt: session.idleExpiresAt.toISOString(),
      absoluteExpiresAt: session.absoluteExpiresAt.toISOString(),
      recentlyAuthenticatedUntil: freshUntil > now ? freshUntil.toISOString() : null,
    },
  };
}

export function presentDeviceSession(session: TLiveSession, currentId: string | undefined): TDeviceSession {
  const device = describeUserAgent(session.userAgent);
  return {
    id: session.id,
    current: session.id === currentId,
    browser: device.browser,
    operatingSystem: device.operatingSystem,
    deviceType: device.deviceType,
    // No offline geo-IP database ships with the portal, so no place is guessed from the address.
    approximateLocation: null,
    createdAt: session.createdAt.toISOString(),
    lastSeenAt: session.lastSeenAt.toISOString(),
  };
}

/** Names each field: the reason is shown back to the staff member who wrote it, in their banner. */
export function presentImpersonationState(impersonation: TImpersonation): TImpersonationState {
  return {
    id: impersonation.id,
    customerId: impersonation.customerId,
    customerDisplayName: impersonation.customerDisplayName,
    reasonCategory: impersonation.reasonCategory,
    reason: impersonation.reason,
    ticketReference: impersonation.ticketReference,
    startedAt: impersonation.startedAt.toISOString(),
    endsAt: impersonation.endsAt.toISOString(),
  };
}
