import type { TMailTemplate } from '../mail-types.ts';

export type TSignInCodeParams = { code: string; minutesValid: number };

export const signInCode: TMailTemplate<TSignInCodeParams> = {
  copy: {
    en: (p, { operator, format }) => ({
      subject: 'Your sign-in code',
      blocks: [
        { kind: 'text', text: `Use this code to sign in to ${operator.companyName}:` },
        { kind: 'code', code: p.code },
        {
          kind: 'text',
          text: `The code is valid for ${format.minutes(p.minutesValid)}. If you did not try to sign in, you can ignore this email: nobody can sign in without the code.`,
        },
      ],
    }),
    nl: (p, { operator, format }) => ({
      subject: 'Uw inlogcode',
      blocks: [
        { kind: 'text', text: `Gebruik deze code om in te loggen bij ${operator.companyName}:` },
        { kind: 'code', code: p.code },
        {
          kind: 'text',
          text: `De code is ${format.minutes(p.minutesValid)} geldig. Heeft u niet geprobeerd in te loggen? Dan kunt u deze e-mail negeren: zonder de code kan niemand inloggen.`,
        },
      ],
    }),
    vi: (p, { operator, format }) => ({
      subject: 'Mã đăng nhập của bạn',
      blocks: [
        { kind: 'text', text: `Dùng mã này để đăng nhập vào ${operator.companyName}:` },
        { kind: 'code', code: p.code },
        {
          kind: 'text',
          text: `Mã có hiệu lực trong ${format.minutes(p.minutesValid)}. Nếu bạn không thực hiện đăng nhập, hãy bỏ qua email này: không ai có thể đăng nhập khi không có mã.`,
        },
      ],
    }),
  },
};
