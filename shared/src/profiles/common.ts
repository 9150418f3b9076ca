/**
 * Building blocks the operator profiles share: the categories the portal keeps in its own tables
 * for every operator (sign-in credentials, sign-in activity, the consent ledger, cookie choices,
 * support tickets), the newsletter mailing list and website visits. Texts are written here once in
 * every language the portal speaks (en, nl, vi); a profile that offers fewer languages simply
 * ignores the others. Each profile passes its own purpose, retention and recipient ids, and
 * `validateProfile` checks them against that profile.
 */
import type { TConsentChannel } from '../domain/consent-channels.ts';
import { CONSENT_METHODS } from '../domain/consent-methods.ts';
import type { TLegalBasis } from '../domain/legal-bases.ts';
import type { TProfileInput } from './profile.schema.ts';

export type TCategoryInput = TProfileInput['categories'][number];
export type TFieldInput = TCategoryInput['fields'][number];
export type TSourceInput = TFieldInput['source'];
export type TText = TFieldInput['label'];

export const PROVIDED: TSourceInput = { kind: 'provided-by-you' };
export const OBSERVED: TSourceInput = { kind: 'observed' };
export const DERIVED: TSourceInput = { kind: 'derived' };
/** Data that reached us from a recipient of the profile (e.g. a payment provider). */
export function fromPartner(recipientId: string): TSourceInput {
  return { kind: 'partner', partner: recipientId };
}

type TFieldDefaults = Pick<
  TFieldInput,
  'purposes' | 'legalBasis' | 'source' | 'retention' | 'correctable' | 'erasable'
> &
  Partial<TFieldInput>;
type TFieldSpec = Pick<TFieldInput, 'key' | 'label' | 'type'> & Partial<TFieldInput>;

/**
 * The fields of one category, with what most of them share written once: each field states its
 * key, label and type and overrides only what differs (source, recipients, retention …).
 */
export function withDefaults(defaults: TFieldDefaults, fields: TFieldSpec[]): TFieldInput[] {
  return fields.map((field) => ({ ...defaults, ...field }));
}

/** What every factory below needs from the profile. */
type TCategoryOptions = {
  system: string;
  purposes: string[];
  retention: string;
  legalBasis: TLegalBasis;
  recipients?: string[];
};

/** Reason shown for staff notes, the same for every operator. */
const INTERNAL_NOTES_REASON: TText = {
  en: 'Notes our staff write to each other while handling your ticket. They can mention other people and contain our internal assessments, so they are not shown or exported automatically. Ask for them in an access request: a privacy officer reviews them and sends you everything that concerns you.',
  nl: 'Notities die onze medewerkers voor elkaar schrijven bij het afhandelen van uw vraag. Ze kunnen over andere personen gaan en interne afwegingen bevatten, daarom tonen of exporteren wij ze niet automatisch. Vraag ze op met een inzageverzoek: een privacymedewerker beoordeelt ze en stuurt u alles wat over u gaat.',
  vi: 'Ghi chú nội bộ mà nhân viên viết cho nhau khi xử lý yêu cầu của bạn. Ghi chú có thể nhắc đến người khác và chứa đánh giá nội bộ, nên không được hiển thị hay xuất tự động. Bạn có thể yêu cầu xem qua yêu cầu truy cập dữ liệu: cán bộ phụ trách bảo vệ dữ liệu sẽ xem xét và gửi cho bạn mọi nội dung liên quan đến bạn.',
};

/** Password hash and second-factor secrets: held, never shown (they would help an attacker). */
export function signInCredentialsCategory(o: TCategoryOptions): TCategoryInput {
  const base = {
    purposes: o.purposes,
    legalBasis: o.legalBasis,
    recipients: o.recipients ?? [],
    retention: o.retention,
    correctable: false,
    erasable: true,
  };
  return {
    id: 'sign-in-credentials',
    name: { en: 'Sign-in credentials', nl: 'Inloggegevens', vi: 'Thông tin đăng nhập' },
    description: {
      en: 'How you sign in to your account. Your password is stored only as a one-way hash; secrets are never shown or exported. Change them under account security.',
      nl: 'Hoe u inlogt op uw account. Uw wachtwoord bewaren wij alleen als onomkeerbare hash; geheimen tonen of exporteren wij nooit. U wijzigt ze onder accountbeveiliging.',
      vi: 'Cách bạn đăng nhập vào tài khoản. Mật khẩu chỉ được lưu dưới dạng mã băm một chiều; các dữ liệu bí mật không bao giờ được hiển thị hay xuất ra. Bạn có thể thay đổi chúng trong phần bảo mật tài khoản.',
    },
    system: o.system,
    cardinality: 'single',
    tabular: false,
    ccpaCategory: 'sensitive-personal-information',
    fields: [
      {
        key: 'passwordHash',
        label: { en: 'Password (hashed)', nl: 'Wachtwoord (gehasht)', vi: 'Mật khẩu (đã băm)' },
        type: 'secret',
        source: PROVIDED,
        ...base,
        visibility: 'withheld',
        withheldReason: {
          en: 'We keep only an argon2id hash of your password, never the password itself. The hash is not shown or exported because it could help someone guess your password.',
          nl: 'Wij bewaren alleen een argon2id-hash van uw wachtwoord, nooit het wachtwoord zelf. De hash tonen of exporteren wij niet, omdat iemand er uw wachtwoord mee zou kunnen raden.',
          vi: 'Chúng tôi chỉ lưu mã băm argon2id của mật khẩu, không bao giờ lưu chính mật khẩu. Mã băm không được hiển thị hay xuất ra vì nó có thể giúp người khác đoán mật khẩu của bạn.',
        },
      },
      {
        key: 'passwordChangedAt',
        label: {
          en: 'Password last changed',
          nl: 'Wachtwoord laatst gewijzigd',
          vi: 'Lần đổi mật khẩu gần nhất',
        },
        type: 'datetime',
        source: OBSERVED,
        ...base,
      },
      {
        key: 'secondFactor',
        label: { en: 'Second sign-in step', nl: 'Tweede inlogstap', vi: 'Bước đăng nhập thứ hai' },
        type: 'enum',
        enumValues: ['none', 'authenticator-app'],
        source: PROVIDED,
        ...base,
      },
      {
        key: 'totpSecret',
        label: {
          en: 'Authenticator app secret',
          nl: 'Geheim van de authenticator-app',
          vi: 'Khóa bí mật của ứng dụng xác thực',
        },
        type: 'secret',
        source: DERIVED,
        ...base,
        visibility: 'withheld',
        withheldReason: {
          en: 'The secret behind your authenticator codes. Anyone who saw it could generate your sign-in codes, so it is never shown or exported.',
          nl: 'Het geheim achter de codes van uw authenticator-app. Wie het ziet, kan uw inlogcodes maken; daarom tonen of exporteren wij het nooit.',
          vi: 'Khóa bí mật tạo ra mã của ứng dụng xác thực. Ai nhìn thấy khóa này đều có thể tạo mã đăng nhập của bạn, nên nó không bao giờ được hiển thị hay xuất ra.',
        },
      },
      {
        key: 'recoveryCodes',
        label: {
          en: 'Recovery codes (hashed)',
          nl: 'Herstelcodes (gehasht)',
          vi: 'Mã khôi phục (đã băm)',
        },
        type: 'secret',
        source: DERIVED,
        ...base,
        visibility: 'withheld',
        withheldReason: {
          en: 'Recovery codes replace your second sign-in step; we keep only hashes of them and never show or export them. You can create new codes at any time.',
          nl: 'Herstelcodes vervangen uw tweede inlogstap; wij bewaren er alleen hashes van en tonen of exporteren ze nooit. U kunt altijd nieuwe codes aanmaken.',
          vi: 'Mã khôi phục thay thế bước đăng nhập thứ hai; chúng tôi chỉ lưu mã băm của chúng và không bao giờ hiển thị hay xuất ra. Bạn có thể tạo mã mới bất cứ lúc nào.',
        },
      },
    ],
  };
}

export const ACTIVITY_EVENTS = [
  'sign-in',
  'sign-in-failed',
  'sign-in-code-sent',
  'sign-out',
  'session-revoked',
  'password-changed',
  'password-reset',
  'second-factor-enabled',
  'second-factor-disabled',
  'email-changed',
  'export-downloaded',
  'erasure-requested',
  'erasure-cancelled',
] as const;

/**
 * Sign-in and device history: the large, paginated list of security events every profile keeps
 * (the benchmarks use it). Always the category id `activity`.
 */
export function activityCategory(o: TCategoryOptions): TCategoryInput {
  const base = {
    purposes: o.purposes,
    legalBasis: o.legalBasis,
    recipients: o.recipients ?? [],
    retention: o.retention,
    correctable: false,
    erasable: true,
  };
  return {
    id: 'activity',
    name: {
      en: 'Sign-in and device history',
      nl: 'Inlog- en apparaatgeschiedenis',
      vi: 'Lịch sử đăng nhập và thiết bị',
    },
    description: {
      en: 'Each sign-in, failed attempt and security change on your account, with the device and IP address it came from. We use it to protect your account and to show you where you are signed in.',
      nl: 'Elke inlog, mislukte poging en beveiligingswijziging op uw account, met het apparaat en IP-adres waar die vandaan kwam. Wij gebruiken dit om uw account te beschermen en om u te laten zien waar u bent ingelogd.',
      vi: 'Mỗi lần đăng nhập, lần thử không thành công và thay đổi bảo mật trên tài khoản của bạn, kèm thiết bị và địa chỉ IP thực hiện. Chúng tôi dùng thông tin này để bảo vệ tài khoản và cho bạn biết bạn đang đăng nhập ở đâu.',
    },
    system: o.system,
    cardinality: 'list',
    paginated: true,
    ccpaCategory: 'internet-activity',
    fields: [
      {
        key: 'occurredAt',
        label: { en: 'When', nl: 'Tijdstip', vi: 'Thời điểm' },
        type: 'datetime',
        source: OBSERVED,
        ...base,
      },
      {
        key: 'event',
        label: { en: 'What happened', nl: 'Gebeurtenis', vi: 'Sự kiện' },
        type: 'enum',
        enumValues: [...ACTIVITY_EVENTS],
        source: OBSERVED,
        ...base,
      },
      {
        key: 'ipAddress',
        label: { en: 'IP address', nl: 'IP-adres', vi: 'Địa chỉ IP' },
        type: 'ip-address',
        source: OBSERVED,
        ...base,
      },
      {
        key: 'userAgent',
        label: {
          en: 'Browser identification',
          nl: 'Browseridentificatie',
          vi: 'Thông tin nhận dạng trình duyệt',
        },
        type: 'text',
        source: OBSERVED,
        ...base,
      },
      {
        key: 'device',
        label: {
          en: 'Browser and device',
          nl: 'Browser en apparaat',
          vi: 'Trình duyệt và thiết bị',
        },
        type: 'text',
        source: DERIVED,
        ...base,
      },
      {
        key: 'approximateLocation',
        label: {
          en: 'Approximate location (from the IP address)',
          nl: 'Geschatte locatie (op basis van het IP-adres)',
          vi: 'Vị trí ước tính (dựa trên địa chỉ IP)',
        },
        type: 'text',
        source: DERIVED,
        ...base,
      },
    ],
  };
}

/** How a consent reached the ledger; one list with the ledger, the seed and the API. */
export { CONSENT_METHODS };

/** The append-only consent ledger: proof of every consent given or withdrawn. */
export function consentLedgerCategory(
  o: TCategoryOptions & { consentPurposes: string[]; channels: TConsentChannel[] },
): TCategoryInput {
  const base = {
    purposes: o.purposes,
    legalBasis: o.legalBasis,
    recipients: o.recipients ?? [],
    retention: o.retention,
    correctable: false,
    // Kept as proof even when the rest of the account is erased; see the retention rule.
    erasable: false,
  };
  return {
    id: 'consents',
    name: {
      en: 'Consents and choices',
      nl: 'Toestemmingen en keuzes',
      vi: 'Sự đồng ý và lựa chọn',
    },
    description: {
      en: 'Every permission you gave or withdrew, when, how and which notice version you saw. Entries are never changed afterwards: a new choice adds a new entry.',
      nl: 'Elke toestemming die u gaf of introk: wanneer, hoe en welke versie van de privacyverklaring u zag. Eerdere regels veranderen nooit; een nieuwe keuze voegt een nieuwe regel toe.',
      vi: 'Mọi sự đồng ý bạn đã đưa ra hoặc rút lại: thời điểm, cách thức và phiên bản chính sách bạn đã xem. Các mục cũ không bao giờ bị sửa; mỗi lựa chọn mới được ghi thành một mục mới.',
    },
    system: o.system,
    cardinality: 'list',
    ccpaCategory: 'commercial-information',
    fields: [
      {
        key: 'purpose',
        label: { en: 'Purpose', nl: 'Doel', vi: 'Mục đích' },
        type: 'enum',
        enumValues: o.consentPurposes,
        source: PROVIDED,
        ...base,
      },
      {
        key: 'channel',
        label: { en: 'Channel', nl: 'Kanaal', vi: 'Kênh' },
        type: 'enum',
        enumValues: o.channels,
        source: PROVIDED,
        ...base,
      },
      {
        key: 'decision',
        label: { en: 'Decision', nl: 'Keuze', vi: 'Lựa chọn' },
        type: 'enum',
        enumValues: ['given', 'withdrawn'],
        source: PROVIDED,
        ...base,
      },
      {
        key: 'decidedAt',
        label: { en: 'When', nl: 'Tijdstip', vi: 'Thời điểm' },
        type: 'datetime',
        source: OBSERVED,
        ...base,
      },
      {
        key: 'method',
        label: { en: 'How', nl: 'Op welke manier', vi: 'Cách thức' },
        type: 'enum',
        enumValues: [...CONSENT_METHODS],
        source: OBSERVED,
        ...base,
      },
      {
        key: 'noticeVersion',
        label: {
          en: 'Privacy notice version shown',
          nl: 'Getoonde versie van de privacyverklaring',
          vi: 'Phiên bản chính sách quyền riêng tư đã hiển thị',
        },
        type: 'text',
        source: OBSERVED,
        ...base,
      },
      {
        key: 'wording',
        label: {
          en: 'Text you agreed to',
          nl: 'Tekst waarmee u instemde',
          vi: 'Nội dung bạn đã đồng ý',
        },
        type: 'long-text',
        source: OBSERVED,
        ...base,
      },
    ],
  };
}

/** Cookie banner decisions, one entry per browser and decision. */
export function cookieChoicesCategory(
  o: TCategoryOptions & {
    choices: ('functional' | 'analytics' | 'advertising')[];
    /** Whether the browser sent a Global Privacy Control signal (CCPA profiles). */
    gpc?: boolean;
  },
): TCategoryInput {
  const base = {
    purposes: o.purposes,
    legalBasis: o.legalBasis,
    recipients: o.recipients ?? [],
    retention: o.retention,
    correctable: false,
    erasable: true,
  };
  const labels: Record<'functional' | 'analytics' | 'advertising', TText> = {
    functional: {
      en: 'Functional cookies allowed',
      nl: 'Functionele cookies toegestaan',
      vi: 'Cho phép cookie chức năng',
    },
    analytics: {
      en: 'Analytics cookies allowed',
      nl: 'Analytische cookies toegestaan',
      vi: 'Cho phép cookie phân tích',
    },
    advertising: {
      en: 'Advertising cookies allowed',
      nl: 'Advertentiecookies toegestaan',
      vi: 'Cho phép cookie quảng cáo',
    },
  };
  const fields: TFieldInput[] = [
    {
      key: 'decidedAt',
      label: { en: 'When', nl: 'Tijdstip', vi: 'Thời điểm' },
      type: 'datetime',
      source: OBSERVED,
      ...base,
    },
    {
      key: 'browser',
      label: { en: 'Browser and device', nl: 'Browser en apparaat', vi: 'Trình duyệt và thiết bị' },
      type: 'text',
      source: DERIVED,
      ...base,
    },
    ...o.choices.map((choice): TFieldInput => ({
      key: choice,
      label: labels[choice],
      type: 'boolean',
      source: PROVIDED,
      ...base,
    })),
    {
      key: 'bannerVersion',
      label: {
        en: 'Cookie notice version',
        nl: 'Versie van de cookiemelding',
        vi: 'Phiên bản thông báo cookie',
      },
      type: 'text',
      source: OBSERVED,
      ...base,
    },
  ];
  if (o.gpc) {
    fields.push({
      key: 'gpcSignal',
      label: {
        en: 'Global Privacy Control signal received',
        nl: 'Global Privacy Control-signaal ontvangen',
        vi: 'Đã nhận tín hiệu Global Privacy Control',
      },
      type: 'boolean',
      source: OBSERVED,
      ...base,
    });
  }
  return {
    id: 'cookie-choices',
    name: { en: 'Cookie choices', nl: 'Cookiekeuzes', vi: 'Lựa chọn cookie' },
    description: {
      en: 'What you chose in our cookie notice, per browser. Strictly necessary cookies are always on; everything else is off until you allow it.',
      nl: 'Wat u per browser koos in onze cookiemelding. Strikt noodzakelijke cookies staan altijd aan; al het andere staat uit totdat u het toestaat.',
      vi: 'Lựa chọn của bạn trong thông báo cookie, theo từng trình duyệt. Cookie thiết yếu luôn bật; mọi loại khác đều tắt cho đến khi bạn cho phép.',
    },
    system: o.system,
    cardinality: 'list',
    ccpaCategory: 'internet-activity',
    fields,
  };
}

/** Page views we record ourselves (server logs and analytics identifiers). */
export function websiteVisitsCategory(
  o: TCategoryOptions & { ipAnonymised: boolean; recipientsOfIp?: string[] },
): TCategoryInput {
  const base = {
    purposes: o.purposes,
    legalBasis: o.legalBasis,
    recipients: o.recipients ?? [],
    retention: o.retention,
    correctable: false,
    erasable: true,
  };
  return {
    id: 'website-visits',
    name: { en: 'Website visits', nl: 'Websitebezoeken', vi: 'Lượt truy cập trang web' },
    description: {
      en: 'Pages of our website you viewed while signed in or with analytics cookies allowed, and how long you stayed.',
      nl: "Pagina's van onze website die u bekeek terwijl u was ingelogd of analytische cookies had toegestaan, en hoe lang u bleef.",
      vi: 'Các trang trên website mà bạn đã xem khi đăng nhập hoặc khi cho phép cookie phân tích, và thời gian bạn ở lại.',
    },
    system: o.system,
    cardinality: 'list',
    paginated: true,
    ccpaCategory: 'internet-activity',
    fields: [
      {
        key: 'visitedAt',
        label: { en: 'When', nl: 'Tijdstip', vi: 'Thời điểm' },
        type: 'datetime',
        source: OBSERVED,
        ...base,
      },
      {
        key: 'page',
        label: { en: 'Page', nl: 'Pagina', vi: 'Trang' },
        type: 'text',
        source: OBSERVED,
        ...base,
        // Which pages are read, and for how long, stays as statistics that name nobody.
        onErasure: 'anonymise',
      },
      {
        key: 'referrer',
        label: { en: 'Came from', nl: 'Afkomstig van', vi: 'Đến từ' },
        type: 'text',
        source: OBSERVED,
        ...base,
      },
      {
        key: 'timeOnPageSeconds',
        label: {
          en: 'Time on page (seconds)',
          nl: 'Tijd op de pagina (seconden)',
          vi: 'Thời gian trên trang (giây)',
        },
        type: 'number',
        source: OBSERVED,
        ...base,
        onErasure: 'anonymise',
      },
      {
        key: 'ipAddress',
        label: o.ipAnonymised
          ? {
              en: 'IP address (last part removed)',
              nl: 'IP-adres (laatste deel verwijderd)',
              vi: 'Địa chỉ IP (đã xóa phần cuối)',
            }
          : { en: 'IP address', nl: 'IP-adres', vi: 'Địa chỉ IP' },
        type: 'ip-address',
        source: OBSERVED,
        ...base,
        recipients: o.recipientsOfIp ?? base.recipients,
      },
      {
        key: 'device',
        label: {
          en: 'Browser and device',
          nl: 'Browser en apparaat',
          vi: 'Trình duyệt và thiết bị',
        },
        type: 'text',
        source: DERIVED,
        ...base,
      },
    ],
  };
}

/** Questions and complaints you sent us; staff notes on them are held but withheld. */
export function supportTicketsCategory(
  o: TCategoryOptions & { channels: string[]; description?: TText },
): TCategoryInput {
  const base = {
    purposes: o.purposes,
    legalBasis: o.legalBasis,
    recipients: o.recipients ?? [],
    retention: o.retention,
    correctable: false,
    erasable: true,
  };
  return {
    id: 'support-tickets',
    name: { en: 'Support tickets', nl: 'Klantenservicevragen', vi: 'Yêu cầu hỗ trợ' },
    description: o.description ?? {
      en: 'Questions, complaints and requests you sent our support team, and our answers.',
      nl: 'Vragen, klachten en verzoeken die u aan onze klantenservice stuurde, met onze antwoorden.',
      vi: 'Câu hỏi, khiếu nại và yêu cầu bạn đã gửi bộ phận chăm sóc khách hàng, cùng câu trả lời của chúng tôi.',
    },
    system: o.system,
    cardinality: 'list',
    ccpaCategory: 'customer-records',
    fields: [
      {
        key: 'ticketNumber',
        label: { en: 'Ticket number', nl: 'Ticketnummer', vi: 'Mã yêu cầu' },
        type: 'text',
        source: DERIVED,
        ...base,
      },
      {
        key: 'openedAt',
        label: { en: 'Opened', nl: 'Geopend', vi: 'Ngày tạo' },
        type: 'datetime',
        source: OBSERVED,
        ...base,
      },
      {
        key: 'channel',
        label: { en: 'Channel', nl: 'Kanaal', vi: 'Kênh liên hệ' },
        type: 'enum',
        enumValues: o.channels,
        source: OBSERVED,
        ...base,
        // How many questions came in on which channel, and how they ended, stays without any link to you.
        onErasure: 'anonymise',
      },
      {
        key: 'subject',
        label: { en: 'Subject', nl: 'Onderwerp', vi: 'Chủ đề' },
        type: 'text',
        source: PROVIDED,
        ...base,
      },
      {
        key: 'conversation',
        label: { en: 'Messages', nl: 'Berichten', vi: 'Nội dung trao đổi' },
        type: 'long-text',
        source: PROVIDED,
        ...base,
      },
      {
        key: 'status',
        label: { en: 'Status', nl: 'Status', vi: 'Trạng thái' },
        type: 'enum',
        enumValues: ['open', 'waiting-for-you', 'resolved', 'closed'],
        source: DERIVED,
        ...base,
        onErasure: 'anonymise',
      },
      {
        key: 'closedAt',
        label: { en: 'Closed', nl: 'Gesloten', vi: 'Ngày đóng' },
        type: 'datetime',
        source: OBSERVED,
        ...base,
      },
      {
        key: 'internalNotes',
        label: { en: 'Staff notes', nl: 'Interne notities', vi: 'Ghi chú nội bộ' },
        type: 'long-text',
        source: DERIVED,
        ...base,
        visibility: 'withheld',
        withheldReason: INTERNAL_NOTES_REASON,
      },
    ],
  };
}

/**
 * Mailing-list subscriptions held by the operator's newsletter service (an HTTP system), one
 * entry per list. Always the category id `newsletter-subscription`.
 */
export function newsletterSubscriptionCategory(
  o: TCategoryOptions & { lists: string[]; signupSources: string[] },
): TCategoryInput {
  const base = {
    purposes: o.purposes,
    legalBasis: o.legalBasis,
    recipients: o.recipients ?? [],
    retention: o.retention,
    correctable: false,
    erasable: true,
  };
  return {
    id: 'newsletter-subscription',
    name: {
      en: 'Newsletter subscription',
      nl: 'Nieuwsbriefinschrijving',
      vi: 'Đăng ký nhận email thông báo',
    },
    description: {
      en: 'The mailing lists you subscribed to, kept by our newsletter service. Unsubscribing takes effect at once; service emails about your account continue.',
      nl: 'De mailinglijsten waarop u bent ingeschreven, bijgehouden door onze nieuwsbriefdienst. Afmelden werkt direct; service-e-mails over uw account blijven komen.',
      vi: 'Các danh sách email bạn đã đăng ký, do hệ thống gửi email thông báo của chúng tôi lưu giữ. Hủy đăng ký có hiệu lực ngay; email giao dịch về tài khoản của bạn vẫn được gửi.',
    },
    system: o.system,
    cardinality: 'list',
    ccpaCategory: 'identifiers',
    fields: [
      {
        key: 'list',
        label: { en: 'Mailing list', nl: 'Mailinglijst', vi: 'Danh sách email' },
        type: 'enum',
        enumValues: o.lists,
        source: PROVIDED,
        ...base,
      },
      {
        key: 'emailAddress',
        label: {
          en: 'Email address on the list',
          nl: 'E-mailadres op de lijst',
          vi: 'Địa chỉ email trong danh sách',
        },
        type: 'email',
        source: PROVIDED,
        ...base,
        correctable: true,
      },
      {
        key: 'status',
        label: { en: 'Status', nl: 'Status', vi: 'Trạng thái' },
        type: 'enum',
        enumValues: ['subscribed', 'unsubscribed', 'bounced'],
        source: DERIVED,
        ...base,
      },
      {
        key: 'subscribedAt',
        label: { en: 'Subscribed', nl: 'Ingeschreven op', vi: 'Ngày đăng ký' },
        type: 'datetime',
        source: OBSERVED,
        ...base,
      },
      {
        key: 'unsubscribedAt',
        label: { en: 'Unsubscribed', nl: 'Afgemeld op', vi: 'Ngày hủy đăng ký' },
        type: 'datetime',
        source: OBSERVED,
        ...base,
      },
      {
        key: 'signupSource',
        label: { en: 'Where you subscribed', nl: 'Waar u zich inschreef', vi: 'Nơi bạn đăng ký' },
        type: 'enum',
        enumValues: o.signupSources,
        source: OBSERVED,
        ...base,
      },
      {
        key: 'lastSentAt',
        label: { en: 'Last mailing sent', nl: 'Laatste verzending', vi: 'Lần gửi gần nhất' },
        type: 'datetime',
        source: OBSERVED,
        ...base,
      },
    ],
  };
}

/** The settings every profile shares (product.md "Numbers"); profiles add their own. */
export const BASE_SETTINGS = {
  erasureGraceDays: 14,
  exportLinkDays: 7,
  impersonationMaxMinutes: 30,
  notifyCustomerOnImpersonation: true,
} as const;
