import type { TMailTemplate } from '../mail-types.ts';
import { codeOrLinkBlocks, type TCodeOrLink } from './code-or-link.ts';

export type TPasswordResetParams = TCodeOrLink & { minutesValid: number };

export const passwordReset: TMailTemplate<TPasswordResetParams> = {
  copy: {
    en: (p, { operator, format }) => ({
      subject: 'Reset your password',
      blocks: [
        {
          kind: 'text',
          text: `Someone asked to reset the password of your ${operator.companyName} account.`,
        },
        ...codeOrLinkBlocks(p, {
          enterCode: 'Enter this code:',
          openLink: 'Choose a new password',
        }),
        {
          kind: 'text',
          text: `This is valid for ${format.minutes(p.minutesValid)}. If this was not you, ignore this email: your password stays the same.`,
        },
      ],
    }),
    nl: (p, { operator, format }) => ({
      subject: 'Uw wachtwoord opnieuw instellen',
      blocks: [
        {
          kind: 'text',
          text: `Er is gevraagd om het wachtwoord van uw account bij ${operator.companyName} opnieuw in te stellen.`,
        },
        ...codeOrLinkBlocks(p, {
          enterCode: 'Voer deze code in:',
          openLink: 'Nieuw wachtwoord kiezen',
        }),
        {
          kind: 'text',
          text: `Dit is ${format.minutes(p.minutesValid)} geldig. Was u dit niet? Negeer dan deze e-mail: uw wachtwoord blijft ongewijzigd.`,
        },
      ],
    }),
    vi: (p, { operator, format }) => ({
      subject: 'Đặt lại mật khẩu của bạn',
      blocks: [
        {
          kind: 'text',
          text: `Có người đã yêu cầu đặt lại mật khẩu cho tài khoản ${operator.companyName} của bạn.`,
        },
        ...codeOrLinkBlocks(p, { enterCode: 'Nhập mã này:', openLink: 'Chọn mật khẩu mới' }),
        {
          kind: 'text',
          text: `Có hiệu lực trong ${format.minutes(p.minutesValid)}. Nếu không phải bạn, hãy bỏ qua email này: mật khẩu của bạn vẫn giữ nguyên.`,
        },
      ],
    }),
  },
};
