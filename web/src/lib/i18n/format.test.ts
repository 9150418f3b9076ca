import { describe, expect, it } from 'vitest';
import { formatFileSize, formatNumber } from './format';

describe('formatFileSize', () => {
  it('when the size is under a kilobyte, then it is shown in bytes', () => {
    expect(formatFileSize(512, 'en')).toBe('512 bytes');
  });

  it('when the size is larger, then it uses the largest fitting decimal unit with one decimal', () => {
    expect(formatFileSize(1_550_000, 'en')).toBe('1.6 MB');
    expect(formatFileSize(2_000_000_000, 'en')).toBe('2 GB');
  });

  it('when the language is Dutch, then the decimal separator is a comma', () => {
    expect(formatFileSize(1_550_000, 'nl')).toBe('1,6 MB');
  });
});

describe('formatNumber', () => {
  it('groups thousands the way the language does', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'nl')).toBe('12.345');
  });
});
