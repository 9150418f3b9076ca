import type { TFieldValue } from '@portal/shared/inventory/field-value-schema';
import type { TFieldView } from '@portal/shared/schemas/personal-data.schema';
import { formatDate } from '../../../lib/i18n/format';
import { useI18n } from '../../../lib/i18n/use-i18n';

/** One stored value, shown the way its type reads best in the visitor's language. */
export function FieldValue({ field, value, currency }: { field: TFieldView; value: TFieldValue | undefined; currency: string }) {
  const { t, language } = useI18n();
  if (field.visibility === 'withheld') {
    return <em>{t('myData.withheld', { reason: field.withheldReason ?? '' })}</em>;
  }
  if (value === null || value === undefined || value === '') return <em>{t('myData.noValue')}</em>;
  if (typeof value === 'boolean') return <>{value ? t('myData.yes') : t('myData.no')}</>;
  if (field.type === 'date' && typeof value === 'string') return <>{formatDate(value, language)}</>;
  if (field.type === 'datetime' && typeof value === 'string') {
    return <>{formatDate(value, language, { dateStyle: 'medium', timeStyle: 'short' })}</>;
  }
  // Money travels as a decimal string ("12.50") so no float ever rounds it.
  if (field.type === 'money' && Number.isFinite(Number(value))) {
    return <>{new Intl.NumberFormat(language, { style: 'currency', currency }).format(Number(value))}</>;
  }
  return <>{String(value)}</>;
}
