import type { TRequestType } from '@portal/shared/domain/request-types';
import type { TLanguage } from '../mail-types.ts';

/** How a request type is named to the customer who made it. */
export const REQUEST_TYPE_LABELS: Record<TRequestType, Record<TLanguage, string>> = {
  access: {
    en: 'a copy of your data',
    nl: 'een kopie van uw gegevens',
    vi: 'bản sao dữ liệu của bạn',
  },
  'access-categories': {
    en: 'the categories of data we hold about you',
    nl: 'de soorten gegevens die we over u bewaren',
    vi: 'các loại dữ liệu chúng tôi lưu giữ về bạn',
  },
  rectification: {
    en: 'correction of your data',
    nl: 'correctie van uw gegevens',
    vi: 'chỉnh sửa dữ liệu của bạn',
  },
  erasure: {
    en: 'deletion of your data',
    nl: 'verwijdering van uw gegevens',
    vi: 'xóa dữ liệu của bạn',
  },
  restriction: {
    en: 'restriction of processing',
    nl: 'beperking van de verwerking',
    vi: 'hạn chế xử lý dữ liệu',
  },
  objection: {
    en: 'objection to processing',
    nl: 'bezwaar tegen de verwerking',
    vi: 'phản đối việc xử lý dữ liệu',
  },
  portability: {
    en: 'your data in a portable format',
    nl: 'uw gegevens in een overdraagbaar formaat',
    vi: 'dữ liệu của bạn ở định dạng có thể chuyển',
  },
  'marketing-opt-out': {
    en: 'no more marketing',
    nl: 'geen marketing meer',
    vi: 'ngừng nhận tiếp thị',
  },
  'do-not-sell-or-share': {
    en: 'do not sell or share my personal information',
    nl: 'mijn persoonsgegevens niet verkopen of delen',
    vi: 'không bán hoặc chia sẻ thông tin cá nhân của tôi',
  },
  'limit-sensitive': {
    en: 'limit the use of my sensitive personal information',
    nl: 'gebruik van mijn gevoelige persoonsgegevens beperken',
    vi: 'hạn chế sử dụng thông tin cá nhân nhạy cảm của tôi',
  },
  'shine-the-light': {
    en: 'disclosures for direct marketing (Shine the Light)',
    nl: 'verstrekkingen voor direct marketing (Shine the Light)',
    vi: 'việc tiết lộ cho mục đích tiếp thị trực tiếp (Shine the Light)',
  },
  'unauthorized-account': {
    en: 'an account opened without your permission',
    nl: 'een account dat zonder uw toestemming is geopend',
    vi: 'tài khoản được mở mà không có sự cho phép của bạn',
  },
  'child-data': {
    en: "your child's data",
    nl: 'de gegevens van uw kind',
    vi: 'dữ liệu của con bạn',
  },
};
