import type { TStaffRole } from '@portal/shared/domain/permissions';
import type { TMailTemplate } from '../mail-types.ts';
import {
  REASON_CATEGORY_LABELS,
  STAFF_ROLE_LABELS,
  type TImpersonationReasonCategory,
} from './impersonation-labels.ts';

/** Staff are named by first name only: the customer learns who helped, not more about them. */
export type TImpersonationStartedParams = {
  staffFirstName: string;
  staffRole: TStaffRole;
  reasonCategory: TImpersonationReasonCategory;
  startedAt: Date;
};

export const impersonationStarted: TMailTemplate<TImpersonationStartedParams> = {
  copy: {
    en: (p, { operator, format }) => ({
      subject: `Someone from ${operator.companyName} is viewing your account`,
      blocks: [
        {
          kind: 'text',
          text: `${p.staffFirstName} (${STAFF_ROLE_LABELS[p.staffRole].en}) from ${operator.companyName} started viewing your account.`,
        },
        {
          kind: 'facts',
          rows: [
            ['Reason', REASON_CATEGORY_LABELS[p.reasonCategory].en],
            ['Started', format.dateTime(p.startedAt)],
          ],
        },
        {
          kind: 'text',
          text: 'They can only look: they cannot download or delete your data, change your consent or your sign-in details. Everything they view is recorded and shown in your account under "Who touched my data".',
        },
        { kind: 'text', text: `Did you not expect this? Write to ${operator.privacyEmail}.` },
      ],
    }),
    nl: (p, { operator, format }) => ({
      subject: `Iemand van ${operator.companyName} bekijkt uw account`,
      blocks: [
        {
          kind: 'text',
          text: `${p.staffFirstName}, ${STAFF_ROLE_LABELS[p.staffRole].nl} bij ${operator.companyName}, is begonnen met het bekijken van uw account.`,
        },
        {
          kind: 'facts',
          rows: [
            ['Reden', REASON_CATEGORY_LABELS[p.reasonCategory].nl],
            ['Begonnen', format.dateTime(p.startedAt)],
          ],
        },
        {
          kind: 'text',
          text: 'Er kan alleen worden meegekeken: uw gegevens downloaden of verwijderen, uw toestemmingen of uw inloggegevens wijzigen kan niet. Alles wat wordt bekeken, wordt vastgelegd en staat in uw account onder "Wie heeft mijn gegevens ingezien".',
        },
        { kind: 'text', text: `Had u dit niet verwacht? Schrijf naar ${operator.privacyEmail}.` },
      ],
    }),
    vi: (p, { operator, format }) => ({
      subject: `Nhân viên của ${operator.companyName} đang xem tài khoản của bạn`,
      blocks: [
        {
          kind: 'text',
          text: `${p.staffFirstName}, ${STAFF_ROLE_LABELS[p.staffRole].vi} của ${operator.companyName}, đã bắt đầu xem tài khoản của bạn.`,
        },
        {
          kind: 'facts',
          rows: [
            ['Lý do', REASON_CATEGORY_LABELS[p.reasonCategory].vi],
            ['Bắt đầu', format.dateTime(p.startedAt)],
          ],
        },
        {
          kind: 'text',
          text: 'Họ chỉ có thể xem: họ không thể tải xuống hoặc xóa dữ liệu, thay đổi sự đồng ý hoặc thông tin đăng nhập của bạn. Mọi thứ họ xem đều được ghi lại và hiển thị trong tài khoản của bạn tại mục "Ai đã truy cập dữ liệu của tôi".',
        },
        {
          kind: 'text',
          text: `Bạn không mong đợi điều này? Hãy viết thư đến ${operator.privacyEmail}.`,
        },
      ],
    }),
  },
};
