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

/** A number in `language` (`12.345` in Dutch, `12,345` in English); a percentage with `{ style: 'percent' }`. */
export function formatNumber(value: number, language: TLanguage, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(language, options).format(value);
}

const FILE_SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A file size in decimal units (1 kB = 1000 bytes, as operating systems show downloads), in `language`. */
export function formatFileSize(bytes: number, language: TLanguage): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < FILE_SIZE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: FILE_SIZE_UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
