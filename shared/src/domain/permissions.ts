/**
 * Permission strings (security.md line 15): `<verb>:<resource>:<scope>`. `own` permissions act on the
 * signed-in customer's data (or, read-only, the impersonated customer's); `any` permissions belong to staff roles.
 */
export const CUSTOMER_PERMISSIONS = [
  'read:personal-data:own',
  'update:personal-data:own',
  'export:personal-data:own',
  'erase:personal-data:own',
  'manage:consent:own',
  'manage:requests:own',
  'manage:account:own',
] as const;
export type TCustomerPermission = (typeof CUSTOMER_PERMISSIONS)[number];

export const STAFF_PERMISSIONS = [
  'search:customers:any',
  'read:personal-data:any',
  'impersonate:customer:any',
  'manage:requests:any',
  'erase:personal-data:any',
  'read:audit:any',
  'manage:staff:any',
] as const;
export type TStaffPermission = (typeof STAFF_PERMISSIONS)[number];

export const STAFF_ROLES = ['support-agent', 'privacy-officer', 'admin'] as const;
export type TStaffRole = (typeof STAFF_ROLES)[number];

/** Least privilege: support helps customers, privacy officers work requests, admins manage staff. */
export const STAFF_ROLE_PERMISSIONS: Record<TStaffRole, readonly TStaffPermission[]> = {
  'support-agent': ['search:customers:any', 'read:personal-data:any', 'impersonate:customer:any'],
  'privacy-officer': [
    'search:customers:any',
    'read:personal-data:any',
    'manage:requests:any',
    'erase:personal-data:any',
    'read:audit:any',
  ],
  admin: ['search:customers:any', 'read:audit:any', 'manage:staff:any'],
};

export function staffRoleHas(role: TStaffRole, permission: TStaffPermission): boolean {
  return STAFF_ROLE_PERMISSIONS[role].includes(permission);
}
