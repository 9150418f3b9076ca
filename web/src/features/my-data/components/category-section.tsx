import { useId } from 'react';
import type { TCategoryView } from '@portal/shared/schemas/personal-data.schema';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { CategoryFields } from './category-fields';
import { CategoryRecords } from './category-records';

type TProps = { category: TCategoryView; currency: string; operator: string; onMessage: (message: string) => void };

/** One category of the inventory: what it is, where it is kept, and its data (or why it cannot be shown now). */
export function CategorySection({ category, currency, operator, onMessage }: TProps) {
  const { t } = useI18n();
  const headingId = useId();
  const { availability } = category;
  return (
    <section className="card card--wide category" aria-labelledby={headingId}>
      <h2 id={headingId}>{category.name}</h2>
      <p>{category.description}</p>
      <p className="category__system">{t('myData.heldIn', { system: category.system.name })}</p>
      {category.legalHold ? (
        <p className="notice">{t('myData.legalHold', { reason: category.legalHold.reason, law: category.legalHold.law })}</p>
      ) : null}
      {availability.status === 'unavailable' ? (
        <p className="notice notice--warning" role="status">
          {availability.reason === 'not-configured'
            ? t('myData.notConfigured', { system: category.system.name, operator })
            : t('myData.unavailable', { system: category.system.name })}
        </p>
      ) : category.cardinality === 'single' ? (
        <CategoryFields category={category} currency={currency} operator={operator} onMessage={onMessage} />
      ) : (
        <CategoryRecords category={category} currency={currency} operator={operator} />
      )}
    </section>
  );
}
