import type { noticeEn } from './en';

type TShape<T> = { readonly [K in keyof T]: T[K] extends string ? string : TShape<T[K]> };

/** Chính sách quyền riêng tư, tùy chọn cookie và chuyển tiếp, bằng tiếng Việt. */
export const noticeVi: TShape<typeof noticeEn> = {
  privacyNotice: {
    title: 'Chính sách quyền riêng tư',
    intro: 'Cách {operator} xử lý dữ liệu cá nhân của bạn. Mọi phiên bản đều được giữ tại đây, kèm tóm tắt ngắn về những thay đổi.',
    loading: 'Đang tải chính sách quyền riêng tư…',
    current: 'Phiên bản {version}, có hiệu lực từ {date}',
    originalLanguage: 'Phiên bản này chỉ có bằng ngôn ngữ gốc.',
    historyHeading: 'Các phiên bản và thay đổi',
    version: 'Phiên bản',
    effective: 'Hiệu lực từ',
    status: 'Trạng thái',
    summary: 'Nội dung thay đổi',
    statuses: { 'in-force': 'Đang có hiệu lực', upcoming: 'Đã thông báo', superseded: 'Đã thay thế' },
  },
  cookies: {
    title: 'Tùy chọn cookie',
    intro: 'Chọn những cookie mà {operator} được phép dùng trên các trang web của mình. Không có gì được bật cho đến khi bạn bật, và bạn có thể tắt lại bất cứ lúc nào.',
    portalNote: 'Bản thân cổng thông tin quyền riêng tư này chỉ đặt cookie thiết yếu (để giữ bạn đăng nhập và bảo vệ biểu mẫu); không đặt cookie phân tích hay quảng cáo.',
    loading: 'Đang tải tùy chọn cookie của bạn…',
    alwaysOn: 'Luôn bật',
    vendors: 'Được dùng bởi',
    saved: 'Đã lưu.',
    categories: {
      'strictly-necessary': 'Thiết yếu',
      functional: 'Chức năng',
      analytics: 'Phân tích',
      advertising: 'Quảng cáo',
    },
    allow: 'Cho phép cookie {category}',
  },
  delivery: {
    heading: 'Đã chuyển cho',
    none: '—',
    statuses: { pending: 'Đang chờ', delivered: 'Đã chuyển', failed: 'Thất bại' },
  },
};
