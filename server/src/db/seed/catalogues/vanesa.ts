import type { TCatalogue } from '../operator-catalogue.ts';

/** Vanesa KR, a Vietnamese shop for Korean cosmetics. */
export const VANESA_CATALOGUE: TCatalogue = {
  products: [
    ['Sữa rửa mặt dịu nhẹ 150ml', 185000, 'orders'],
    ['Kem chống nắng SPF50+ 50ml', 320000, 'orders'],
    ['Serum vitamin C 30ml', 450000, 'orders'],
    ['Mặt nạ giấy (hộp 10 miếng)', 210000, 'orders'],
    ['Nước hoa hồng 200ml', 265000, 'orders'],
    ['Son kem lì', 199000, 'orders'],
    ['Kem dưỡng ẩm ban đêm', 390000, 'orders'],
    ['Tẩy trang dạng dầu 150ml', 240000, 'orders'],
  ],
  interests: [
    'Chăm sóc da dầu',
    'Chống nắng',
    'Trang điểm',
    'Dưỡng ẩm',
    'Mỹ phẩm Hàn Quốc',
    'Khuyến mãi',
  ],
  subjects: [
    'Hỏi về đơn hàng',
    'Đổi địa chỉ giao hàng',
    'Sản phẩm bị lỗi',
    'Yêu cầu hoàn tiền',
    'Tư vấn sản phẩm cho da dầu',
    'Hủy đơn hàng',
  ],
  notes: [
    'Giao hàng giờ hành chính.',
    'Gọi trước khi giao.',
    'Khách muốn gói quà.',
    'Đã đổi sản phẩm mới cho khách.',
    'Thanh toán khi nhận hàng.',
    'Khách hỏi về chương trình khuyến mãi.',
  ],
  carriers: ['Giao Hàng Nhanh', 'Giao Hàng Tiết Kiệm', 'Viettel Post', 'J&T Express'],
  paymentMethods: [
    'Thanh toán khi nhận hàng (COD)',
    'Chuyển khoản ngân hàng',
    'Ví MoMo',
    'ZaloPay',
  ],
  places: ['Cửa hàng Quận 1', 'Cửa hàng Cầu Giấy', 'Cửa hàng trực tuyến'],
  femaleShare: 0.82,
  vatRate: 0.08,
  fieldValues: {
    skinConcerns: [
      'Mụn ẩn',
      'Thâm nám',
      'Lỗ chân lông to',
      'Da khô bong tróc',
      'Nếp nhăn',
      'Da xỉn màu',
      'Kích ứng',
    ],
    suggestedRange: [
      'Dòng dưỡng ẩm',
      'Dòng trị mụn',
      'Dòng chống lão hóa',
      'Dòng làm sáng da',
      'Dòng cho da nhạy cảm',
    ],
  },
};
