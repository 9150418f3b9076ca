import { spaced, type TLocalePool } from './locale-pool.ts';

const FAMILY = [
  'Nguyễn',
  'Nguyễn',
  'Nguyễn',
  'Trần',
  'Trần',
  'Lê',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
] as const;
const MIDDLE = {
  female: ['Thị', 'Thị', 'Ngọc', 'Thu', 'Minh', 'Thanh', 'Bảo'],
  male: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành', 'Gia'],
} as const;
const GIVEN = {
  female: [
    'Hương',
    'Lan',
    'Linh',
    'Mai',
    'Trang',
    'Hà',
    'Thảo',
    'Ngọc',
    'Phương',
    'Anh',
    'Hạnh',
    'Vy',
    'Nhung',
    'Yến',
    'Trâm',
    'Uyên',
    'Hằng',
    'Quỳnh',
  ],
  male: [
    'Hùng',
    'Dũng',
    'Tuấn',
    'Minh',
    'Hải',
    'Nam',
    'Phúc',
    'Khoa',
    'Long',
    'Sơn',
    'Thắng',
    'Quân',
    'Hiếu',
    'Bảo',
    'Khánh',
  ],
} as const;

// Five-digit postal codes (since 2018): Hà Nội 10xxx–14xxx, TP. Hồ Chí Minh 70xxx–74xxx, Đà Nẵng 50xxx.
const PLACES = [
  {
    city: 'TP. Hồ Chí Minh',
    postal: [70, 74],
    weight: 5,
    districts: [
      'Phường Bến Nghé, Quận 1',
      'Phường Võ Thị Sáu, Quận 3',
      'Phường Tân Phong, Quận 7',
      'Phường 25, Quận Bình Thạnh',
      'Phường 9, Quận Phú Nhuận',
      'Phường Thảo Điền, TP. Thủ Đức',
      'Phường 2, Quận Tân Bình',
    ],
    streets: [
      'Nguyễn Trãi',
      'Lê Lợi',
      'Nguyễn Huệ',
      'Hai Bà Trưng',
      'Điện Biên Phủ',
      'Cách Mạng Tháng Tám',
      'Võ Văn Tần',
      'Pasteur',
      'Nam Kỳ Khởi Nghĩa',
      'Lý Tự Trọng',
      'Trần Hưng Đạo',
      'Phan Xích Long',
    ],
  },
  {
    city: 'Hà Nội',
    postal: [10, 14],
    weight: 4,
    districts: [
      'Phường Tràng Tiền, Quận Hoàn Kiếm',
      'Phường Kim Mã, Quận Ba Đình',
      'Phường Láng Hạ, Quận Đống Đa',
      'Phường Dịch Vọng, Quận Cầu Giấy',
      'Phường Bạch Đằng, Quận Hai Bà Trưng',
      'Phường Quảng An, Quận Tây Hồ',
    ],
    streets: [
      'Hàng Bài',
      'Tràng Tiền',
      'Phố Huế',
      'Kim Mã',
      'Láng Hạ',
      'Nguyễn Chí Thanh',
      'Xuân Thủy',
      'Bà Triệu',
      'Thái Hà',
      'Lạc Long Quân',
    ],
  },
  {
    city: 'Đà Nẵng',
    postal: [50, 50],
    weight: 1,
    districts: [
      'Phường Thạch Thang, Quận Hải Châu',
      'Phường An Hải Bắc, Quận Sơn Trà',
      'Phường Xuân Hà, Quận Thanh Khê',
    ],
    streets: ['Bạch Đằng', 'Trần Phú', 'Nguyễn Văn Linh', 'Lê Duẩn', 'Hoàng Diệu'],
  },
] as const;

// Mobile numbers of the big networks start 09x; "+84 912 345 678".
const MOBILE_PREFIXES = [
  '90',
  '91',
  '93',
  '94',
  '96',
  '97',
  '98',
  '88',
  '86',
  '70',
  '77',
  '32',
  '35',
] as const;

export const VIETNAM: TLocalePool = {
  country: 'VN',
  emailDomains: ['example.vn', 'example.vn', 'example.com'],
  // givenName holds the middle and given name ("Thị Hương"), familyName the surname ("Nguyễn"):
  // written in Vietnamese order the full name is "Nguyễn Thị Hương".
  name: (rng, gender) => ({
    givenName: `${rng.pick(MIDDLE[gender])} ${rng.pick(GIVEN[gender])}`,
    familyName: rng.pick(FAMILY),
  }),
  address: (rng) => {
    const place = rng.weighted(PLACES.map((p) => [p, p.weight] as const));
    const number = rng.chance(0.3)
      ? `${rng.int(1, 250)}/${rng.int(1, 30)}`
      : String(rng.int(1, 420));
    return {
      street: `${number} ${rng.pick(place.streets)}`,
      postalCode: `${rng.int(place.postal[0], place.postal[1])}${rng.int(0, 9)}00`,
      city: place.city,
      district: rng.pick(place.districts),
      country: 'VN',
    };
  },
  phone: (rng) =>
    `+84 ${spaced(`${rng.weighted(MOBILE_PREFIXES.map((p) => [p, p.startsWith('9') ? 3 : 1] as const))}${rng.digits(7)}`, [3, 3, 3])}`,
  companyName: (rng, familyName) =>
    rng.pick([
      `Công ty TNHH ${familyName} Phát`,
      `Shop mỹ phẩm ${familyName}`,
      `Công ty CP Thương mại ${familyName}`,
    ]),
};
