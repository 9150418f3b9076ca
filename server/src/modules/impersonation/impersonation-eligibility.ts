import type { TProfile } from '@portal/shared/profiles/profile.schema';
import type { TImpersonationBlock } from '@portal/shared/schemas/staff.schema';
import type { DbOrTx } from '../../db/client.ts';
import { readThrottle } from '../auth/sign-in-throttle.ts';
import { findOpenRequest } from '../erasure/erasure-requests.repository.ts';
import { findActiveGrant, isStaffEmail, type TCustomerRow } from './impersonation.repository.ts';

export type TEligibilityDeps = {
  profile: TProfile;
  /** The sign-in throttle's key for an email (the auth service's, so a lock is found where it is kept). */
  emailHashOf: (email: string) => string;
};

/**
 * Why this customer cannot be impersonated now, or null (security.md line 18): never an erased
 * account or one with an erasure under way (in its grace period, or frozen while it runs), never an account
 * that is also a staff member's (same email), never one locked after too many failed sign-ins,
 * and, when the profile requires it, only while the customer has granted support access.
 */
export async function impersonationBlock(
  db: DbOrTx,
  deps: TEligibilityDeps,
  customer: TCustomerRow,
  now: Date,
): Promise<TImpersonationBlock | null> {
  if (customer.status === 'erased') return 'erased';
  // Frozen once the erasure runs; an erasure waiting out its grace period counts too (security.md line 18).
  if (customer.status === 'frozen' || (await findOpenRequest(db, customer.id))) return 'pending-erasure';
  if (await isStaffEmail(db, customer.email)) return 'staff-account';
  if ((await readThrottle(db, deps.emailHashOf(customer.email))).lockedAt) return 'locked';
  if (deps.profile.settings.requireSupportGrant && !(await findActiveGrant(db, customer.id, now))) {
    return 'grant-required';
  }
  return null;
}

export const BLOCK_MESSAGES: Record<TImpersonationBlock, string> = {
  erased: 'This account has been erased.',
  'pending-erasure': 'This account is being erased and cannot be opened.',
  'staff-account': 'This account belongs to a staff member; staff accounts are never impersonated.',
  locked: 'This account is locked after too many failed sign-ins; it cannot be opened until the customer resets the password.',
  'grant-required': 'The customer has not granted support access; ask them to allow it in their portal first.',
};
