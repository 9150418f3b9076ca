import type { TMailDate, TMailTemplate } from '../mail-types.ts';

/** A new privacy notice version: when it takes effect, what changed, where to read it. */
export type TPrivacyNoticeUpdatedParams = {
  version: string;
  effectiveDate: TMailDate;
  /** The change summary, in the customer's language where the operator wrote one. */
  summary: string;
  noticeUrl: string;
};

export const privacyNoticeUpdated: TMailTemplate<TPrivacyNoticeUpdatedParams> = {
  copy: {
    en: (p, { operator, format }) => ({
      subject: `Our privacy notice changes on ${format.date(p.effectiveDate)}`,
      blocks: [
        {
          kind: 'text',
          text: `${operator.companyName} has updated its privacy notice. The new version takes effect on ${format.date(p.effectiveDate)}.`,
        },
        { kind: 'facts', rows: [['Version', p.version], ['What changes', p.summary]] },
        { kind: 'link', label: 'Read the privacy notice', href: p.noticeUrl },
        { kind: 'text', text: 'You do not need to do anything. Your consent choices stay as they are; you can change them at any time in the privacy portal.' },
      ],
    }),
    nl: (p, { operator, format }) => ({
      subject: `Onze privacyverklaring wijzigt op ${format.date(p.effectiveDate)}`,
      blocks: [
        {
          kind: 'text',
          text: `${operator.companyName} heeft de privacyverklaring bijgewerkt. De nieuwe versie geldt vanaf ${format.date(p.effectiveDate)}.`,
        },
        { kind: 'facts', rows: [['Versie', p.version], ['Wat er verandert', p.summary]] },
        { kind: 'link', label: 'Lees de privacyverklaring', href: p.noticeUrl },
        { kind: 'text', text: 'U hoeft niets te doen. Uw toestemmingen blijven zoals ze zijn; u kunt ze altijd wijzigen in het privacyportaal.' },
      ],
    }),
    vi: (p, { operator, format }) => ({
      subject: `Chính sách quyền riêng tư của chúng tôi thay đổi từ ${format.date(p.effectiveDate)}`,
      blocks: [
        {
          kind: 'text',
          text: `${operator.companyName} đã cập nhật chính sách quyền riêng tư. Phiên bản mới có hiệu lực từ ${format.date(p.effectiveDate)}.`,
        },
        { kind: 'facts', rows: [['Phiên bản', p.version], ['Nội dung thay đổi', p.summary]] },
        { kind: 'link', label: 'Đọc chính sách quyền riêng tư', href: p.noticeUrl },
        { kind: 'text', text: 'Bạn không cần làm gì. Các lựa chọn đồng ý của bạn vẫn giữ nguyên; bạn có thể thay đổi bất cứ lúc nào trên cổng thông tin quyền riêng tư.' },
      ],
    }),
  },
};
