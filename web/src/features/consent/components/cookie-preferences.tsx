import { useId } from 'react';
import type { TCookieChoice } from '@portal/shared/domain/consent-methods';
import type { TCookiePreferencesResponse } from '@portal/shared/schemas/cookie-preferences.schema';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useUpdateCookiePreference } from '../api/update-cookie-preference';

type TProps = { preferences: TCookiePreferencesResponse };

/** One switch per non-essential category (nothing pre-ticked); strictly necessary shown as always on. */
export function CookiePreferences({ preferences }: TProps) {
  const { t, language } = useI18n();
  const update = useUpdateCookiePreference(language);
  const headingId = useId();
  return (
    <section className="consent-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('notice.cookies.title')}</h2>
      <p>{t('notice.cookies.portalNote')}</p>
      <ul className="consent-purposes">
        {preferences.categories.map((category) => {
          const name = t(`notice.cookies.categories.${category.id}`);
          const inputId = `cookie-${category.id}`;
          return (
            <li key={category.id} className="consent-purpose">
              <h3>{name}</h3>
              <p>{category.description}</p>
              {category.vendors.length > 0 ? (
                <p>
                  {t('notice.cookies.vendors')}:{' '}
                  {category.vendors.map((v) => `${v.name} (${v.description})`).join('; ')}
                </p>
              ) : null}
              {category.alwaysOn ? (
                <p>
                  <strong>{t('notice.cookies.alwaysOn')}</strong>
                </p>
              ) : (
                <p>
                  <input
                    id={inputId}
                    type="checkbox"
                    checked={category.granted}
                    disabled={update.isPending}
                    onChange={(event) =>
                      update.mutate({
                        category: category.id as TCookieChoice,
                        granted: event.target.checked,
                        noticeVersion: preferences.notice.version,
                      })
                    }
                  />{' '}
                  <label htmlFor={inputId}>{t('notice.cookies.allow', { category: name })}</label>
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <p role="status">{update.isSuccess ? t('notice.cookies.saved') : ''}</p>
    </section>
  );
}
