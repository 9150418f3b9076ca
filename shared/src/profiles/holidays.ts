/**
 * Public holidays per country for 2026 and 2027: the days that do not count as business or
 * working days when a deadline is computed. Weekend dates are listed where the holiday itself
 * falls on a weekend and the country grants a substitute day; the substitute is listed too.
 * Lunar dates (Thailand, Vietnam) follow the official calendars; dates that the government
 * announces each year (Vietnam's extra National Day day, Thailand's substitute days) are marked.
 */
import type { TProfileInput } from './profile.schema.ts';

type THolidaysInput = NonNullable<TProfileInput['holidays']>[number];

/**
 * Netherlands: the generally recognised holidays of the Algemene termijnenwet art. 3
 * (New Year, Easter Sunday and Monday, King's Day, Liberation Day, Ascension, Whit Sunday and
 * Monday, Christmas Day and Boxing Day).
 */
export const HOLIDAYS_NL: THolidaysInput[] = [
  {
    country: 'NL',
    year: 2026,
    dates: [
      '2026-01-01', // Nieuwjaarsdag
      '2026-04-05', // Eerste Paasdag
      '2026-04-06', // Tweede Paasdag
      '2026-04-27', // Koningsdag
      '2026-05-05', // Bevrijdingsdag
      '2026-05-14', // Hemelvaartsdag
      '2026-05-24', // Eerste Pinksterdag
      '2026-05-25', // Tweede Pinksterdag
      '2026-12-25', // Eerste Kerstdag
      '2026-12-26', // Tweede Kerstdag
    ],
  },
  {
    country: 'NL',
    year: 2027,
    dates: [
      '2027-01-01', // Nieuwjaarsdag
      '2027-03-28', // Eerste Paasdag
      '2027-03-29', // Tweede Paasdag
      '2027-04-27', // Koningsdag
      '2027-05-05', // Bevrijdingsdag
      '2027-05-06', // Hemelvaartsdag
      '2027-05-16', // Eerste Pinksterdag
      '2027-05-17', // Tweede Pinksterdag
      '2027-12-25', // Eerste Kerstdag
      '2027-12-26', // Tweede Kerstdag
    ],
  },
];

/**
 * Thailand: the Cabinet's annual public holidays with the substitute weekday the government
 * grants when a holiday falls on a weekend. Buddhist holidays follow the Thai lunar calendar
 * (2026 has the extra eighth month, so Makha Bucha falls in March).
 */
export const HOLIDAYS_TH: THolidaysInput[] = [
  {
    country: 'TH',
    year: 2026,
    dates: [
      '2026-01-01', // New Year's Day
      '2026-03-03', // Makha Bucha Day
      '2026-04-06', // Chakri Memorial Day
      '2026-04-13', // Songkran
      '2026-04-14', // Songkran
      '2026-04-15', // Songkran
      '2026-05-01', // National Labour Day
      '2026-05-04', // Coronation Day
      '2026-05-31', // Visakha Bucha Day (Sunday)
      '2026-06-01', // substitute for Visakha Bucha Day
      '2026-06-03', // H.M. Queen Suthida's Birthday
      '2026-07-28', // H.M. the King's Birthday
      '2026-07-29', // Asarnha Bucha Day
      '2026-07-30', // Buddhist Lent Day (Khao Phansa)
      '2026-08-12', // H.M. Queen Sirikit The Queen Mother's Birthday, Mother's Day
      '2026-10-13', // King Bhumibol Adulyadej Memorial Day
      '2026-10-23', // Chulalongkorn Day
      '2026-12-05', // King Bhumibol's Birthday, National Day, Father's Day (Saturday)
      '2026-12-07', // substitute for 5 December
      '2026-12-10', // Constitution Day
      '2026-12-31', // New Year's Eve
    ],
  },
  {
    country: 'TH',
    year: 2027,
    dates: [
      '2027-01-01', // New Year's Day
      '2027-02-20', // Makha Bucha Day (Saturday)
      '2027-02-22', // substitute for Makha Bucha Day
      '2027-04-06', // Chakri Memorial Day
      '2027-04-13', // Songkran
      '2027-04-14', // Songkran
      '2027-04-15', // Songkran
      '2027-05-01', // National Labour Day (Saturday)
      '2027-05-03', // substitute for National Labour Day
      '2027-05-04', // Coronation Day
      '2027-05-20', // Visakha Bucha Day
      '2027-06-03', // H.M. Queen Suthida's Birthday
      '2027-07-18', // Asarnha Bucha Day (Sunday)
      '2027-07-19', // Buddhist Lent Day (Khao Phansa)
      '2027-07-20', // substitute for Asarnha Bucha Day
      '2027-07-28', // H.M. the King's Birthday
      '2027-08-12', // H.M. Queen Sirikit The Queen Mother's Birthday, Mother's Day
      '2027-10-13', // King Bhumibol Adulyadej Memorial Day
      '2027-10-23', // Chulalongkorn Day (Saturday)
      '2027-10-25', // substitute for Chulalongkorn Day
      '2027-12-05', // King Bhumibol's Birthday, National Day, Father's Day (Sunday)
      '2027-12-06', // substitute for 5 December
      '2027-12-10', // Constitution Day
      '2027-12-31', // New Year's Eve
    ],
  },
];

/**
 * Vietnam: the paid public holidays of the Labour Code 2019 art. 112 (New Year, five days of
 * Tết, Hùng Kings' Commemoration on the 10th day of the 3rd lunar month, 30 April, 1 May,
 * National Day 2 September plus an adjacent day), with the compensatory weekdays when a holiday
 * falls on a weekly day off. Tết 2026 is the schedule the Government announced (Mon 16 to
 * Fri 20 February); 2027 applies the Labour Code pattern until the schedule is announced.
 */
export const HOLIDAYS_VN: THolidaysInput[] = [
  {
    country: 'VN',
    year: 2026,
    dates: [
      '2026-01-01', // Tết Dương lịch
      '2026-02-16', // Tết Nguyên đán: 29 tháng Chạp
      '2026-02-17', // Mùng 1 Tết Bính Ngọ
      '2026-02-18', // Mùng 2 Tết
      '2026-02-19', // Mùng 3 Tết
      '2026-02-20', // Mùng 4 Tết
      '2026-04-26', // Giỗ Tổ Hùng Vương, 10/3 âm lịch (Sunday)
      '2026-04-27', // nghỉ bù Giỗ Tổ Hùng Vương
      '2026-04-30', // Ngày Giải phóng miền Nam, thống nhất đất nước
      '2026-05-01', // Ngày Quốc tế Lao động
      '2026-09-01', // Quốc khánh, ngày liền kề (announced each year)
      '2026-09-02', // Quốc khánh
    ],
  },
  {
    country: 'VN',
    year: 2027,
    dates: [
      '2027-01-01', // Tết Dương lịch
      '2027-02-05', // Tết Nguyên đán: ngày cuối năm Bính Ngọ
      '2027-02-06', // Mùng 1 Tết Đinh Mùi (Saturday)
      '2027-02-07', // Mùng 2 Tết (Sunday)
      '2027-02-08', // Mùng 3 Tết
      '2027-02-09', // Mùng 4 Tết
      '2027-02-10', // nghỉ bù (Tết on Saturday)
      '2027-02-11', // nghỉ bù (Tết on Sunday)
      '2027-04-16', // Giỗ Tổ Hùng Vương, 10/3 âm lịch
      '2027-04-30', // Ngày Giải phóng miền Nam, thống nhất đất nước
      '2027-05-01', // Ngày Quốc tế Lao động (Saturday)
      '2027-05-03', // nghỉ bù Quốc tế Lao động
      '2027-09-02', // Quốc khánh
      '2027-09-03', // Quốc khánh, ngày liền kề (announced each year)
    ],
  },
];

/** United States federal holidays (5 U.S.C. §6103) with their observed weekdays. */
const US_FEDERAL_2026 = [
  '2026-01-01', // New Year's Day
  '2026-01-19', // Birthday of Martin Luther King, Jr.
  '2026-02-16', // Washington's Birthday
  '2026-05-25', // Memorial Day
  '2026-06-19', // Juneteenth National Independence Day
  '2026-07-03', // Independence Day (observed; 4 July is a Saturday)
  '2026-09-07', // Labor Day
  '2026-10-12', // Columbus Day
  '2026-11-11', // Veterans Day
  '2026-11-26', // Thanksgiving Day
  '2026-12-25', // Christmas Day
];
const US_FEDERAL_2027 = [
  '2027-01-01', // New Year's Day
  '2027-01-18', // Birthday of Martin Luther King, Jr.
  '2027-02-15', // Washington's Birthday
  '2027-05-31', // Memorial Day
  '2027-06-18', // Juneteenth (observed; 19 June is a Saturday)
  '2027-07-05', // Independence Day (observed; 4 July is a Sunday)
  '2027-09-06', // Labor Day
  '2027-10-11', // Columbus Day
  '2027-11-11', // Veterans Day
  '2027-11-25', // Thanksgiving Day
  '2027-12-24', // Christmas Day (observed; 25 December is a Saturday)
  '2027-12-31', // New Year's Day 2028 (observed; 1 January 2028 is a Saturday)
];

const sorted = (dates: string[]): string[] => [...dates].sort();

/** United States federal holidays plus the California state holidays César Chávez Day and the day after Thanksgiving. */
export const HOLIDAYS_US_CA: THolidaysInput[] = [
  {
    country: 'US',
    year: 2026,
    dates: sorted([...US_FEDERAL_2026, '2026-03-31', '2026-11-27']),
  },
  {
    country: 'US',
    year: 2027,
    dates: sorted([...US_FEDERAL_2027, '2027-03-31', '2027-11-26']),
  },
];

/** United States federal holidays plus Massachusetts' Patriots' Day (third Monday of April). */
export const HOLIDAYS_US_MA: THolidaysInput[] = [
  { country: 'US', year: 2026, dates: sorted([...US_FEDERAL_2026, '2026-04-20']) },
  { country: 'US', year: 2027, dates: sorted([...US_FEDERAL_2027, '2027-04-19']) },
];
