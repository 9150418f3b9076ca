import type { TRequestType } from '@portal/shared/domain/request-types';
import type { TMailBlock, TMailDate, TMailTemplate } from '../mail-types.ts';
import { REQUEST_TYPE_LABELS } from './request-type-labels.ts';

export type TRequestReceivedParams = {
  requestType: TRequestType;
  reference: string;
  dueDate: TMailDate;
  portalUrl?: string;
};

function portalLink(p: TRequestReceivedParams, label: string): TMailBlock[] {
  return p.portalUrl === undefined ? [] : [{ kind: 'link', label, href: p.portalUrl }];
}

export const requestReceived: TMailTemplate<TRequestReceivedParams> = {
  copy: {
    en: (p, { operator, format }) => ({
      subject: `We received your request (${p.reference})`,
      blocks: [
        { kind: 'text', text: `${operator.companyName} has received your request.` },
        {
          kind: 'facts',
          rows: [
            ['Request', REQUEST_TYPE_LABELS[p.requestType].en],
            ['Reference', p.reference],
            ['Answer by', format.date(p.dueDate)],
          ],
        },
        {
          kind: 'text',
          text: `We will answer by ${format.date(p.dueDate)} at the latest. You can follow the status in the privacy portal.`,
        },
        ...portalLink(p, 'Open the privacy portal'),
      ],
    }),
    nl: (p, { operator, format }) => ({
      subject: `Uw verzoek is ontvangen (${p.reference})`,
      blocks: [
        { kind: 'text', text: `${operator.companyName} heeft uw verzoek ontvangen.` },
        {
          kind: 'facts',
          rows: [
            ['Verzoek', REQUEST_TYPE_LABELS[p.requestType].nl],
            ['Referentie', p.reference],
            ['Antwoord uiterlijk', format.date(p.dueDate)],
          ],
        },
        {
          kind: 'text',
          text: `U krijgt uiterlijk ${format.date(p.dueDate)} antwoord. U kunt de status volgen in het privacyportaal.`,
        },
        ...portalLink(p, 'Naar het privacyportaal'),
      ],
    }),
    vi: (p, { operator, format }) => ({
      subject: `Chúng tôi đã nhận được yêu cầu của bạn (${p.reference})`,
      blocks: [
        { kind: 'text', text: `${operator.companyName} đã nhận được yêu cầu của bạn.` },
        {
          kind: 'facts',
          rows: [
            ['Yêu cầu', REQUEST_TYPE_LABELS[p.requestType].vi],
            ['Mã tham chiếu', p.reference],
            ['Hạn trả lời', format.date(p.dueDate)],
          ],
        },
        {
          kind: 'text',
          text: `Chúng tôi sẽ trả lời chậm nhất vào ${format.date(p.dueDate)}. Bạn có thể theo dõi trạng thái trên cổng thông tin quyền riêng tư.`,
        },
        ...portalLink(p, 'Mở cổng thông tin quyền riêng tư'),
      ],
    }),
  },
};
