import type { TLanguage, TMailOperator } from './mail-types.ts';

type TFooterParts = { before: string; between: string; after: string };

/** Split around the company name and privacy address so the HTML layout can mark both up. */
const FOOTER: Record<TLanguage, TFooterParts> = {
  en: {
    before: 'This email was sent by ',
    between: '. Questions about your data? Write to ',
    after: '.',
  },
  nl: {
    before: 'Deze e-mail is verzonden door ',
    between: '. Vragen over uw gegevens? Schrijf naar ',
    after: '.',
  },
  vi: {
    before: 'Email này được gửi bởi ',
    between: '. Bạn có câu hỏi về dữ liệu của mình? Hãy viết thư đến ',
    after: '.',
  },
};

export function footerParts(language: TLanguage): TFooterParts {
  return FOOTER[language];
}

export function footerText(language: TLanguage, operator: TMailOperator): string {
  const parts = FOOTER[language];
  return `${parts.before}${operator.companyName}${parts.between}${operator.privacyEmail}${parts.after}`;
}
