import type { TStaffRole } from '@portal/shared/domain/permissions';
import type { TImpersonationReasonCategory } from '@portal/shared/schemas/impersonation.schema';
import type { TLanguage } from '../mail-types.ts';

/**
 * Why staff opened a customer's account, as a category: the email names only the category, because
 * staff may write other people's details into the free-text reason (kept with the impersonation, and
 * shown to the customer in their portal, where they are signed in).
 */
export {
  IMPERSONATION_REASON_CATEGORIES,
  type TImpersonationReasonCategory,
} from '@portal/shared/schemas/impersonation.schema';

export const REASON_CATEGORY_LABELS: Record<
  TImpersonationReasonCategory,
  Record<TLanguage, string>
> = {
  'customer-request': {
    en: 'You asked us for help',
    nl: 'U vroeg ons om hulp',
    vi: 'Bạn đã yêu cầu chúng tôi hỗ trợ',
  },
  'account-problem': {
    en: 'A problem with your account',
    nl: 'Een probleem met uw account',
    vi: 'Sự cố với tài khoản của bạn',
  },
  'privacy-request': {
    en: 'Handling one of your privacy requests',
    nl: 'Afhandeling van een van uw privacyverzoeken',
    vi: 'Xử lý một yêu cầu về quyền riêng tư của bạn',
  },
  'technical-issue': {
    en: 'Investigating a technical issue',
    nl: 'Onderzoek naar een technisch probleem',
    vi: 'Kiểm tra một sự cố kỹ thuật',
  },
  other: { en: 'Other', nl: 'Overig', vi: 'Lý do khác' },
};

export const STAFF_ROLE_LABELS: Record<TStaffRole, Record<TLanguage, string>> = {
  'support-agent': { en: 'support agent', nl: 'medewerker klantenservice', vi: 'nhân viên hỗ trợ' },
  'privacy-officer': {
    en: 'privacy officer',
    nl: 'privacyfunctionaris',
    vi: 'cán bộ bảo vệ dữ liệu',
  },
  admin: { en: 'administrator', nl: 'beheerder', vi: 'quản trị viên' },
};
