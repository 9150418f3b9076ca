import type { TStaffRole } from '@portal/shared/domain/permissions';
import type {
  TCustomerSearchResult,
  TImpersonationBlock,
  TStaffCustomerView,
  TStaffMember,
} from '@portal/shared/schemas/staff.schema';
import { customerDisplayName } from '../../lib/display-name.ts';
import type { TCustomerRow, TStaffRow } from './staff.repository.ts';

type TCustomerStatus = TCustomerSearchResult['status'];
const statusOf = (status: string): TCustomerStatus =>
  status === 'restricted' || status === 'frozen' || status === 'erased' ? status : 'active';

/** `s•••@example.nl`: the first letter and the domain, enough to confirm with the caller. */
export function emailHint(email: string): string {
  const at = email.lastIndexOf('@');
  return at <= 0 ? '•••' : `${email[0]}•••${email.slice(at)}`;
}

/** `••• 78`: the last two digits only. */
export function phoneHint(phone: string | null): string | null {
  const digits = phone?.replace(/\D/g, '') ?? '';
  return digits.length >= 2 ? `••• ${digits.slice(-2)}` : null;
}

/** A search hit: no more than staff need to pick the right person (no address, birth date, full email). */
export function presentSearchResult(row: TCustomerRow): TCustomerSearchResult {
  return {
    id: row.id,
    customerNumber: row.customerNumber,
    displayName: customerDisplayName(row),
    emailHint: emailHint(row.email),
    phoneHint: phoneHint(row.phone),
    status: statusOf(row.status),
  };
}

export function presentCustomerView(
  row: TCustomerRow,
  extra: { block: TImpersonationBlock | null; maxMinutes: number; grantRequired: boolean; grantedUntil: Date | null },
): TStaffCustomerView {
  return {
    id: row.id,
    customerNumber: row.customerNumber,
    displayName: customerDisplayName(row),
    email: row.email,
    phone: row.phone,
    language: row.language,
    status: statusOf(row.status),
    customerSince: row.createdAt.toISOString(),
    supportAccess: { required: extra.grantRequired, grantedUntil: extra.grantedUntil?.toISOString() ?? null },
    impersonation: { blockedBy: extra.block, maxMinutes: extra.maxMinutes },
  };
}

export function presentStaffMember(row: TStaffRow & { secondFactorEnrolled: boolean }): TStaffMember {
  return {
    id: row.id,
    staffNumber: row.staffNumber,
    email: row.email,
    firstName: row.firstName,
    familyName: row.familyName,
    role: row.role as TStaffRole,
    status: row.status === 'disabled' ? 'disabled' : 'active',
    secondFactorEnrolled: row.secondFactorEnrolled,
    createdAt: row.createdAt.toISOString(),
  };
}
