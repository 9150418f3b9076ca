import type { TLanguage } from '@portal/shared/domain/languages';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Formats a date for `language`. A date-only string (`2024-05-06`) is a calendar date, not an
 * instant: it is shown as that same day in every time zone.
 */
export function formatDate(
  value: string | Date,
  language: TLanguage,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  if (typeof value === 'string' && DATE_ONLY.test(value)) {
    return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(
      new Date(`${value}T00:00:00Z`),
    );
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(language, options).format(date);
}

/** A country's name in `language` from its ISO 3166-1 alpha-2 code (`NL` → "Nederland"). */
export function formatCountry(code: string, language: TLanguage): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
