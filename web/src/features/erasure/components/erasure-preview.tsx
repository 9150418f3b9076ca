import { useId } from 'react';
import type { TErasurePreviewResponse, TPreviewCategory } from '@portal/shared/schemas/erasure.schema';
import { formatNumber } from '../../../lib/i18n/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { KeptDetails } from './kept-details';

function Outcome({ category }: { category: TPreviewCategory }) {
  const { t } = useI18n();
  if (category.kept) return <KeptDetails kept={category.kept} />;
  if (category.outcome === 'anonymise') return <>{t('erasure.preview.anonymise', { fields: category.anonymisedFields.join(', ') })}</>;
  return <>{t('erasure.preview.erase')}</>;
}

/** Per system, per category: deleted, anonymised, or kept (why, under which law, until when). */
export function ErasurePreview({ preview }: { preview: TErasurePreviewResponse }) {
  const { t, language } = useI18n();
  const headingId = useId();
  return (
    <section className="erasure-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('erasure.preview.heading')}</h2>
      {preview.systems.map((system) => (
        <div key={system.id} className="erasure-system">
          <h3>{t('erasure.preview.system', { system: system.name })}</h3>
          {system.availability.status === 'unavailable' ? <p className="field__hint">{t('erasure.preview.unavailable')}</p> : null}
          <table className="erasure-table">
            <thead>
              <tr>
                <th scope="col">{t('erasure.preview.category')}</th>
                <th scope="col">{t('erasure.preview.outcome')}</th>
                <th scope="col">{t('erasure.preview.records')}</th>
              </tr>
            </thead>
            <tbody>
              {system.categories.map((category) => (
                <tr key={category.id} className={`erasure-row erasure-row--${category.outcome}`}>
                  <th scope="row">{category.name}</th>
                  <td>
                    {category.kept ? <strong className="erasure-outcome">{t('erasure.preview.keep')}</strong> : null}
                    <Outcome category={category} />
                  </td>
                  <td>{category.records === null ? t('erasure.preview.unknownCount') : formatNumber(category.records, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
