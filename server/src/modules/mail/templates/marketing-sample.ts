import type { TMailTemplate } from '../mail-types.ts';

/** A demonstration of compliant marketing mail: consent stated, one-click unsubscribe (RFC 8058). */
export type TMarketingSampleParams = { unsubscribeUrl: string };

export const marketingSample: TMailTemplate<TMarketingSampleParams> = {
  unsubscribeUrl: (p) => p.unsubscribeUrl,
  copy: {
    en: (p, { operator }) => ({
      subject: `News from ${operator.companyName}`,
      blocks: [
        {
          kind: 'text',
          text: `This is a sample marketing email from ${operator.companyName}. You receive it because you agreed to receive marketing messages.`,
        },
        {
          kind: 'text',
          text: 'Not interested any more? Unsubscribe with one click; your email app may show an unsubscribe button too.',
        },
        { kind: 'link', label: 'Unsubscribe', href: p.unsubscribeUrl },
      ],
    }),
    nl: (p, { operator }) => ({
      subject: `Nieuws van ${operator.companyName}`,
      blocks: [
        {
          kind: 'text',
          text: `Dit is een voorbeeld van een marketingmail van ${operator.companyName}. U ontvangt deze omdat u toestemming heeft gegeven voor marketingberichten.`,
        },
        {
          kind: 'text',
          text: 'Geen interesse meer? Meld u af met één klik; uw e-mailprogramma toont misschien ook een afmeldknop.',
        },
        { kind: 'link', label: 'Afmelden', href: p.unsubscribeUrl },
      ],
    }),
    vi: (p, { operator }) => ({
      subject: `Tin tức từ ${operator.companyName}`,
      blocks: [
        {
          kind: 'text',
          text: `Đây là email tiếp thị mẫu từ ${operator.companyName}. Bạn nhận được email này vì bạn đã đồng ý nhận tin tiếp thị.`,
        },
        {
          kind: 'text',
          text: 'Không còn quan tâm? Hủy đăng ký chỉ với một lần nhấp; ứng dụng email của bạn cũng có thể hiển thị nút hủy đăng ký.',
        },
        { kind: 'link', label: 'Hủy đăng ký', href: p.unsubscribeUrl },
      ],
    }),
  },
};
