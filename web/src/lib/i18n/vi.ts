import type { TCatalog } from './catalog-types';

/** Vietnamese messages (addressing the customer as "bạn"). */
export const vi = {
  app: {
    name: 'Cổng thông tin quyền riêng tư',
    loading: 'Đang tải…',
  },
  layout: {
    skipToContent: 'Chuyển đến nội dung chính',
    mainNavigation: 'Điều hướng chính',
    language: 'Ngôn ngữ',
    privacyQuestions: 'Bạn có câu hỏi về quyền riêng tư?',
    writeTo: 'Gửi email đến',
    runBy: 'Cổng thông tin này do {legalName} vận hành.',
  },
  nav: {
    home: 'Trang chủ',
  },
  home: {
    title: 'Cổng thông tin quyền riêng tư',
    loading: 'Đang tải cổng thông tin quyền riêng tư…',
    intro:
      'Đây là cổng thông tin quyền riêng tư của {operator}. Tại đây, bạn có thể xem {operator} đang lưu giữ những dữ liệu cá nhân nào về bạn, chỉnh sửa, tải xuống một bản sao, yêu cầu xóa dữ liệu và chọn những thông báo bạn muốn nhận. Bạn tự thực hiện chỉ trong vài phút, không cần phải gửi email.',
    staffAudit:
      'Khi nhân viên của chúng tôi hỗ trợ bạn, mỗi lần họ xem hoặc thay đổi dữ liệu của bạn đều được ghi lại và bạn có thể xem nhật ký đó tại đây.',
    contact: {
      heading: 'Liên hệ về quyền riêng tư',
      email: 'Email',
      dpo: 'Cán bộ bảo vệ dữ liệu',
      phone: 'Điện thoại',
      tollFreePhone: 'Điện thoại miễn phí',
      address: 'Địa chỉ gửi thư',
    },
    authority: {
      heading: 'Cơ quan quản lý bảo vệ dữ liệu',
      intro:
        'Nếu bạn không hài lòng với cách {operator} xử lý dữ liệu cá nhân của bạn, bạn có thể khiếu nại với cơ quan quản lý bảo vệ dữ liệu:',
      complaint: 'Cách gửi khiếu nại',
      email: 'Email',
      phone: 'Điện thoại',
    },
    rights: {
      heading: 'Quyền của bạn',
      intro: 'Là khách hàng của {operator}, bạn có các quyền sau:',
    },
    automatedDecisions: {
      heading: 'Ra quyết định tự động',
    },
    notice: 'Chính sách bảo mật phiên bản {version}, có hiệu lực từ {date}.',
  },
  rights: {
    access: {
      label: 'Quyền truy cập dữ liệu',
      description:
        'Xem chúng tôi lưu giữ những dữ liệu cá nhân nào về bạn, vì sao và ai nhận được dữ liệu đó.',
    },
    rectification: {
      label: 'Quyền chỉnh sửa dữ liệu',
      description: 'Yêu cầu sửa dữ liệu không chính xác hoặc chưa đầy đủ.',
    },
    erasure: {
      label: 'Quyền xóa dữ liệu',
      description: 'Yêu cầu xóa dữ liệu của bạn khi không còn lý do để lưu giữ.',
    },
    restriction: {
      label: 'Quyền hạn chế xử lý dữ liệu',
      description:
        'Yêu cầu tạm ngừng sử dụng dữ liệu của bạn, chẳng hạn trong lúc yêu cầu chỉnh sửa đang được kiểm tra.',
    },
    portability: {
      label: 'Quyền di chuyển dữ liệu',
      description:
        'Nhận dữ liệu của bạn dưới dạng tệp mà máy tính đọc được, để chuyển sang một công ty khác.',
    },
    objection: {
      label: 'Quyền phản đối',
      description:
        'Phản đối việc xử lý dựa trên lợi ích hợp pháp của chúng tôi, và phản đối tiếp thị trực tiếp bất cứ lúc nào.',
    },
    'withdraw-consent': {
      label: 'Quyền rút lại sự đồng ý',
      description: 'Rút lại sự đồng ý bạn đã đưa ra, dễ dàng như khi bạn đồng ý.',
    },
    'automated-decisions': {
      label: 'Quyền liên quan đến quyết định tự động',
      description:
        'Không phải chịu một quyết định chỉ do máy tính đưa ra mà ảnh hưởng đáng kể đến bạn.',
    },
    complain: {
      label: 'Quyền khiếu nại',
      description:
        'Khiếu nại với cơ quan quản lý nếu bạn không hài lòng với cách chúng tôi xử lý dữ liệu của bạn.',
    },
    'know-categories': {
      label: 'Quyền được biết',
      description: 'Biết chúng tôi thu thập, sử dụng và tiết lộ những loại thông tin cá nhân nào.',
    },
    'opt-out-sale-sharing': {
      label: 'Quyền từ chối việc bán hoặc chia sẻ dữ liệu',
      description: 'Yêu cầu chúng tôi không bán hoặc chia sẻ thông tin cá nhân của bạn.',
    },
    'limit-sensitive': {
      label: 'Quyền giới hạn việc sử dụng thông tin cá nhân nhạy cảm',
      description: 'Giới hạn việc sử dụng thông tin nhạy cảm ở mức cần thiết để phục vụ bạn.',
    },
    'shine-the-light': {
      label: 'Shine the Light',
      description:
        'Hỏi những bên thứ ba nào đã nhận thông tin của bạn cho mục đích tiếp thị trực tiếp của riêng họ.',
    },
    'non-discrimination': {
      label: 'Quyền không bị phân biệt đối xử',
      description:
        'Bạn không bao giờ bị đối xử kém hơn (về giá, dịch vụ hay chất lượng) vì đã sử dụng quyền riêng tư của mình.',
    },
  },
  notFound: {
    title: 'Không tìm thấy trang',
    body: 'Không có trang nào ở địa chỉ này. Có thể đường dẫn bị gõ sai hoặc trang đã được chuyển đi nơi khác.',
    home: 'Về trang chủ',
  },
  errors: {
    title: 'Đã xảy ra lỗi',
    network: 'Không thể kết nối đến cổng thông tin. Vui lòng kiểm tra kết nối Internet và thử lại.',
    invalidResponse:
      'Cổng thông tin gửi về một phản hồi mà trang này không hiểu được. Vui lòng tải lại trang và thử lại.',
    unexpected: 'Đã xảy ra lỗi không mong muốn trên trang này.',
    reference: 'Mã tham chiếu: {requestId}',
    retry: 'Thử lại',
    retrying: 'Đang thử lại…',
    reload: 'Tải lại trang',
    codes: {
      bad_request: 'Không thể hiểu yêu cầu này.',
      validation_failed: 'Một số thông tin không hợp lệ. Vui lòng kiểm tra các trường và thử lại.',
      unauthenticated: 'Vui lòng đăng nhập để tiếp tục.',
      step_up_required: 'Vui lòng xác nhận đó là bạn để tiếp tục.',
      forbidden: 'Bạn không có quyền thực hiện thao tác này.',
      csrf_rejected: 'Yêu cầu của bạn đã bị chặn để bảo vệ bạn. Vui lòng tải lại trang và thử lại.',
      not_found: 'Không tìm thấy nội dung bạn đang tìm.',
      method_not_allowed: 'Thao tác này không khả dụng.',
      conflict: 'Nội dung này vừa được thay đổi. Vui lòng tải lại trang và thử lại.',
      gone: 'Nội dung này không còn nữa.',
      precondition_failed: 'Nội dung này vừa được thay đổi. Vui lòng tải lại trang và thử lại.',
      payload_too_large: 'Nội dung bạn gửi quá lớn.',
      unsupported_media_type: 'Loại nội dung này không được chấp nhận.',
      unprocessable: 'Không thể thực hiện yêu cầu này.',
      locked: 'Nội dung này đang bị khóa. Vui lòng thử lại sau.',
      rate_limited: 'Bạn đã thử quá nhiều lần. Vui lòng đợi một lát rồi thử lại.',
      internal: 'Đã xảy ra lỗi từ phía chúng tôi. Vui lòng thử lại.',
      unavailable: 'Cổng thông tin tạm thời không hoạt động. Vui lòng thử lại sau ít phút.',
    },
  },
} as const satisfies TCatalog;
