import type { TMailTemplate } from '../mail-types.ts';

/**
 * The last message about an erasure. It must not echo any of the data that was just erased: only
 * the request's reference (a random id) and the link to the signed certificate, whose content names
 * nobody either. `account`: the account is gone; `categories`: only the chosen data is.
 */
export type TErasureCompletedParams = { scope: 'account' | 'categories'; reference: string; certificateUrl: string };

export const erasureCompleted: TMailTemplate<TErasureCompletedParams> = {
  copy: {
    en: (p, { operator }) => ({
      subject: p.scope === 'account' ? 'Your account has been deleted' : 'The data you chose has been deleted',
      blocks: [
        {
          kind: 'text',
          text:
            p.scope === 'account'
              ? `${operator.companyName} has deleted your account and the personal data linked to it, as you asked.`
              : `${operator.companyName} has deleted the categories of personal data you chose, as you asked. Your account stays.`,
        },
        { kind: 'text', text: 'Data we must keep by law is kept only as long as required and is not used for anything else.' },
        { kind: 'text', text: 'The erasure certificate below is signed by us; it lists, per system, what was deleted and what is kept until when. The link also checks the signature.' },
        { kind: 'link', label: 'View and check the certificate', href: p.certificateUrl },
        { kind: 'facts', rows: [['Reference', p.reference]] },
        ...(p.scope === 'account' ? [{ kind: 'text' as const, text: 'This is the last email you will receive about this account.' }] : []),
      ],
    }),
    nl: (p, { operator }) => ({
      subject: p.scope === 'account' ? 'Uw account is verwijderd' : 'De gegevens die u koos zijn verwijderd',
      blocks: [
        {
          kind: 'text',
          text:
            p.scope === 'account'
              ? `${operator.companyName} heeft uw account en de bijbehorende persoonsgegevens verwijderd, zoals u heeft gevraagd.`
              : `${operator.companyName} heeft de soorten persoonsgegevens die u koos verwijderd, zoals u heeft gevraagd. Uw account blijft bestaan.`,
        },
        { kind: 'text', text: 'Gegevens die we wettelijk moeten bewaren, bewaren we niet langer dan nodig en gebruiken we nergens anders voor.' },
        { kind: 'text', text: 'Het verwijderingscertificaat hieronder is door ons ondertekend; het vermeldt per systeem wat is verwijderd en wat tot wanneer bewaard blijft. De link controleert ook de handtekening.' },
        { kind: 'link', label: 'Certificaat bekijken en controleren', href: p.certificateUrl },
        { kind: 'facts', rows: [['Kenmerk', p.reference]] },
        ...(p.scope === 'account' ? [{ kind: 'text' as const, text: 'Dit is de laatste e-mail die u over dit account ontvangt.' }] : []),
      ],
    }),
    vi: (p, { operator }) => ({
      subject: p.scope === 'account' ? 'Tài khoản của bạn đã bị xóa' : 'Dữ liệu bạn chọn đã được xóa',
      blocks: [
        {
          kind: 'text',
          text:
            p.scope === 'account'
              ? `${operator.companyName} đã xóa tài khoản của bạn và dữ liệu cá nhân liên quan theo yêu cầu của bạn.`
              : `${operator.companyName} đã xóa các loại dữ liệu cá nhân bạn chọn theo yêu cầu của bạn. Tài khoản của bạn vẫn được giữ.`,
        },
        { kind: 'text', text: 'Dữ liệu mà pháp luật buộc chúng tôi lưu giữ chỉ được giữ trong thời gian cần thiết và không được dùng vào việc khác.' },
        { kind: 'text', text: 'Giấy chứng nhận xóa dữ liệu dưới đây có chữ ký của chúng tôi; giấy ghi rõ theo từng hệ thống dữ liệu nào đã bị xóa và dữ liệu nào được giữ đến khi nào. Đường liên kết cũng kiểm tra chữ ký.' },
        { kind: 'link', label: 'Xem và kiểm tra giấy chứng nhận', href: p.certificateUrl },
        { kind: 'facts', rows: [['Mã tham chiếu', p.reference]] },
        ...(p.scope === 'account' ? [{ kind: 'text' as const, text: 'Đây là email cuối cùng bạn nhận được về tài khoản này.' }] : []),
      ],
    }),
  },
};
