import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  darkenUntilReadable,
  MIN_TEXT_CONTRAST,
  readableOn,
  themeCustomProperties,
} from './theme';

describe('operator theme', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('keeps a readable on-primary colour and replaces an unreadable one', () => {
    expect(readableOn('#0b5394', '#ffffff')).toBe('#ffffff');
    expect(readableOn('#ffeb3b', '#ffffff')).toBe('#000000');
  });

  it('darkens a light brand colour until links read on white', () => {
    const link = darkenUntilReadable('#f1c232', '#ffffff');
    expect(contrastRatio(link, '#ffffff')).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(darkenUntilReadable('#0b5394', '#ffffff')).toBe('#0b5394');
  });

  it('maps a theme to the custom properties the stylesheet reads', () => {
    expect(
      themeCustomProperties({ primary: '#0b5394', onPrimary: '#ffffff', accent: '#f1c232' }),
    ).toEqual({
      '--color-primary': '#0b5394',
      '--color-on-primary': '#ffffff',
      '--color-accent': '#f1c232',
      '--color-link': '#0b5394',
    });
  });
});
