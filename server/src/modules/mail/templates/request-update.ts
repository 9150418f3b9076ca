import type { TRequestType } from '@portal/shared/domain/request-types';
import type { TLanguage, TMailBlock, TMailDate, TMailTemplate } from '../mail-types.ts';
import { REQUEST_TYPE_LABELS } from './request-type-labels.ts';

/**
 * What happened to a request after it was received: acknowledged (work started), extended (with
 * the reason, GDPR art. 12(3)), rejected (with the reason and the right to complain, art. 12(4)),
 * or a message from the privacy team. The text staff wrote is quoted as written.
 */
export type TRequestUpdateParams = {
  kind: 'acknowledged' | 'extended' | 'rejected' | 'message';
  requestType: TRequestType;
  reference: string;
  /** The deadline in force (the new one after an extension). */
  dueDate: TMailDate;
  /** The reason or message as staff wrote it; absent for an acknowledgement. */
  text?: string;
  complaintTo: { name: string; url: string };
  portalUrl?: string;
};

type TCopy = {
  subject: Record<TRequestUpdateParams['kind'], string>;
  lead: Record<TRequestUpdateParams['kind'], string>;
  request: string;
  reference: string;
  answerBy: string;
  complaint: (name: string) => string;
  complaintLink: string;
  portal: string;
};

const COPY: Record<TLanguage, TCopy> = {
  en: {
    subject: { acknowledged: 'We are working on your request', extended: 'We need more time for your request', rejected: 'We cannot carry out your request', message: 'A message about your request' },
    lead: {
      acknowledged: 'We have started working on your request.',
      extended: 'Your request needs more time. This is why:',
      rejected: 'We cannot carry out your request. This is why:',
      message: 'Our privacy team wrote to you about your request:',
    },
    request: 'Request',
    reference: 'Reference',
    answerBy: 'Answer by',
    complaint: (name) => `If you disagree, you may complain to ${name} or go to court.`,
    complaintLink: 'How to complain',
    portal: 'Open the privacy portal',
  },
  nl: {
    subject: { acknowledged: 'We werken aan uw verzoek', extended: 'We hebben meer tijd nodig voor uw verzoek', rejected: 'We kunnen uw verzoek niet uitvoeren', message: 'Een bericht over uw verzoek' },
    lead: {
      acknowledged: 'We zijn begonnen met uw verzoek.',
      extended: 'Uw verzoek heeft meer tijd nodig. De reden:',
      rejected: 'We kunnen uw verzoek niet uitvoeren. De reden:',
      message: 'Ons privacyteam schreef u over uw verzoek:',
    },
    request: 'Verzoek',
    reference: 'Referentie',
    answerBy: 'Antwoord uiterlijk',
    complaint: (name) => `Bent u het er niet mee eens, dan kunt u een klacht indienen bij de ${name} of naar de rechter stappen.`,
    complaintLink: 'Zo dient u een klacht in',
    portal: 'Naar het privacyportaal',
  },
  vi: {
    subject: { acknowledged: 'Chúng tôi đang xử lý yêu cầu của bạn', extended: 'Chúng tôi cần thêm thời gian cho yêu cầu của bạn', rejected: 'Chúng tôi không thể thực hiện yêu cầu của bạn', message: 'Tin nhắn về yêu cầu của bạn' },
    lead: {
      acknowledged: 'Chúng tôi đã bắt đầu xử lý yêu cầu của bạn.',
      extended: 'Yêu cầu của bạn cần thêm thời gian. Lý do:',
      rejected: 'Chúng tôi không thể thực hiện yêu cầu của bạn. Lý do:',
      message: 'Nhóm quyền riêng tư của chúng tôi đã viết cho bạn về yêu cầu:',
    },
    request: 'Yêu cầu',
    reference: 'Mã tham chiếu',
    answerBy: 'Hạn trả lời',
    complaint: (name) => `Nếu không đồng ý, bạn có thể khiếu nại với ${name} hoặc khởi kiện ra tòa.`,
    complaintLink: 'Cách khiếu nại',
    portal: 'Mở cổng thông tin quyền riêng tư',
  },
};

function copyFor(language: TLanguage) {
  const c = COPY[language];
  return (p: TRequestUpdateParams, { format }: { format: { date(value: TMailDate): string } }) => {
    const blocks: TMailBlock[] = [{ kind: 'text', text: c.lead[p.kind] }];
    if (p.text) blocks.push({ kind: 'text', text: p.text });
    blocks.push({
      kind: 'facts',
      rows: [
        [c.request, REQUEST_TYPE_LABELS[p.requestType][language]],
        [c.reference, p.reference],
        ...(p.kind === 'rejected' ? [] : ([[c.answerBy, format.date(p.dueDate)]] as [string, string][])),
      ],
    });
    if (p.kind === 'rejected') {
      blocks.push({ kind: 'text', text: c.complaint(p.complaintTo.name) }, { kind: 'link', label: c.complaintLink, href: p.complaintTo.url });
    }
    if (p.portalUrl !== undefined) blocks.push({ kind: 'link', label: c.portal, href: p.portalUrl });
    return { subject: `${c.subject[p.kind]} (${p.reference})`, blocks };
  };
}

export const requestUpdate: TMailTemplate<TRequestUpdateParams> = {
  copy: { en: copyFor('en'), nl: copyFor('nl'), vi: copyFor('vi') },
};
