import type { TConsentChannel } from '@portal/shared/domain/consent-channels';
import type { TConsentMethod, TPrivacyChoice } from '@portal/shared/domain/consent-methods';
import type { TLanguage } from '@portal/shared/domain/languages';

/**
 * The server's own words about consent, in every language the portal speaks: they are stored in
 * the ledger (`wording`), sent back by SMS and printed on receipts, so they cannot live in the
 * SPA's catalogs. A Record per language makes a missing translation a type error.
 */
type TConsentCopy = {
  transactionalNote: string;
  choices: Record<TPrivacyChoice, { label: string; description: string }>;
  sms: { stopped: (operator: string) => string; help: (operator: string, email: string) => string };
  channels: Record<TConsentChannel, string>;
  methods: Record<TConsentMethod, string>;
  receipt: {
    title: string;
    intro: (operator: string) => string;
    issuedAt: string;
    receiptId: string;
    controller: string;
    customerNumber: string;
    notice: string;
    consents: string;
    purpose: string;
    channel: string;
    status: string;
    since: string;
    how: string;
    given: string;
    notGiven: string;
    withdrawn: string;
    choices: string;
    choice: string;
    optedOut: string;
    allowed: string;
    ledger: (entries: number) => string;
    verification: string;
    signedData: string;
    signature: string;
  };
};

export const CONSENT_COPY: Record<TLanguage, TConsentCopy> = {
  en: {
    transactionalNote:
      'Messages we have to send you, such as order and booking confirmations, invoices and account security alerts, continue whatever you choose here.',
    choices: {
      'sale-or-sharing': {
        label: 'Do Not Sell or Share My Personal Information',
        description:
          'We do not sell your personal information and do not share it for advertising on other websites and apps based on your activity here.',
      },
      'sensitive-data-use': {
        label: 'Limit the Use of My Sensitive Personal Information',
        description:
          'We use sensitive personal information, such as your account login, only to provide the service you asked for and to keep your account secure.',
      },
      'third-party-direct-marketing': {
        label:
          'Do not share my contact details with third parties for their direct marketing (Shine the Light)',
        description:
          'We do not pass your name and contact details to other companies for their own marketing. Partner offers you had allowed are withdrawn.',
      },
    },
    sms: {
      stopped: (operator) =>
        `${operator}: you will no longer receive marketing texts from us. Messages about your orders and account continue.`,
      help: (operator, email) =>
        `${operator}: reply STOP to stop marketing texts. Questions? Write to ${email}.`,
    },
    channels: { email: 'Email', sms: 'Text message (SMS)', phone: 'Phone', post: 'Post' },
    methods: {
      'sign-up': 'When you signed up',
      portal: 'In the privacy portal',
      'one-click-unsubscribe': 'Unsubscribe button of your email app',
      'unsubscribe-link': 'Unsubscribe link in an email',
      'sms-stop': 'STOP reply to a text message',
      gpc: 'Global Privacy Control signal of your browser',
      'staff-on-request': 'By our staff, at your request',
      erasure: 'When you asked us to delete your account',
    },
    receipt: {
      title: 'Consent receipt',
      intro: (operator) =>
        `This receipt lists the consents and privacy choices ${operator} has recorded for you at the moment it was issued. It is signed, so it can prove later what was recorded.`,
      issuedAt: 'Issued',
      receiptId: 'Receipt number',
      controller: 'Issued by',
      customerNumber: 'Customer number',
      notice: 'Privacy notice version',
      consents: 'Consents',
      purpose: 'Purpose',
      channel: 'Channel',
      status: 'Status',
      since: 'Since',
      how: 'How',
      given: 'Given',
      notGiven: 'Not given',
      withdrawn: 'Withdrawn',
      choices: 'Your Privacy Choices',
      choice: 'Choice',
      optedOut: 'Opted out',
      allowed: 'Not opted out',
      ledger: (entries) => `Based on ${entries} entries in the consent record.`,
      verification:
        'How to check this receipt: the signed data below is the receipt in JSON; the signature is a JSON Web Signature (EdDSA) over exactly that text. The portal checks it for you at /api/consent/receipt/verify.',
      signedData: 'Signed data',
      signature: 'Signature',
    },
  },
  nl: {
    transactionalNote:
      'Berichten die wij u moeten sturen, zoals bevestigingen van bestellingen en boekingen, facturen en beveiligingsmeldingen over uw account, blijven komen, wat u hier ook kiest.',
    choices: {
      'sale-or-sharing': {
        label: 'Mijn persoonsgegevens niet verkopen of delen',
        description:
          'Wij verkopen uw persoonsgegevens niet en delen ze niet voor advertenties op andere websites en apps op basis van uw activiteit hier.',
      },
      'sensitive-data-use': {
        label: 'Het gebruik van mijn gevoelige persoonsgegevens beperken',
        description:
          'Wij gebruiken gevoelige persoonsgegevens, zoals uw inloggegevens, alleen om de dienst te leveren waarom u vroeg en om uw account te beveiligen.',
      },
      'third-party-direct-marketing': {
        label:
          'Mijn contactgegevens niet delen met derden voor hun eigen marketing (Shine the Light)',
        description:
          'Wij geven uw naam en contactgegevens niet door aan andere bedrijven voor hun eigen marketing. Aanbiedingen van partners die u had toegestaan, worden ingetrokken.',
      },
    },
    sms: {
      stopped: (operator) =>
        `${operator}: u ontvangt geen marketing-sms'jes meer van ons. Berichten over uw bestellingen en account blijven komen.`,
      help: (operator, email) =>
        `${operator}: antwoord STOP om geen marketing-sms'jes meer te ontvangen. Vragen? Schrijf naar ${email}.`,
    },
    channels: { email: 'E-mail', sms: 'Sms', phone: 'Telefoon', post: 'Post' },
    methods: {
      'sign-up': 'Bij uw aanmelding',
      portal: 'In het privacyportaal',
      'one-click-unsubscribe': 'Afmeldknop van uw e-mailprogramma',
      'unsubscribe-link': 'Afmeldlink in een e-mail',
      'sms-stop': 'STOP-antwoord op een sms',
      gpc: 'Global Privacy Control-signaal van uw browser',
      'staff-on-request': 'Door onze medewerkers, op uw verzoek',
      erasure: 'Toen u vroeg uw account te verwijderen',
    },
    receipt: {
      title: 'Toestemmingsbewijs',
      intro: (operator) =>
        `Dit bewijs toont de toestemmingen en privacykeuzes die ${operator} voor u had vastgelegd op het moment van uitgifte. Het is ondertekend, zodat het later kan aantonen wat er was vastgelegd.`,
      issuedAt: 'Uitgegeven op',
      receiptId: 'Nummer van dit bewijs',
      controller: 'Uitgegeven door',
      customerNumber: 'Klantnummer',
      notice: 'Versie van de privacyverklaring',
      consents: 'Toestemmingen',
      purpose: 'Doel',
      channel: 'Kanaal',
      status: 'Status',
      since: 'Sinds',
      how: 'Hoe',
      given: 'Gegeven',
      notGiven: 'Niet gegeven',
      withdrawn: 'Ingetrokken',
      choices: 'Uw privacykeuzes',
      choice: 'Keuze',
      optedOut: 'Bezwaar gemaakt',
      allowed: 'Geen bezwaar gemaakt',
      ledger: (entries) => `Gebaseerd op ${entries} regels in het toestemmingsregister.`,
      verification:
        'Zo controleert u dit bewijs: de ondertekende gegevens hieronder zijn het bewijs in JSON; de handtekening is een JSON Web Signature (EdDSA) over precies die tekst. Het portaal controleert hem voor u via /api/consent/receipt/verify.',
      signedData: 'Ondertekende gegevens',
      signature: 'Handtekening',
    },
  },
  vi: {
    transactionalNote:
      'Các tin nhắn chúng tôi bắt buộc phải gửi, như xác nhận đơn hàng và đặt chỗ, hóa đơn và cảnh báo bảo mật tài khoản, vẫn tiếp tục được gửi dù bạn chọn gì ở đây.',
    choices: {
      'sale-or-sharing': {
        label: 'Không bán hoặc chia sẻ thông tin cá nhân của tôi',
        description:
          'Chúng tôi không bán thông tin cá nhân của bạn và không chia sẻ để hiển thị quảng cáo trên các trang web và ứng dụng khác dựa trên hoạt động của bạn tại đây.',
      },
      'sensitive-data-use': {
        label: 'Hạn chế sử dụng thông tin cá nhân nhạy cảm của tôi',
        description:
          'Chúng tôi chỉ dùng thông tin cá nhân nhạy cảm, như thông tin đăng nhập tài khoản, để cung cấp dịch vụ bạn yêu cầu và bảo vệ tài khoản của bạn.',
      },
      'third-party-direct-marketing': {
        label:
          'Không chia sẻ thông tin liên hệ của tôi với bên thứ ba để họ tiếp thị trực tiếp (Shine the Light)',
        description:
          'Chúng tôi không chuyển tên và thông tin liên hệ của bạn cho công ty khác để họ tự tiếp thị. Các ưu đãi từ đối tác mà bạn đã đồng ý sẽ bị rút lại.',
      },
    },
    sms: {
      stopped: (operator) =>
        `${operator}: bạn sẽ không nhận tin nhắn tiếp thị từ chúng tôi nữa. Tin nhắn về đơn hàng và tài khoản của bạn vẫn được gửi.`,
      help: (operator, email) =>
        `${operator}: trả lời HUY để ngừng nhận tin nhắn tiếp thị. Cần hỗ trợ? Vui lòng viết cho ${email}.`,
    },
    channels: { email: 'Email', sms: 'Tin nhắn SMS', phone: 'Điện thoại', post: 'Thư bưu điện' },
    methods: {
      'sign-up': 'Khi bạn đăng ký',
      portal: 'Trong cổng quyền riêng tư',
      'one-click-unsubscribe': 'Nút hủy đăng ký của ứng dụng email',
      'unsubscribe-link': 'Liên kết hủy đăng ký trong email',
      'sms-stop': 'Trả lời STOP cho tin nhắn SMS',
      gpc: 'Tín hiệu Global Privacy Control của trình duyệt',
      'staff-on-request': 'Do nhân viên thực hiện theo yêu cầu của bạn',
      erasure: 'Khi bạn yêu cầu xóa tài khoản',
    },
    receipt: {
      title: 'Biên nhận sự đồng ý',
      intro: (operator) =>
        `Biên nhận này liệt kê các sự đồng ý và lựa chọn quyền riêng tư mà ${operator} đã ghi nhận cho bạn tại thời điểm cấp. Biên nhận có chữ ký số để sau này chứng minh nội dung đã được ghi nhận.`,
      issuedAt: 'Ngày cấp',
      receiptId: 'Số biên nhận',
      controller: 'Đơn vị cấp',
      customerNumber: 'Mã khách hàng',
      notice: 'Phiên bản chính sách quyền riêng tư',
      consents: 'Sự đồng ý',
      purpose: 'Mục đích',
      channel: 'Kênh',
      status: 'Trạng thái',
      since: 'Từ',
      how: 'Cách thức',
      given: 'Đã đồng ý',
      notGiven: 'Chưa đồng ý',
      withdrawn: 'Đã rút lại',
      choices: 'Lựa chọn quyền riêng tư của bạn',
      choice: 'Lựa chọn',
      optedOut: 'Đã từ chối',
      allowed: 'Chưa từ chối',
      ledger: (entries) => `Dựa trên ${entries} mục trong sổ ghi nhận sự đồng ý.`,
      verification:
        'Cách kiểm tra biên nhận: dữ liệu được ký dưới đây là biên nhận ở dạng JSON; chữ ký là JSON Web Signature (EdDSA) trên đúng đoạn văn bản đó. Cổng có thể kiểm tra giúp bạn tại /api/consent/receipt/verify.',
      signedData: 'Dữ liệu được ký',
      signature: 'Chữ ký',
    },
  },
};
