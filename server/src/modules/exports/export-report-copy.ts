import type { TLanguage } from '@portal/shared/domain/languages';
import type { TLegalBasis } from '@portal/shared/domain/legal-bases';
import type { TRight } from '@portal/shared/domain/rights';

/** The words of index.html (GDPR Art. 15 explanations) in every language reports are written in. */
export type TReportCopy = {
  title: string;
  intro: (company: string, generatedAt: string) => string;
  contents: string;
  category: string;
  records: string;
  files: string;
  unavailable: string;
  field: string;
  purposes: string;
  legalBasis: string;
  source: string;
  recipients: string;
  retention: string;
  none: string;
  preview: (shown: number, total: number) => string;
  withheldTitle: string;
  withheldIntro: string;
  recipientsTitle: string;
  country: string;
  rightsTitle: string;
  rightsIntro: (email: string) => string;
  authority: (name: string) => string;
  verifyTitle: string;
  verify: string;
  dateRange: (from: string, to: string) => string;
  sources: Record<'provided-by-you' | 'observed' | 'derived' | 'partner', string>;
  legalBases: Record<TLegalBasis, string>;
  rights: Record<TRight, string>;
};

const en: TReportCopy = {
  title: 'Your personal data',
  intro: (company, at) => `This is the copy of your personal data that ${company} holds, made on ${at} at your request (GDPR Art. 15 and 20).`,
  contents: 'What is in this package',
  category: 'Category',
  records: 'Records',
  files: 'Files',
  unavailable: 'not available: the system holding it did not answer; ask again later',
  field: 'Field',
  purposes: 'Why we use it',
  legalBasis: 'Legal basis',
  source: 'Where it comes from',
  recipients: 'Who receives it',
  retention: 'How long we keep it',
  none: 'nobody',
  preview: (shown, total) => `The first ${shown} of ${total} records; all of them are in the JSON and CSV files.`,
  withheldTitle: 'What we hold but do not hand out',
  withheldIntro: 'These fields exist but their values are not in this package, for the reasons given.',
  recipientsTitle: 'Recipients',
  country: 'Country',
  rightsTitle: 'Your rights',
  rightsIntro: (email) => `You can use these rights at any time in the privacy portal or by writing to ${email}.`,
  authority: (name) => `You may complain to the supervisory authority: ${name}.`,
  verifyTitle: 'Checking this package',
  verify: 'manifest.json lists every file with its SHA-256 checksum; manifest.jws is our signature over it (a detached JWS that the public keys of the portal verify).',
  dateRange: (from, to) => `Only records from ${from} to ${to} are included.`,
  sources: { 'provided-by-you': 'you gave it to us', observed: 'we recorded it while you used our services', derived: 'we worked it out from other data', partner: 'a partner gave it to us' },
  legalBases: {
    consent: 'your consent',
    contract: 'our contract with you',
    'legal-obligation': 'a legal obligation',
    'vital-interests': 'vital interests',
    'public-task': 'a task in the public interest',
    'legitimate-interests': 'our legitimate interests',
    'business-purpose': 'a business purpose',
  },
  rights: {
    access: 'Access your data',
    rectification: 'Have it corrected',
    erasure: 'Have it erased',
    restriction: 'Restrict its use',
    portability: 'Take it with you',
    objection: 'Object to its use',
    'withdraw-consent': 'Withdraw consent',
    'automated-decisions': 'Not be subject to automated decisions',
    complain: 'Complain to the supervisory authority',
    'know-categories': 'Know what categories we hold',
    'opt-out-sale-sharing': 'Opt out of sale or sharing',
    'limit-sensitive': 'Limit the use of sensitive data',
    'shine-the-light': 'Ask who received it for marketing',
    'non-discrimination': 'Not be treated worse for using your rights',
  },
};

const nl: TReportCopy = {
  title: 'Uw persoonsgegevens',
  intro: (company, at) => `Dit is de kopie van uw persoonsgegevens die ${company} bewaart, gemaakt op ${at} op uw verzoek (AVG art. 15 en 20).`,
  contents: 'Wat zit er in dit pakket',
  category: 'Categorie',
  records: 'Records',
  files: 'Bestanden',
  unavailable: 'niet beschikbaar: het systeem met deze gegevens antwoordde niet; vraag het later opnieuw',
  field: 'Gegeven',
  purposes: 'Waarvoor wij het gebruiken',
  legalBasis: 'Grondslag',
  source: 'Herkomst',
  recipients: 'Wie het ontvangt',
  retention: 'Hoe lang wij het bewaren',
  none: 'niemand',
  preview: (shown, total) => `De eerste ${shown} van ${total} records; ze staan allemaal in de JSON- en CSV-bestanden.`,
  withheldTitle: 'Wat wij bewaren maar niet meegeven',
  withheldIntro: 'Deze gegevens bestaan, maar de waarden zitten niet in dit pakket, om de genoemde redenen.',
  recipientsTitle: 'Ontvangers',
  country: 'Land',
  rightsTitle: 'Uw rechten',
  rightsIntro: (email) => `U kunt deze rechten altijd gebruiken in het privacyportaal of door te schrijven naar ${email}.`,
  authority: (name) => `U kunt een klacht indienen bij de toezichthouder: ${name}.`,
  verifyTitle: 'Dit pakket controleren',
  verify: 'manifest.json noemt elk bestand met zijn SHA-256-controlegetal; manifest.jws is onze handtekening daarover (een losse JWS die u controleert met de publieke sleutels van het portaal).',
  dateRange: (from, to) => `Alleen records van ${from} tot en met ${to} zijn opgenomen.`,
  sources: { 'provided-by-you': 'u heeft het ons gegeven', observed: 'wij hebben het vastgelegd toen u onze diensten gebruikte', derived: 'wij hebben het afgeleid uit andere gegevens', partner: 'een partner heeft het ons gegeven' },
  legalBases: {
    consent: 'uw toestemming',
    contract: 'onze overeenkomst met u',
    'legal-obligation': 'een wettelijke plicht',
    'vital-interests': 'vitale belangen',
    'public-task': 'een taak van algemeen belang',
    'legitimate-interests': 'ons gerechtvaardigd belang',
    'business-purpose': 'een bedrijfsdoel',
  },
  rights: {
    access: 'Uw gegevens inzien',
    rectification: 'Ze laten verbeteren',
    erasure: 'Ze laten wissen',
    restriction: 'Het gebruik laten beperken',
    portability: 'Ze meenemen',
    objection: 'Bezwaar maken tegen het gebruik',
    'withdraw-consent': 'Toestemming intrekken',
    'automated-decisions': 'Geen geautomatiseerde besluiten',
    complain: 'Klagen bij de toezichthouder',
    'know-categories': 'Weten welke soorten gegevens wij hebben',
    'opt-out-sale-sharing': 'Verkoop of delen weigeren',
    'limit-sensitive': 'Gebruik van gevoelige gegevens beperken',
    'shine-the-light': 'Vragen wie ze voor marketing kreeg',
    'non-discrimination': 'Niet slechter behandeld worden als u uw rechten gebruikt',
  },
};

const vi: TReportCopy = {
  title: 'Dữ liệu cá nhân của bạn',
  intro: (company, at) => `Đây là bản sao dữ liệu cá nhân mà ${company} lưu giữ về bạn, được tạo vào ${at} theo yêu cầu của bạn (GDPR Điều 15 và 20).`,
  contents: 'Nội dung của gói này',
  category: 'Danh mục',
  records: 'Bản ghi',
  files: 'Tệp',
  unavailable: 'không có: hệ thống lưu giữ dữ liệu này không phản hồi; vui lòng thử lại sau',
  field: 'Trường',
  purposes: 'Chúng tôi dùng để làm gì',
  legalBasis: 'Cơ sở pháp lý',
  source: 'Nguồn gốc',
  recipients: 'Ai nhận dữ liệu',
  retention: 'Chúng tôi lưu giữ bao lâu',
  none: 'không ai',
  preview: (shown, total) => `${shown} bản ghi đầu tiên trong tổng số ${total}; tất cả đều có trong các tệp JSON và CSV.`,
  withheldTitle: 'Dữ liệu chúng tôi lưu giữ nhưng không cung cấp',
  withheldIntro: 'Các trường này tồn tại nhưng giá trị của chúng không có trong gói này, vì những lý do được nêu.',
  recipientsTitle: 'Bên nhận',
  country: 'Quốc gia',
  rightsTitle: 'Quyền của bạn',
  rightsIntro: (email) => `Bạn có thể thực hiện các quyền này bất cứ lúc nào trong cổng thông tin quyền riêng tư hoặc bằng cách viết thư tới ${email}.`,
  authority: (name) => `Bạn có thể khiếu nại với cơ quan giám sát: ${name}.`,
  verifyTitle: 'Kiểm tra gói này',
  verify: 'manifest.json liệt kê mọi tệp cùng mã kiểm tra SHA-256; manifest.jws là chữ ký của chúng tôi trên tệp đó (một JWS tách rời, được xác minh bằng khóa công khai của cổng thông tin).',
  dateRange: (from, to) => `Chỉ bao gồm các bản ghi từ ${from} đến ${to}.`,
  sources: { 'provided-by-you': 'bạn đã cung cấp cho chúng tôi', observed: 'chúng tôi ghi nhận khi bạn sử dụng dịch vụ', derived: 'chúng tôi suy ra từ dữ liệu khác', partner: 'một đối tác đã cung cấp cho chúng tôi' },
  legalBases: {
    consent: 'sự đồng ý của bạn',
    contract: 'hợp đồng giữa chúng tôi và bạn',
    'legal-obligation': 'nghĩa vụ pháp lý',
    'vital-interests': 'lợi ích sống còn',
    'public-task': 'nhiệm vụ vì lợi ích công cộng',
    'legitimate-interests': 'lợi ích hợp pháp của chúng tôi',
    'business-purpose': 'mục đích kinh doanh',
  },
  rights: {
    access: 'Truy cập dữ liệu của bạn',
    rectification: 'Yêu cầu sửa dữ liệu',
    erasure: 'Yêu cầu xóa dữ liệu',
    restriction: 'Hạn chế việc sử dụng',
    portability: 'Mang dữ liệu đi nơi khác',
    objection: 'Phản đối việc sử dụng',
    'withdraw-consent': 'Rút lại sự đồng ý',
    'automated-decisions': 'Không bị quyết định hoàn toàn tự động',
    complain: 'Khiếu nại với cơ quan giám sát',
    'know-categories': 'Biết chúng tôi lưu giữ những loại dữ liệu nào',
    'opt-out-sale-sharing': 'Từ chối việc bán hoặc chia sẻ',
    'limit-sensitive': 'Hạn chế sử dụng dữ liệu nhạy cảm',
    'shine-the-light': 'Hỏi ai đã nhận dữ liệu cho mục đích tiếp thị',
    'non-discrimination': 'Không bị đối xử bất lợi khi thực hiện quyền của mình',
  },
};

export const REPORT_COPY: Record<TLanguage, TReportCopy> = { en, nl, vi };
