import { describe, expect, it } from 'vitest';
import { HOLIDAYS_NL, HOLIDAYS_TH, HOLIDAYS_US_CA, HOLIDAYS_VN } from '../profiles/holidays.ts';
import { addExtendedPeriod, addPeriod } from './add-period.ts';
import {
  addBusinessDays,
  createBusinessCalendar,
  nextBusinessDay,
  type TBusinessCalendar,
} from './business-calendar.ts';
import { MissingHolidaysError } from './deadline-errors.ts';

const TH = createBusinessCalendar('TH', HOLIDAYS_TH);
const NL = createBusinessCalendar('NL', HOLIDAYS_NL);
const VN = createBusinessCalendar('VN', HOLIDAYS_VN);
const US_CA = createBusinessCalendar('US', HOLIDAYS_US_CA);

describe('isBusinessDay', () => {
  it('skips weekends and the listed holidays of the country only', () => {
    expect(NL.isBusinessDay('2026-04-03')).toBe(true); // Good Friday is not a day off under the Algemene termijnenwet
    expect(NL.isBusinessDay('2026-04-06')).toBe(false); // Easter Monday
    expect(NL.isBusinessDay('2026-05-05')).toBe(false); // Liberation Day, every year
    expect(NL.isBusinessDay('2026-05-14')).toBe(false); // Ascension
    expect(NL.isBusinessDay('2026-05-16')).toBe(false); // Saturday
    expect(TH.isBusinessDay('2026-04-13')).toBe(false); // Songkran
    expect(TH.isBusinessDay('2026-04-16')).toBe(true);
    expect(VN.isBusinessDay('2026-02-17')).toBe(false); // Tết
    expect(US_CA.isBusinessDay('2026-03-31')).toBe(false); // César Chávez Day
    expect(US_CA.isBusinessDay('2026-04-06')).toBe(true); // Easter Monday is not a US holiday
  });

  it('refuses a year without a holiday list rather than ignore holidays', () => {
    expect(() => NL.isBusinessDay('2028-01-03')).toThrow(MissingHolidaysError);
    expect(() => NL.isBusinessDay('2025-12-27')).toThrow(
      /no public holidays listed for NL in 2025/,
    );
    // Another country's list does not count for this one.
    expect(() => createBusinessCalendar('DE', HOLIDAYS_NL).isBusinessDay('2026-06-01')).toThrow(
      /DE in 2026/,
    );
  });
});

describe('addBusinessDays', () => {
  const cases: [string, TBusinessCalendar, string, number, string][] = [
    ['Friday before Songkran', TH, '2026-04-10', 7, '2026-04-24'],
    [
      'received on a Saturday holiday, then its substitute and Constitution Day',
      TH,
      '2026-12-05',
      7,
      '2026-12-17',
    ],
    ['across New Year into the next list', TH, '2026-12-28', 7, '2027-01-08'],
    ['Friday before Tết', VN, '2026-02-13', 2, '2026-02-24'],
    ['Hùng Kings on Sunday, substitute Monday', VN, '2026-04-24', 2, '2026-04-29'],
    ['Thanksgiving and the day after', US_CA, '2026-11-20', 10, '2026-12-08'],
    ['received on an observed holiday', US_CA, '2026-07-03', 15, '2026-07-24'],
    ['Liberation Day', NL, '2026-05-04', 3, '2026-05-08'],
    ['Saturday before Whit Monday', NL, '2026-05-23', 1, '2026-05-26'],
    ['zero days', NL, '2026-05-15', 0, '2026-05-15'],
  ];
  it.each(cases)('%s', (_why, cal, from, days, expected) => {
    expect(addBusinessDays(from, days, cal)).toBe(expected);
  });

  it('throws when the count runs into an unlisted year', () => {
    expect(() => addBusinessDays('2027-12-24', 7, TH)).toThrow(/TH in 2028/);
    expect(() => addBusinessDays('2026-05-01', -1, TH)).toThrow(/whole number/);
  });

  it('finds the next business day', () => {
    expect(nextBusinessDay('2026-04-13', TH)).toBe('2026-04-16');
    expect(nextBusinessDay('2026-04-16', TH)).toBe('2026-04-16');
  });
});

describe('addPeriod', () => {
  it.each([
    [{ amount: 30, unit: 'calendar-days' }, '2026-04-10', '2026-05-10'],
    [{ amount: 4, unit: 'weeks' }, '2026-01-31', '2026-02-28'],
    [{ amount: 1, unit: 'months' }, '2026-01-31', '2026-02-28'],
    [{ amount: 7, unit: 'business-days' }, '2026-04-10', '2026-04-24'],
    [{ amount: 7, unit: 'working-days' }, '2026-04-10', '2026-04-24'],
  ] as const)('%o from %s → %s', (period, from, expected) => {
    expect(addPeriod(from, period, TH)).toBe(expected);
  });

  it('counts an extension in total from arrival, so February does not eat days twice', () => {
    const month = { amount: 1, unit: 'months' } as const;
    const twoMonths = { amount: 2, unit: 'months' } as const;
    expect(addExtendedPeriod('2026-01-31', month, twoMonths, NL)).toBe('2026-04-30');
    expect(
      addExtendedPeriod(
        '2026-11-20',
        { amount: 45, unit: 'calendar-days' },
        { amount: 45, unit: 'calendar-days' },
        NL,
      ),
    ).toBe('2027-02-18');
    // Different units: the extension runs on from the end of the first period.
    expect(
      addExtendedPeriod(
        '2026-02-13',
        { amount: 2, unit: 'working-days' },
        { amount: 15, unit: 'calendar-days' },
        VN,
      ),
    ).toBe('2026-03-11');
    expect(() => addPeriod('2026-01-01', { amount: 1.5, unit: 'weeks' }, NL)).toThrow(
      /whole number/,
    );
  });
});
