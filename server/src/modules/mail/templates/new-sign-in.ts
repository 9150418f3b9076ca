import type { TMailTemplate } from '../mail-types.ts';

/** `device` is a short description such as "Firefox on Windows", never an IP address. */
export type TNewSignInParams = { device: string; at: Date };

export const newSignIn: TMailTemplate<TNewSignInParams> = {
  copy: {
    en: (p, { operator, format }) => ({
      subject: 'New sign-in to your account',
      blocks: [
        { kind: 'text', text: `Someone signed in to your ${operator.companyName} account.` },
        {
          kind: 'facts',
          rows: [
            ['Device', p.device],
            ['Time', format.dateTime(p.at)],
          ],
        },
        {
          kind: 'text',
          text: `If this was you, there is nothing to do. If not, change your password right away and write to ${operator.privacyEmail}.`,
        },
      ],
    }),
    nl: (p, { operator, format }) => ({
      subject: 'Nieuwe aanmelding op uw account',
      blocks: [
        { kind: 'text', text: `Er is ingelogd op uw account bij ${operator.companyName}.` },
        {
          kind: 'facts',
          rows: [
            ['Apparaat', p.device],
            ['Tijdstip', format.dateTime(p.at)],
          ],
        },
        {
          kind: 'text',
          text: `Was u dit? Dan hoeft u niets te doen. Zo niet, wijzig dan direct uw wachtwoord en schrijf naar ${operator.privacyEmail}.`,
        },
      ],
    }),
    vi: (p, { operator, format }) => ({
      subject: 'Đăng nhập mới vào tài khoản của bạn',
      blocks: [
        { kind: 'text', text: `Tài khoản ${operator.companyName} của bạn vừa được đăng nhập.` },
        {
          kind: 'facts',
          rows: [
            ['Thiết bị', p.device],
            ['Thời gian', format.dateTime(p.at)],
          ],
        },
        {
          kind: 'text',
          text: `Nếu đó là bạn, bạn không cần làm gì. Nếu không, hãy đổi mật khẩu ngay và viết thư đến ${operator.privacyEmail}.`,
        },
      ],
    }),
  },
};
