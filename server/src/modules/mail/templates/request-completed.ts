import type { TRequestType } from '@portal/shared/domain/request-types';
import type { TMailBlock, TMailTemplate } from '../mail-types.ts';
import { REQUEST_TYPE_LABELS } from './request-type-labels.ts';

/** The outcome itself stays in the portal, behind sign-in; the email only says where to look. */
export type TRequestCompletedParams = {
  requestType: TRequestType;
  reference: string;
  portalUrl?: string;
};

function portalLink(p: TRequestCompletedParams, label: string): TMailBlock[] {
  return p.portalUrl === undefined ? [] : [{ kind: 'link', label, href: p.portalUrl }];
}

export const requestCompleted: TMailTemplate<TRequestCompletedParams> = {
  copy: {
    en: (p, { operator }) => ({
      subject: `Your request is complete (${p.reference})`,
      blocks: [
        { kind: 'text', text: `${operator.companyName} has completed your request.` },
        {
          kind: 'facts',
          rows: [
            ['Request', REQUEST_TYPE_LABELS[p.requestType].en],
            ['Reference', p.reference],
          ],
        },
        { kind: 'text', text: 'You can see the outcome in the privacy portal.' },
        ...portalLink(p, 'Open the privacy portal'),
      ],
    }),
    nl: (p, { operator }) => ({
      subject: `Uw verzoek is afgehandeld (${p.reference})`,
      blocks: [
        { kind: 'text', text: `${operator.companyName} heeft uw verzoek afgehandeld.` },
        {
          kind: 'facts',
          rows: [
            ['Verzoek', REQUEST_TYPE_LABELS[p.requestType].nl],
            ['Referentie', p.reference],
          ],
        },
        { kind: 'text', text: 'U ziet de uitkomst in het privacyportaal.' },
        ...portalLink(p, 'Naar het privacyportaal'),
      ],
    }),
    vi: (p, { operator }) => ({
      subject: `Yêu cầu của bạn đã hoàn tất (${p.reference})`,
      blocks: [
        { kind: 'text', text: `${operator.companyName} đã hoàn tất yêu cầu của bạn.` },
        {
          kind: 'facts',
          rows: [
            ['Yêu cầu', REQUEST_TYPE_LABELS[p.requestType].vi],
            ['Mã tham chiếu', p.reference],
          ],
        },
        { kind: 'text', text: 'Bạn có thể xem kết quả trên cổng thông tin quyền riêng tư.' },
        ...portalLink(p, 'Mở cổng thông tin quyền riêng tư'),
      ],
    }),
  },
};
