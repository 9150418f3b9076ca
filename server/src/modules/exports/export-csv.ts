import type { TFieldValue } from '@portal/shared/inventory/field-value-schema';

// A spreadsheet runs a cell that starts with these as a formula (CSV injection, OWASP): such
// cells get a leading apostrophe in the CSV copy. The JSON files keep the exact value.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field. */
export function csvCell(value: TFieldValue | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvRow = (cells: readonly (TFieldValue | undefined)[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** Excel reads UTF-8 (Vietnamese, Dutch diacritics) correctly only after a byte order mark. */
export const CSV_BOM = '\uFEFF';
