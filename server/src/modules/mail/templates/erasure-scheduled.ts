import type { TMailDate, TMailTemplate } from '../mail-types.ts';

export type TErasureScheduledParams = { scheduledFor: TMailDate; cancelUrl: string };

export const erasureScheduled: TMailTemplate<TErasureScheduledParams> = {
  copy: {
    en: (p, { operator, format }) => ({
      subject: `Your account will be deleted on ${format.date(p.scheduledFor)}`,
      blocks: [
        {
          kind: 'text',
          text: `As you asked, ${operator.companyName} will delete your account and personal data on ${format.date(p.scheduledFor)}. Changed your mind? You can cancel until then.`,
        },
        { kind: 'link', label: 'Cancel the deletion', href: p.cancelUrl },
        {
          kind: 'text',
          text: 'Some data may be kept where the law requires it; the privacy portal lists what and why.',
        },
      ],
    }),
    nl: (p, { operator, format }) => ({
      subject: `Uw account wordt verwijderd op ${format.date(p.scheduledFor)}`,
      blocks: [
        {
          kind: 'text',
          text: `Zoals u heeft gevraagd, verwijdert ${operator.companyName} uw account en persoonsgegevens op ${format.date(p.scheduledFor)}. Bedacht? Tot dan kunt u het verzoek annuleren.`,
        },
        { kind: 'link', label: 'Verwijdering annuleren', href: p.cancelUrl },
        {
          kind: 'text',
          text: 'Sommige gegevens bewaren we als de wet dat verplicht; het privacyportaal laat zien welke en waarom.',
        },
      ],
    }),
    vi: (p, { operator, format }) => ({
      subject: `Tài khoản của bạn sẽ bị xóa vào ${format.date(p.scheduledFor)}`,
      blocks: [
        {
          kind: 'text',
          text: `Theo yêu cầu của bạn, ${operator.companyName} sẽ xóa tài khoản và dữ liệu cá nhân của bạn vào ${format.date(p.scheduledFor)}. Bạn đổi ý? Bạn có thể hủy trước thời điểm đó.`,
        },
        { kind: 'link', label: 'Hủy yêu cầu xóa', href: p.cancelUrl },
        {
          kind: 'text',
          text: 'Một số dữ liệu có thể được giữ lại khi pháp luật yêu cầu; cổng thông tin quyền riêng tư liệt kê dữ liệu nào và lý do.',
        },
      ],
    }),
  },
};
