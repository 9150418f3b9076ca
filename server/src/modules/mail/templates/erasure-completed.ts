import type { TMailTemplate } from '../mail-types.ts';

/** Nothing to fill in: the message must not echo back any of the data that was just erased. */
export type TErasureCompletedParams = Record<string, never>;

export const erasureCompleted: TMailTemplate<TErasureCompletedParams> = {
  copy: {
    en: (_p, { operator }) => ({
      subject: 'Your account has been deleted',
      blocks: [
        {
          kind: 'text',
          text: `${operator.companyName} has deleted your account and the personal data linked to it, as you asked.`,
        },
        {
          kind: 'text',
          text: 'Data we must keep by law is kept only as long as required and is not used for anything else.',
        },
        { kind: 'text', text: 'This is the last email you will receive about this account.' },
      ],
    }),
    nl: (_p, { operator }) => ({
      subject: 'Uw account is verwijderd',
      blocks: [
        {
          kind: 'text',
          text: `${operator.companyName} heeft uw account en de bijbehorende persoonsgegevens verwijderd, zoals u heeft gevraagd.`,
        },
        {
          kind: 'text',
          text: 'Gegevens die we wettelijk moeten bewaren, bewaren we niet langer dan nodig en gebruiken we nergens anders voor.',
        },
        { kind: 'text', text: 'Dit is de laatste e-mail die u over dit account ontvangt.' },
      ],
    }),
    vi: (_p, { operator }) => ({
      subject: 'Tài khoản của bạn đã bị xóa',
      blocks: [
        {
          kind: 'text',
          text: `${operator.companyName} đã xóa tài khoản của bạn và dữ liệu cá nhân liên quan theo yêu cầu của bạn.`,
        },
        {
          kind: 'text',
          text: 'Dữ liệu mà pháp luật buộc chúng tôi lưu giữ chỉ được giữ trong thời gian cần thiết và không được dùng vào việc khác.',
        },
        { kind: 'text', text: 'Đây là email cuối cùng bạn nhận được về tài khoản này.' },
      ],
    }),
  },
};
