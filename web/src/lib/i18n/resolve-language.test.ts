import { describe, expect, it } from 'vitest';
import { resolveLanguage } from './resolve-language';

describe('resolveLanguage', () => {
  const base = { saved: null, browser: [], offered: ['nl', 'en'], fallback: 'nl' } as const;

  it("uses the visitor's saved choice when the operator offers it", () => {
    expect(resolveLanguage({ ...base, saved: 'en', browser: ['nl-NL'] })).toBe('en');
  });

  it('ignores a saved choice the operator does not offer', () => {
    expect(resolveLanguage({ ...base, saved: 'vi', browser: ['en-GB'] })).toBe('en');
  });

  it('uses the first browser language the operator offers', () => {
    expect(resolveLanguage({ ...base, browser: ['de-DE', 'en-US', 'nl'] })).toBe('en');
  });

  it("falls back to the operator's default when no browser language is offered", () => {
    expect(resolveLanguage({ ...base, browser: ['de-DE', 'fr'] })).toBe('nl');
  });

  it('uses an offered language when the default is somehow not offered', () => {
    expect(resolveLanguage({ ...base, offered: ['en'], fallback: 'nl' })).toBe('en');
  });
});
