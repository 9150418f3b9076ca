import type { TPreviewCategory } from '@portal/shared/schemas/erasure.schema';
import { formatDate, formatNumber } from '../../../lib/i18n/format';
import { useI18n } from '../../../lib/i18n/use-i18n';

type TKept = NonNullable<TPreviewCategory['kept']>;

/** Why a category is kept, under which law, and when each kept record will be deleted. */
export function KeptDetails({ kept }: { kept: TKept }) {
  const { t, language } = useI18n();
  const day = (value: string) => formatDate(value, language);
  let when: string | null = null;
  if (kept.purgeFrom && kept.purgeUntil) {
    when = kept.purgeFrom === kept.purgeUntil ? t('erasure.preview.keptUntil', { date: day(kept.purgeUntil) }) : t('erasure.preview.keptRange', { from: day(kept.purgeFrom), to: day(kept.purgeUntil) });
  }
  return (
    <div className="erasure-kept">
      <p>{t('erasure.preview.keptBecause', { reason: kept.reason, law: kept.law })}</p>
      {when ? <p>{when}</p> : null}
      {kept.items.length > 0 ? (
        <details>
          <summary>{t('erasure.preview.keptItems')}</summary>
          <ul className="plain-list">
            {kept.items.map((item) => (
              <li key={item.recordId}>
                {t('erasure.preview.keptItem', {
                  date: item.occurredAt ? day(item.occurredAt) : '—',
                  purge: item.purgeOn ? day(item.purgeOn) : '—',
                })}
              </li>
            ))}
            {kept.more > 0 ? <li>{t('erasure.preview.keptMore', { count: formatNumber(kept.more, language) })}</li> : null}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
