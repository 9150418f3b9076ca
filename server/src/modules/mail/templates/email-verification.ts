import type { TMailTemplate } from '../mail-types.ts';
import { codeOrLinkBlocks, type TCodeOrLink } from './code-or-link.ts';

export type TEmailVerificationParams = TCodeOrLink & { minutesValid: number };

export const emailVerification: TMailTemplate<TEmailVerificationParams> = {
  copy: {
    en: (p, { operator, format }) => ({
      subject: 'Confirm your email address',
      blocks: [
        {
          kind: 'text',
          text: `Please confirm this email address for your ${operator.companyName} account.`,
        },
        ...codeOrLinkBlocks(p, {
          enterCode: 'Enter this code:',
          openLink: 'Confirm email address',
        }),
        {
          kind: 'text',
          text: `This is valid for ${format.minutes(p.minutesValid)}. If you did not ask for this, you can ignore this email.`,
        },
      ],
    }),
    nl: (p, { operator, format }) => ({
      subject: 'Bevestig uw e-mailadres',
      blocks: [
        {
          kind: 'text',
          text: `Bevestig dit e-mailadres voor uw account bij ${operator.companyName}.`,
        },
        ...codeOrLinkBlocks(p, {
          enterCode: 'Voer deze code in:',
          openLink: 'E-mailadres bevestigen',
        }),
        {
          kind: 'text',
          text: `Dit is ${format.minutes(p.minutesValid)} geldig. Heeft u hier niet om gevraagd? Dan kunt u deze e-mail negeren.`,
        },
      ],
    }),
    vi: (p, { operator, format }) => ({
      subject: 'Xác nhận địa chỉ email của bạn',
      blocks: [
        {
          kind: 'text',
          text: `Hãy xác nhận địa chỉ email này cho tài khoản ${operator.companyName} của bạn.`,
        },
        ...codeOrLinkBlocks(p, { enterCode: 'Nhập mã này:', openLink: 'Xác nhận địa chỉ email' }),
        {
          kind: 'text',
          text: `Có hiệu lực trong ${format.minutes(p.minutesValid)}. Nếu bạn không yêu cầu việc này, hãy bỏ qua email này.`,
        },
      ],
    }),
  },
};
