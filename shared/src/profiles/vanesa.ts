/**
 * Vanesa KR, the company behind the Vietnamese cosmetics brand Cocoon.
 * Seed: 002_8352e704ebf176e4.txt (undated; issued under Decree 52/2013/ND-CP on e-commerce).
 * Personal Data Protection Law 91/2025/QH15 with Decree 356/2025/ND-CP (from 1 January 2026).
 *
 * From the seed: email, full name, phone, address and other information to get payment and
 * delivery right; name and address passed to the delivery company; purchase history, order
 * value, shipping and payment method kept to resolve later problems; data deleted only on
 * request to cskh@vanesa.vn; never sold or traded; disclosed only when lawful to protect rights
 * or on a legal request from the government; product, event and job emails only if you
 * subscribe; feedback through the Facebook page and the hotline 0979 070 555.
 *
 * Corrections: the seed's "only deleted on request" is replaced by published storage periods
 * (Decree 52/2013 art. 69(1)(c)), and the Decree 356 deadlines apply. The seed carries no date,
 * so the notice is dated 1 January 2026, when the PDPL and these corrections took effect.
 *
 * Where the seed was silent we chose: an address in Ho Chi Minh City, GHN as the delivery
 * partner, VNPAY as the payment gateway, the tax authority as recipient of e-invoices (Decree
 * 123/2020), 24 months of inactivity for accounts, 5 years for orders and 10 years for invoices
 * (accounting law), a 12-month security log, and an in-house notification email system.
 */
import { BASE_SETTINGS } from './common.ts';
import { HOLIDAYS_VN } from './holidays.ts';
import type { TProfileInput } from './profile.schema.ts';
import { vanesaCategories } from './vanesa/categories.ts';

const DECREE_356 = 'Nghị định 356/2025/NĐ-CP hướng dẫn Luật Bảo vệ dữ liệu cá nhân';

export const vanesaProfile = {
  id: 'vanesa',
  company: {
    name: 'Vanesa KR',
    legalName: 'Công ty TNHH Vanesa KR',
    tradeNames: ['Cocoon'],
    address: {
      street: '123 Nguyễn Đình Chiểu, Phường Xuân Hòa',
      postalCode: '700000',
      city: 'Thành phố Hồ Chí Minh',
      country: 'VN',
    },
    website: 'https://vanesa.vn',
    privacyEmail: 'cskh@vanesa.vn',
    phone: '+84 979 070 555',
  },
  supervisoryAuthority: {
    // Department of Cybersecurity and High-Tech Crime Prevention (A05), Ministry of Public Security:
    // the authority in charge of personal data protection under the PDPL.
    name: 'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an',
    country: 'VN',
    url: 'https://bocongan.gov.vn',
  },
  jurisdictions: ['vn-pdpl'],
  locale: {
    defaultLanguage: 'vi',
    languages: ['vi', 'en'],
    country: 'VN',
    timeZone: 'Asia/Ho_Chi_Minh',
    currency: 'VND',
  },
  // Cocoa brown with white text: contrast 9.0:1.
  theme: { primary: '#6B3E26', onPrimary: '#FFFFFF', accent: '#D9A066' },
  notice: {
    seedFile: '002_8352e704ebf176e4.txt',
    version: '2026-01-01',
    effectiveDate: '2026-01-01',
    language: 'vi',
    corrections: [
      {
        vi: 'Chính sách cũ chỉ xóa dữ liệu khi khách hàng yêu cầu. Nay chúng tôi công bố thời hạn lưu trữ cho từng loại dữ liệu (Nghị định 52/2013/NĐ-CP điều 69; Luật Bảo vệ dữ liệu cá nhân 2025): tài khoản bị xóa sau 24 tháng không hoạt động, đơn hàng được lưu 5 năm và hóa đơn 10 năm theo quy định kế toán.',
        en: 'The old policy deleted data only when a customer asked. We now publish a storage period for each kind of data (Decree 52/2013/ND-CP art. 69; Personal Data Protection Law 2025): accounts are deleted after 24 months without activity, orders are kept 5 years and invoices 10 years under accounting rules.',
      },
      {
        vi: 'Chúng tôi xác nhận đã nhận yêu cầu của bạn trong 2 ngày làm việc. Yêu cầu rút lại sự đồng ý, hạn chế hoặc phản đối xử lý được hoàn tất trong 15 ngày (20 ngày nếu đối tác giao hàng hoặc thanh toán cũng phải thực hiện); yêu cầu xem, chỉnh sửa, xóa và nhận bản sao dữ liệu trong 10 ngày. Thời hạn chỉ được gia hạn một lần, tối đa 15 ngày, và chúng tôi sẽ báo lý do cho bạn (Nghị định 356/2025/NĐ-CP).',
        en: 'We confirm receipt of your request within 2 working days. Withdrawing consent, restriction and objection are completed within 15 days (20 days when our delivery or payment partner must act too); access, correction, deletion and a copy of your data within 10 days. A deadline can be extended only once, by at most 15 days, and we tell you why (Decree 356/2025/ND-CP).',
      },
      {
        vi: 'Ngoài email cskh@vanesa.vn, fanpage và hotline, bạn có thể xem, chỉnh sửa, tải về và yêu cầu xóa dữ liệu ngay trên cổng này, bằng các biểu mẫu yêu cầu chúng tôi công bố (Luật Bảo vệ dữ liệu cá nhân 2025; Nghị định 52/2013/NĐ-CP điều 69).',
        en: 'Besides the email address cskh@vanesa.vn, the Facebook page and the hotline, you can view, correct, download and ask to delete your data right here in this portal, with the request forms we publish (Personal Data Protection Law 2025; Decree 52/2013/ND-CP art. 69).',
      },
      {
        vi: 'Chúng tôi chỉ gửi email thông báo khi bạn chủ động đăng ký; không có ô nào được chọn sẵn. Mỗi email có liên kết hủy đăng ký có hiệu lực ngay, và bạn có thể rút lại sự đồng ý bất cứ lúc nào trên cổng này.',
        en: 'We send notification emails only when you actively subscribe; no box is ticked in advance. Every email has an unsubscribe link that works at once, and you can withdraw consent at any time in this portal.',
      },
      {
        vi: 'Chính sách cũ chỉ nêu tên và địa chỉ được chuyển cho đơn vị giao hàng. Để giao được hàng, đơn vị giao hàng cũng nhận số điện thoại người nhận; chúng tôi ghi rõ điều này tại đây.',
        en: 'The old policy said only name and address go to the delivery company. To deliver, the courier also receives the recipient’s phone number; we state this here.',
      },
      {
        vi: 'Bạn có quyền khiếu nại với Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an, cơ quan chuyên trách bảo vệ dữ liệu cá nhân.',
        en: 'You can complain to the Department of Cybersecurity and High-Tech Crime Prevention (A05) of the Ministry of Public Security, the authority in charge of personal data protection.',
      },
    ],
  },
  rights: [
    'access',
    'rectification',
    'erasure',
    'restriction',
    'portability',
    'objection',
    'withdraw-consent',
    'complain',
  ],
  automatedDecisionMaking: {
    vi: 'Chúng tôi không đưa ra quyết định nào về bạn chỉ dựa trên xử lý tự động. Gợi ý sản phẩm theo hồ sơ làn da chỉ là gợi ý và không ảnh hưởng đến quyền lợi của bạn.',
    en: 'We make no decisions about you based solely on automated processing. Product suggestions based on your skin profile are only suggestions and do not affect your rights.',
  },
  purposes: [
    {
      id: 'orders',
      name: { vi: 'Xử lý đơn hàng', en: 'Processing orders' },
      description: {
        vi: 'Tiếp nhận, xác nhận và xử lý đơn đặt hàng của bạn.',
        en: 'Receiving, confirming and processing your orders.',
      },
    },
    {
      id: 'payment',
      name: { vi: 'Thanh toán', en: 'Payment' },
      description: {
        vi: 'Xác định đúng khoản thanh toán của bạn cho từng đơn hàng.',
        en: 'Matching your payment correctly to each order.',
      },
    },
    {
      id: 'delivery',
      name: { vi: 'Giao hàng', en: 'Delivery' },
      description: {
        vi: 'Chuyển tên, địa chỉ và số điện thoại người nhận cho đơn vị giao hàng để giao đúng người, đúng nơi.',
        en: 'Passing the recipient’s name, address and phone number to the delivery company so that the parcel reaches the right person and place.',
      },
    },
    {
      id: 'customer-care',
      name: { vi: 'Chăm sóc khách hàng', en: 'Customer care' },
      description: {
        vi: 'Trả lời thắc mắc và phản hồi của bạn qua hotline, fanpage và email.',
        en: 'Answering your questions and feedback through the hotline, the Facebook page and email.',
      },
    },
    {
      id: 'disputes',
      name: { vi: 'Giải quyết vấn đề phát sinh', en: 'Resolving later problems' },
      description: {
        vi: 'Lưu lịch sử mua hàng, giá trị giao dịch, phương thức vận chuyển và thanh toán để giải quyết khiếu nại, đổi trả và tranh chấp.',
        en: 'Keeping purchase history, order value, shipping and payment method to resolve complaints, returns and disputes.',
      },
    },
    {
      id: 'accounting',
      name: { vi: 'Nghĩa vụ kế toán và thuế', en: 'Accounting and tax duties' },
      description: {
        vi: 'Lưu hóa đơn và chứng từ theo quy định về kế toán và thuế.',
        en: 'Keeping invoices and records as accounting and tax rules require.',
      },
    },
    {
      id: 'email-news',
      name: { vi: 'Email thông báo', en: 'Notification emails' },
      description: {
        vi: 'Gửi thông tin sản phẩm, dịch vụ mới, sự kiện sắp tới và thông tin tuyển dụng khi bạn đăng ký nhận.',
        en: 'Sending news about new products and services, upcoming events and job openings when you subscribe.',
      },
    },
    {
      id: 'skin-advice',
      name: { vi: 'Tư vấn sản phẩm', en: 'Product advice' },
      description: {
        vi: 'Gợi ý sản phẩm phù hợp với làn da mà bạn cho chúng tôi biết, chỉ khi bạn đồng ý.',
        en: 'Suggesting products that suit the skin you told us about, only with your consent.',
      },
    },
    {
      id: 'account-security',
      name: { vi: 'Bảo mật tài khoản', en: 'Account security' },
      description: {
        vi: 'Bảo vệ tài khoản khỏi truy cập trái phép và cho bạn biết bạn đang đăng nhập ở đâu.',
        en: 'Protecting your account against unauthorised access and showing you where you are signed in.',
      },
    },
    {
      id: 'legal-compliance',
      name: { vi: 'Tuân thủ pháp luật', en: 'Legal compliance' },
      description: {
        vi: 'Cung cấp thông tin khi cơ quan nhà nước có thẩm quyền yêu cầu theo quy định, hoặc khi cần để bảo vệ quyền lợi hợp pháp của Vanesa KR, khách hàng và bên thứ ba.',
        en: 'Providing information when a competent authority lawfully demands it, or when needed to protect the lawful rights of Vanesa KR, its customers and third parties.',
      },
    },
    {
      id: 'consent-records',
      name: { vi: 'Lưu bằng chứng đồng ý', en: 'Consent records' },
      description: {
        vi: 'Ghi lại sự đồng ý bạn đưa ra hoặc rút lại, để tôn trọng và chứng minh được lựa chọn của bạn.',
        en: 'Recording the consent you give or withdraw, so that we can respect and prove your choices.',
      },
    },
  ],
  recipients: [
    {
      id: 'ghn',
      name: 'Công ty Cổ phần Dịch vụ Giao Hàng Nhanh (GHN)',
      kind: 'processor',
      role: {
        vi: 'Đơn vị giao hàng: nhận tên, địa chỉ và số điện thoại người nhận để giao đơn hàng.',
        en: 'Delivery partner: receives the recipient’s name, address and phone number to deliver the order.',
      },
      country: 'VN',
      safeguard: 'domestic',
    },
    {
      id: 'vnpay',
      name: 'Công ty Cổ phần Giải pháp Thanh toán Việt Nam (VNPAY)',
      kind: 'processor',
      role: {
        vi: 'Cổng thanh toán: xử lý thanh toán bằng thẻ và mã QR. Chúng tôi không lưu số thẻ.',
        en: 'Payment gateway: processes card and QR-code payments. We do not store card numbers.',
      },
      country: 'VN',
      safeguard: 'domestic',
    },
    {
      id: 'tax-authority',
      name: 'Cục Thuế, Bộ Tài chính',
      kind: 'public-authority',
      role: {
        vi: 'Nhận dữ liệu hóa đơn điện tử theo Nghị định 123/2020/NĐ-CP.',
        en: 'Receives e-invoice data under Decree 123/2020/ND-CP.',
      },
      country: 'VN',
      safeguard: 'domestic',
    },
    {
      id: 'authorities',
      name: 'Cơ quan nhà nước có thẩm quyền',
      kind: 'public-authority',
      role: {
        vi: 'Chỉ khi có yêu cầu hợp pháp, hoặc khi cần để bảo vệ quyền lợi hợp pháp của Vanesa KR, khách hàng và bên thứ ba.',
        en: 'Only on a lawful request, or when needed to protect the lawful rights of Vanesa KR, its customers and third parties.',
      },
      country: 'VN',
      safeguard: 'domestic',
    },
  ],
  retentionRules: [
    {
      id: 'account-24m',
      description: {
        vi: 'Lưu trong thời gian tài khoản còn hoạt động và bị xóa sau 24 tháng không hoạt động.',
        en: 'Kept while your account is active and deleted after 24 months without activity.',
      },
      period: { amount: 24, unit: 'months' },
      from: 'last-activity',
      action: 'delete',
      basis:
        'Nghị định 52/2013/NĐ-CP điều 69 khoản 1 điểm c; Luật Bảo vệ dữ liệu cá nhân 2025 (chỉ lưu trong thời gian cần thiết)',
    },
    {
      id: 'orders-5y',
      description: {
        vi: 'Đơn hàng, giá trị giao dịch, phương thức vận chuyển và thanh toán được lưu 5 năm kể từ ngày đặt hàng để giải quyết khiếu nại và tranh chấp, sau đó bị xóa.',
        en: 'Orders, order value, shipping and payment method are kept 5 years from the order date to resolve complaints and disputes, then deleted.',
      },
      period: { amount: 5, unit: 'years' },
      from: 'record-date',
      action: 'delete',
      basis:
        'Nghị định 174/2016/NĐ-CP điều 11 (tài liệu kế toán không dùng trực tiếp ghi sổ: tối thiểu 5 năm); Bộ luật Dân sự 2015 điều 429 (thời hiệu tranh chấp hợp đồng 3 năm)',
    },
    {
      id: 'invoices-10y',
      description: {
        vi: 'Hóa đơn được lưu 10 năm theo Luật Kế toán, sau đó bị xóa.',
        en: 'Invoices are kept 10 years under the Law on Accounting, then deleted.',
      },
      period: { amount: 10, unit: 'years' },
      from: 'record-date',
      action: 'delete',
      basis:
        'Luật Kế toán 2015 điều 41; Nghị định 174/2016/NĐ-CP điều 12 (chứng từ kế toán dùng trực tiếp ghi sổ: tối thiểu 10 năm)',
    },
    {
      id: 'security-12m',
      description: {
        vi: 'Lịch sử đăng nhập và bảo mật được lưu 12 tháng, sau đó bị xóa.',
        en: 'Sign-in and security history is kept 12 months, then deleted.',
      },
      period: { amount: 12, unit: 'months' },
      from: 'record-date',
      action: 'delete',
      basis: 'Luật Bảo vệ dữ liệu cá nhân 2025 (biện pháp bảo vệ dữ liệu); bảo mật tài khoản',
    },
    {
      id: 'consent-proof-3y',
      description: {
        vi: 'Bằng chứng về sự đồng ý hoặc rút lại được lưu 3 năm kể từ khi bạn lựa chọn, sau đó bị xóa.',
        en: 'Proof of consent or withdrawal is kept 3 years from your choice, then deleted.',
      },
      period: { amount: 3, unit: 'years' },
      from: 'record-date',
      action: 'delete',
      basis:
        'Nghị định 356/2025/NĐ-CP (sự đồng ý phải kiểm chứng được); Bộ luật Dân sự 2015 điều 429 (thời hiệu 3 năm)',
    },
    {
      id: 'cookie-choice-12m',
      description: {
        vi: 'Lựa chọn cookie được lưu 12 tháng; sau đó chúng tôi hỏi lại.',
        en: 'Your cookie choice is kept 12 months; then we ask again.',
      },
      period: { amount: 12, unit: 'months' },
      from: 'record-date',
      action: 'delete',
      basis:
        'Luật Bảo vệ dữ liệu cá nhân 2025: sự đồng ý phải rõ ràng và được cập nhật; hỏi lại sau 12 tháng',
    },
  ],
  legalHolds: [
    {
      id: 'accounting-records',
      reason: {
        vi: 'Hóa đơn phải được lưu 10 năm theo Luật Kế toán, kể cả khi bạn yêu cầu xóa dữ liệu. Trong thời gian đó, chúng tôi không dùng hóa đơn cho mục đích nào khác.',
        en: 'Invoices must be kept 10 years under the Law on Accounting, even if you ask us to delete your data. Until then we use them for nothing else.',
      },
      law: 'Luật Kế toán 2015 điều 41; Nghị định 174/2016/NĐ-CP điều 12',
      retention: 'invoices-10y',
    },
    {
      id: 'order-records',
      reason: {
        vi: 'Đơn hàng và thông tin thanh toán là tài liệu kế toán và căn cứ giải quyết tranh chấp, nên được lưu 5 năm kể từ ngày đặt hàng, kể cả khi bạn yêu cầu xóa dữ liệu. Trong thời gian đó, chúng tôi chỉ dùng chúng cho kế toán và giải quyết khiếu nại.',
        en: 'Orders and payment records are accounting documents and the basis for resolving disputes, so they are kept 5 years from the order date even if you ask us to delete your data. Until then we use them only for accounting and complaints.',
      },
      law: 'Nghị định 174/2016/NĐ-CP điều 11',
      retention: 'orders-5y',
    },
  ],
  systems: [
    {
      id: 'own-tables',
      name: 'Hệ thống khách hàng Vanesa KR',
      description: {
        vi: 'Các bảng dữ liệu của cổng: tài khoản, địa chỉ, đơn hàng, hóa đơn và lịch sử bảo mật của bạn.',
        en: 'The portal’s own tables: your account, addresses, orders, invoices and security history.',
      },
      connector: { kind: 'own-tables' },
    },
    {
      id: 'email-news',
      name: 'Hệ thống email thông báo',
      description: {
        vi: 'Danh sách đăng ký nhận email thông báo (sản phẩm mới, sự kiện, tuyển dụng), do Vanesa KR tự vận hành trên máy chủ tại Việt Nam.',
        en: 'The list of subscribers to our notification emails (new products, events, job openings), run by Vanesa KR itself on servers in Viet Nam.',
      },
      connector: {
        kind: 'http',
        baseUrlEnv: 'NEWSLETTER_SERVICE_URL',
        secretEnv: 'NEWSLETTER_SERVICE_SECRET',
      },
    },
  ],
  categories: vanesaCategories,
  consentPurposes: [
    {
      id: 'product-news',
      name: { vi: 'Sản phẩm và dịch vụ mới', en: 'New products and services' },
      description: {
        vi: 'Email giới thiệu sản phẩm, dịch vụ mới và ưu đãi của Cocoon.',
        en: 'Emails about new Cocoon products, services and offers.',
      },
      channels: ['email'],
    },
    {
      id: 'events',
      name: { vi: 'Sự kiện sắp tới', en: 'Upcoming events' },
      description: {
        vi: 'Email mời bạn tham gia các sự kiện và hoạt động sắp tới của Cocoon.',
        en: 'Emails inviting you to upcoming Cocoon events and activities.',
      },
      channels: ['email'],
    },
    {
      id: 'job-openings',
      name: { vi: 'Thông tin tuyển dụng', en: 'Job openings' },
      description: {
        vi: 'Email về các vị trí đang tuyển dụng tại Vanesa KR.',
        en: 'Emails about open positions at Vanesa KR.',
      },
      channels: ['email'],
    },
    {
      id: 'skin-advice',
      name: { vi: 'Tư vấn theo làn da', en: 'Advice for your skin' },
      description: {
        vi: 'Email gợi ý sản phẩm phù hợp với hồ sơ làn da bạn cung cấp.',
        en: 'Emails suggesting products that suit the skin profile you gave us.',
      },
      channels: ['email'],
    },
  ],
  cookies: [
    {
      id: 'strictly-necessary',
      description: {
        vi: 'Giữ bạn đăng nhập, lưu giỏ hàng và lựa chọn cookie, bảo vệ các biểu mẫu. Luôn bật.',
        en: 'Keep you signed in, remember your cart and cookie choice, and protect forms. Always on.',
      },
    },
    {
      id: 'functional',
      description: {
        vi: 'Ghi nhớ ngôn ngữ và những sản phẩm bạn xem gần đây. Chỉ bật khi bạn cho phép.',
        en: 'Remember your language and the products you viewed recently. Only with your permission.',
      },
    },
  ],
  requestTypes: [
    'access',
    'rectification',
    'erasure',
    'restriction',
    'objection',
    'portability',
    'marketing-opt-out',
  ],
  deadlineRules: [
    {
      // Withdrawing consent (a marketing opt-out is one), restriction and objection.
      id: 'pdpl-stop-processing',
      jurisdiction: 'vn-pdpl',
      requestTypes: ['restriction', 'objection', 'marketing-opt-out'],
      acknowledge: { amount: 2, unit: 'working-days', source: DECREE_356 },
      law: { amount: 15, unit: 'calendar-days', source: DECREE_356 },
      withProcessors: {
        amount: 20,
        unit: 'calendar-days',
        source: `${DECREE_356} (khi bên xử lý hoặc bên thứ ba phải ngừng xử lý)`,
      },
      extension: {
        amount: 15,
        unit: 'calendar-days',
        source: `${DECREE_356} (gia hạn một lần, tối đa 15 ngày)`,
        times: 1,
        noticeWithinFirstPeriod: true,
      },
    },
    {
      // Decree 356 gives 10 to 20 days depending on the right; we apply the shortest, 10 days,
      // to every one of them until the per-right figures are confirmed.
      id: 'pdpl-access-correct-delete',
      jurisdiction: 'vn-pdpl',
      requestTypes: ['access', 'rectification', 'erasure', 'portability'],
      acknowledge: { amount: 2, unit: 'working-days', source: DECREE_356 },
      law: {
        amount: 10,
        unit: 'calendar-days',
        source: `${DECREE_356} (10–20 ngày tùy quyền; áp dụng mức ngắn nhất)`,
      },
      extension: {
        amount: 15,
        unit: 'calendar-days',
        source: `${DECREE_356} (gia hạn một lần, tối đa 15 ngày)`,
        times: 1,
        noticeWithinFirstPeriod: true,
      },
    },
  ],
  holidays: HOLIDAYS_VN,
  settings: { ...BASE_SETTINGS },
} satisfies TProfileInput;
