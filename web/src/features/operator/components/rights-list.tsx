import type { TRight } from '@portal/shared/domain/rights';
import { useId } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';

type TProps = {
  rights: readonly TRight[];
  operatorName: string;
};

/** The rights this operator tells its customers they have, each with a one-line explanation. */
export function RightsList({ rights, operatorName }: TProps) {
  const { t } = useI18n();
  const headingId = useId();

  return (
    <section className="card card--wide" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('home.rights.heading')}</h2>
      <p>{t('home.rights.intro', { operator: operatorName })}</p>
      <ul className="rights">
        {rights.map((right) => (
          <li key={right} className="rights__item">
            <strong className="rights__label">{t(`rights.${right}.label`)}</strong>
            <span className="rights__description">{t(`rights.${right}.description`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
