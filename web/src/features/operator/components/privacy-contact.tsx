import type { TPublicProfileResponse } from '@portal/shared/schemas/public-profile.schema';
import { useId } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { PostalAddress } from './postal-address';

type TCompany = TPublicProfileResponse['company'];

/** How to reach the operator about privacy: email, data protection officer, phone, address. */
export function PrivacyContact({ company }: { company: TCompany }) {
  const { t } = useI18n();
  const headingId = useId();

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('home.contact.heading')}</h2>
      <dl className="details">
        <div className="details__row">
          <dt>{t('home.contact.email')}</dt>
          <dd>
            <a href={`mailto:${company.privacyEmail}`}>{company.privacyEmail}</a>
          </dd>
        </div>
        {company.dpoEmail ? (
          <div className="details__row">
            <dt>{t('home.contact.dpo')}</dt>
            <dd>
              <a href={`mailto:${company.dpoEmail}`}>{company.dpoEmail}</a>
            </dd>
          </div>
        ) : null}
        {company.phone ? (
          <div className="details__row">
            <dt>{t('home.contact.phone')}</dt>
            <dd>
              <a href={`tel:${company.phone.replace(/[^\d+]/g, '')}`}>{company.phone}</a>
            </dd>
          </div>
        ) : null}
        {company.tollFreePhone ? (
          <div className="details__row">
            <dt>{t('home.contact.tollFreePhone')}</dt>
            <dd>
              <a href={`tel:${company.tollFreePhone.replace(/[^\d+]/g, '')}`}>
                {company.tollFreePhone}
              </a>
            </dd>
          </div>
        ) : null}
        <div className="details__row">
          <dt>{t('home.contact.address')}</dt>
          <dd>
            <span className="postal-address__name">{company.legalName}</span>
            <PostalAddress address={company.address} />
          </dd>
        </div>
      </dl>
    </section>
  );
}
