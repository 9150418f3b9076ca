import { ZCreateExportRequestSchema, type TCreateExportRequest } from '@portal/shared/schemas/export.schema';
import { serverFieldErrors, type TFieldErrors, type TFormValidation } from '../../../lib/form-errors';
import type { TTranslate } from '../../../lib/i18n/catalog-types';

export const EXPORT_FIELDS = ['categories', 'from', 'to'] as const;
export type TExportField = (typeof EXPORT_FIELDS)[number];

/**
 * Checks the choices with the shared request schema (house style 6), so the rule "from is not
 * after to" is the server's own; each field's first problem becomes a message in the UI language.
 */
export function validateExportRequest(
  body: TCreateExportRequest,
  t: TTranslate,
): TFormValidation<TCreateExportRequest, TExportField> {
  const result = ZCreateExportRequestSchema.safeParse(body);
  if (result.success) return { ok: true, data: result.data };
  const errors: TFieldErrors<TExportField> = {};
  for (const issue of result.error.issues) {
    const field = EXPORT_FIELDS.find((name) => name === issue.path[0]);
    if (field === undefined || errors[field] !== undefined) continue;
    if (field === 'categories') {
      errors.categories = issue.code === 'too_small' ? t('exports.form.categoriesRequired') : t('exports.form.categoriesRejected');
    } else if (field === 'from') {
      // The schema's cross-field rule reports on `from` as a custom issue.
      errors.from = issue.code === 'custom' ? t('exports.form.fromAfterTo') : t('exports.form.fromInvalid');
    } else {
      errors.to = t('exports.form.toInvalid');
    }
  }
  return { ok: false, errors };
}

/** A 400 from the server names fields as `body.from`; the server's English text is not shown. */
export function serverExportFieldErrors(error: unknown, t: TTranslate): TFieldErrors<TExportField> {
  return serverFieldErrors(error, EXPORT_FIELDS, (field) => {
    if (field === 'categories') return t('exports.form.categoriesRejected');
    return field === 'from' ? t('exports.form.fromInvalid') : t('exports.form.toInvalid');
  });
}
