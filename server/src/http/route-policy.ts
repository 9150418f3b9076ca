import type { TCustomerPermission, TStaffPermission } from '@portal/shared/domain/permissions';

/**
 * Every route declares who may call it (security.md line 15); the registry enforces it before the handler
 * runs and the authorization matrix test reads it.
 * - `public`: no session (health, profile, sign-in itself); says why.
 * - `session`: any signed-in principal (who am I, sign out); `partial` also admits a session still
 *   waiting for its second factor.
 * - `customer`: acts on `ctx.subject`, the signed-in customer or, read-only, the customer a staff member
 *   impersonates. `whileImpersonating: 'forbidden'` for everything security.md line 18 lists.
 * - `staff`: staff with the permission through their role.
 * `stepUp` needs an authentication at most five minutes old (line 6). `whileImpersonating: 'forbidden'`
 * on `session` and `staff` routes refuses staff who are acting as a customer (their own credentials and
 * sessions, starting another impersonation: line 18).
 */
export type TRoutePolicy =
  | { kind: 'public'; why: string }
  | { kind: 'session'; partial?: boolean; whileImpersonating?: 'forbidden' }
  | {
      kind: 'customer';
      permission: TCustomerPermission;
      whileImpersonating: 'allowed' | 'forbidden';
      stepUp?: boolean;
    }
  | { kind: 'staff'; permission: TStaffPermission; stepUp?: boolean; whileImpersonating?: 'forbidden' };

export const publicRoute = (why: string): TRoutePolicy => ({ kind: 'public', why });

export const signedIn = (options: { partial?: boolean; whileImpersonating?: 'forbidden' } = {}): TRoutePolicy => ({
  kind: 'session',
  ...options,
});

/** The signed-in person's own credentials and sessions: never while impersonating a customer. */
export const ownAccount = (options: { partial?: boolean } = {}): TRoutePolicy =>
  signedIn({ ...options, whileImpersonating: 'forbidden' });

/** Reads of the customer's own data: impersonating staff may read (and are audited). */
export const customerReads = (permission: TCustomerPermission): TRoutePolicy => ({
  kind: 'customer',
  permission,
  whileImpersonating: 'allowed',
});

/** Changes made by the customer themselves; never by staff impersonating them. */
export const customerOnly = (permission: TCustomerPermission, options: { stepUp?: boolean } = {}): TRoutePolicy => ({
  kind: 'customer',
  permission,
  whileImpersonating: 'forbidden',
  ...options,
});

export const staffWith = (
  permission: TStaffPermission,
  options: { stepUp?: boolean; whileImpersonating?: 'forbidden' } = {},
): TRoutePolicy => ({
  kind: 'staff',
  permission,
  ...options,
});
