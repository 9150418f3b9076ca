import { describe, expect, it } from 'vitest';
import { asciiFold, emailFromName, formatAddress } from './locale/locale-pool.ts';
import { NETHERLANDS } from './locale/netherlands.ts';
import { THAILAND } from './locale/thailand.ts';
import { unitedStates } from './locale/united-states.ts';
import { VIETNAM } from './locale/vietnam.ts';
import { createRng } from './prng.ts';

describe('createRng', () => {
  it('when given the same seed, then it gives the same numbers and UUIDs', () => {
    const [a, b] = [createRng('cocomo:customer:3'), createRng('cocomo:customer:3')];
    expect(Array.from({ length: 5 }, () => a.uuid())).toEqual(
      Array.from({ length: 5 }, () => b.uuid()),
    );
    expect(createRng('cocomo:customer:4').next()).not.toBe(createRng('cocomo:customer:3').next());
  });

  it('when making UUIDs, then they are version 4 with the RFC 4122 variant', () => {
    const rng = createRng('uuid');
    for (let i = 0; i < 200; i++)
      expect(rng.uuid()).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
  });
});

describe('locale pools', () => {
  const rng = createRng('locale-test');
  const many = <T>(make: () => T) => Array.from({ length: 300 }, make);

  it('when folding names for an email, then accents and spaces go', () => {
    expect(asciiFold('Nguyễn Thị Hương')).toBe('nguyenthihuong');
    expect(asciiFold('Đặng')).toBe('dang');
    expect(asciiFold("van 't Hof")).toBe('vanthof');
    expect(emailFromName(createRng('x'), 'Thị Hương', 'Nguyễn', ['example.vn'])).toMatch(
      /^[a-z0-9._]+@example\.vn$/,
    );
  });

  it('when making Dutch addresses, then postal codes are "1234 AB" without SA, SD or SS', () => {
    for (const a of many(() => NETHERLANDS.address(rng))) {
      expect(a.postalCode).toMatch(/^[1-9]\d{3} [A-Z]{2}$/);
      expect(a.postalCode).not.toMatch(/S[ADS]$/);
      expect(a.street).toBe(`${a.streetName} ${a.houseNumber}`);
    }
    expect(
      formatAddress({
        street: 'Kerkstraat 1',
        postalCode: '1011 AB',
        city: 'Amsterdam',
        country: 'NL',
      }),
    ).toBe('Kerkstraat 1\n1011 AB AMSTERDAM');
  });

  it('when making Thai, Vietnamese and US contacts, then numbers follow each country', () => {
    for (const p of many(() => THAILAND.phone(rng)))
      expect(p).toMatch(/^\+66 [689]\d \d{3} \d{4}$/);
    for (const a of many(() => THAILAND.address(rng))) expect(a.postalCode).toMatch(/^[1-9]\d{4}$/);
    for (const p of many(() => VIETNAM.phone(rng)))
      expect(p).toMatch(/^\+84 [0-9]{3} \d{3} \d{3}$/);
    for (const a of many(() => VIETNAM.address(rng)))
      expect(a.postalCode).toMatch(/^(1[0-4]|50|7[0-4])\d00$/);
    // Most Vietnamese names carry diacritics ("Nguyễn Thị Hương"); a few, like "Phan Minh Anh", do not.
    const names = many(() => VIETNAM.name(rng, 'female')).map(
      (n) => `${n.familyName} ${n.givenName}`,
    );
    expect(names.filter((n) => /[À-ỹ]/.test(n)).length / names.length).toBeGreaterThan(0.8);
    const us = unitedStates(true);
    for (const a of many(() => us.address(rng))) {
      expect(a.postalCode).toMatch(/^\d{5}$/);
      if (a.city === 'Fresno') expect(us.phone(rng, a)).toMatch(/^\+1 \(559\) 555-01\d{2}$/);
    }
  });
});
