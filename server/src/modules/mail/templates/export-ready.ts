import type { TMailTemplate } from '../mail-types.ts';

/** The link goes to the portal, not to the file: downloading needs a signed-in, stepped-up session. */
export type TExportReadyParams = { portalUrl: string; expiresAt: Date };

export const exportReady: TMailTemplate<TExportReadyParams> = {
  copy: {
    en: (p, { operator, format }) => ({
      subject: 'Your data export is ready',
      blocks: [
        {
          kind: 'text',
          text: `The copy of your personal data that you asked ${operator.companyName} for is ready. Sign in to the privacy portal to download it.`,
        },
        { kind: 'link', label: 'Open the privacy portal', href: p.portalUrl },
        {
          kind: 'text',
          text: `The download is available until ${format.dateTime(p.expiresAt)}. For your safety the file is not attached to this email.`,
        },
      ],
    }),
    nl: (p, { operator, format }) => ({
      subject: 'Uw gegevensexport staat klaar',
      blocks: [
        {
          kind: 'text',
          text: `De kopie van uw persoonsgegevens die u bij ${operator.companyName} heeft opgevraagd, staat klaar. Log in op het privacyportaal om deze te downloaden.`,
        },
        { kind: 'link', label: 'Naar het privacyportaal', href: p.portalUrl },
        {
          kind: 'text',
          text: `De download is beschikbaar tot ${format.dateTime(p.expiresAt)}. Voor uw veiligheid zit het bestand niet als bijlage bij deze e-mail.`,
        },
      ],
    }),
    vi: (p, { operator, format }) => ({
      subject: 'Bản xuất dữ liệu của bạn đã sẵn sàng',
      blocks: [
        {
          kind: 'text',
          text: `Bản sao dữ liệu cá nhân mà bạn yêu cầu từ ${operator.companyName} đã sẵn sàng. Hãy đăng nhập vào cổng thông tin quyền riêng tư để tải xuống.`,
        },
        { kind: 'link', label: 'Mở cổng thông tin quyền riêng tư', href: p.portalUrl },
        {
          kind: 'text',
          text: `Bạn có thể tải xuống đến ${format.dateTime(p.expiresAt)}. Vì lý do an toàn, tệp không được đính kèm trong email này.`,
        },
      ],
    }),
  },
};
