import type { TLanguage } from '@portal/shared/domain/languages';
import {
  ZPublishPrivacyNoticeRequestSchema,
  type TPublishPrivacyNoticeRequest,
} from '@portal/shared/schemas/privacy-notice.schema';
import { kindOf, type TFieldErrors, type TFormValidation, type TIssueKind } from '../../../lib/form-errors';
import type { TTranslate } from '../../../lib/i18n/catalog-types';

/** Each field's name is its dotted path in the request, as the server keys its field errors. */
export type TPublishField = 'version' | 'effectiveDate' | `texts.${TLanguage}` | `summary.${TLanguage}`;

export type TPublishLocale = { defaultLanguage: TLanguage; languages: readonly TLanguage[] };

/** The operator's languages, its default first: the form shows the required fields on top. */
export function formLanguages({ defaultLanguage, languages }: TPublishLocale): TLanguage[] {
  return [defaultLanguage, ...languages.filter((language) => language !== defaultLanguage)];
}

export function publishFields(locale: TPublishLocale): TPublishField[] {
  return ['version', 'effectiveDate', ...formLanguages(locale).flatMap((l) => [`texts.${l}`, `summary.${l}`] as const)];
}

/**
 * The server requires the default language's text; the schema requires an English summary (the
 * fallback every email uses). The default language's summary is asked for too, so customers who
 * read the default language are not sent an English summary.
 */
export function isRequired(field: TPublishField, { defaultLanguage }: TPublishLocale): boolean {
  return ['version', 'effectiveDate', `texts.${defaultLanguage}`, `summary.${defaultLanguage}`, 'summary.en'].includes(field);
}

/** Today's date (YYYY-MM-DD) where the operator is: the server judges "not in the past" there. */
export function todayIn(timeZone: string, now = new Date()): string | null {
  try {
    const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
  } catch {
    // An unknown zone: leave the check to the server rather than block the form.
    return null;
  }
}

/**
 * Validates the form with the shared request schema. Blank languages are left out of the body
 * (the schema would otherwise call an empty text too short); the default language's fields and
 * the date's lower bound are checked here too, as the server will.
 */
export function validatePublishForm(
  form: FormData,
  locale: TPublishLocale & { today: string | null },
  t: TTranslate,
): TFormValidation<TPublishPrivacyNoticeRequest, TPublishField> {
  const fields = publishFields(locale);
  const read = (field: TPublishField) => String(form.get(field) ?? '');
  const filled = (prefix: 'texts' | 'summary') =>
    Object.fromEntries(formLanguages(locale).flatMap((l) => (read(`${prefix}.${l}`).trim() ? [[l, read(`${prefix}.${l}`)]] : [])));
  const raw = { version: read('version'), effectiveDate: read('effectiveDate'), texts: filled('texts'), summary: filled('summary') };

  const errors: TFieldErrors<TPublishField> = {};
  const add = (field: TPublishField, kind: TIssueKind | 'past') => {
    errors[field] ??= describe(field, kind, t);
  };
  const result = ZPublishPrivacyNoticeRequestSchema.safeParse(raw);
  for (const issue of result.success ? [] : result.error.issues) {
    const field = fields.find((name) => name === issue.path.join('.'));
    if (field) add(field, kindOf(issue, read(field)));
  }
  for (const field of fields) if (isRequired(field, locale) && read(field).trim() === '') add(field, 'required');
  if (locale.today && raw.effectiveDate && raw.effectiveDate < locale.today) add('effectiveDate', 'past');

  if (result.success && Object.keys(errors).length === 0) return { ok: true, data: result.data };
  return { ok: false, errors };
}

function describe(field: TPublishField, kind: TIssueKind | 'past', t: TTranslate): string {
  if (field === 'version') return t(kind === 'required' ? 'notice.staff.errors.versionRequired' : 'notice.staff.errors.versionInvalid');
  if (field === 'effectiveDate') {
    if (kind === 'past') return t('notice.staff.errors.datePast');
    return t(kind === 'required' ? 'notice.staff.errors.dateRequired' : 'notice.staff.errors.dateInvalid');
  }
  const [prefix, code] = field.split('.') as ['texts' | 'summary', TLanguage];
  const language = t(`notice.staff.languages.${code}`);
  if (prefix === 'summary') return t('notice.staff.errors.summaryRequired', { language });
  if (kind === 'too-short') return t('notice.staff.errors.textTooShort', { language });
  if (kind === 'too-long') return t('notice.staff.errors.textTooLong', { language });
  return t('notice.staff.errors.textRequired', { language });
}
