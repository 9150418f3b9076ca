import type { TMailTemplate } from '../mail-types.ts';

export type TAccountClaimParams = { code: string; minutesValid: number };

export const accountClaim: TMailTemplate<TAccountClaimParams> = {
  copy: {
    en: (p, { operator, format }) => ({
      subject: 'Set up access to your data',
      blocks: [
        {
          kind: 'text',
          text: `${operator.companyName} holds personal data about you. With this code you can claim your account in the privacy portal and see, correct, download or delete that data:`,
        },
        { kind: 'code', code: p.code },
        {
          kind: 'text',
          text: `The code is valid for ${format.minutes(p.minutesValid)}. If you did not ask for this, you can ignore this email.`,
        },
      ],
    }),
    nl: (p, { operator, format }) => ({
      subject: 'Toegang tot uw gegevens instellen',
      blocks: [
        {
          kind: 'text',
          text: `${operator.companyName} bewaart persoonsgegevens over u. Met deze code activeert u uw account in het privacyportaal en kunt u die gegevens inzien, corrigeren, downloaden of laten verwijderen:`,
        },
        { kind: 'code', code: p.code },
        {
          kind: 'text',
          text: `De code is ${format.minutes(p.minutesValid)} geldig. Heeft u hier niet om gevraagd? Dan kunt u deze e-mail negeren.`,
        },
      ],
    }),
    vi: (p, { operator, format }) => ({
      subject: 'Thiết lập quyền truy cập dữ liệu của bạn',
      blocks: [
        {
          kind: 'text',
          text: `${operator.companyName} đang lưu giữ dữ liệu cá nhân của bạn. Với mã này, bạn có thể kích hoạt tài khoản trên cổng thông tin quyền riêng tư để xem, sửa, tải xuống hoặc xóa dữ liệu đó:`,
        },
        { kind: 'code', code: p.code },
        {
          kind: 'text',
          text: `Mã có hiệu lực trong ${format.minutes(p.minutesValid)}. Nếu bạn không yêu cầu việc này, hãy bỏ qua email này.`,
        },
      ],
    }),
  },
};
