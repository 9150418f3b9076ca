import type { TPublicProfileResponse } from '@portal/shared/schemas/public-profile.schema';
import { useId } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';

type TProps = {
  authority: TPublicProfileResponse['supervisoryAuthority'];
  operatorName: string;
};

/** Where a customer can complain about the operator (GDPR Art. 77, and its equivalents). */
export function SupervisoryAuthority({ authority, operatorName }: TProps) {
  const { t, formatCountry } = useI18n();
  const headingId = useId();

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('home.authority.heading')}</h2>
      <p>{t('home.authority.intro', { operator: operatorName })}</p>
      <p className="authority">
        <a href={authority.url} rel="noopener noreferrer" className="authority__name">
          {authority.name}
        </a>
        <span className="authority__country">{formatCountry(authority.country)}</span>
      </p>
      <ul className="plain-list">
        {authority.complaintUrl ? (
          <li>
            <a href={authority.complaintUrl} rel="noopener noreferrer">
              {t('home.authority.complaint')}
            </a>
          </li>
        ) : null}
        {authority.email ? (
          <li>
            {t('home.authority.email')}: <a href={`mailto:${authority.email}`}>{authority.email}</a>
          </li>
        ) : null}
        {authority.phone ? (
          <li>
            {t('home.authority.phone')}:{' '}
            <a href={`tel:${authority.phone.replace(/[^\d+]/g, '')}`}>{authority.phone}</a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
