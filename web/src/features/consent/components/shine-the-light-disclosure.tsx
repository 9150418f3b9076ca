import type { TShineTheLightDisclosure } from '@portal/shared/schemas/consent.schema';
import { useI18n } from '../../../lib/i18n/use-i18n';

/** Civ. Code §1798.83: who received the customer's contact details for their own marketing last year. */
export function ShineTheLightDisclosure({ disclosure }: { disclosure: TShineTheLightDisclosure }) {
  const { t, formatCountry } = useI18n();
  return (
    <div>
      <h3>{t('consent.shineTheLight.heading')}</h3>
      {disclosure.recipients.length === 0 ? (
        <p>{t('consent.shineTheLight.none', { year: disclosure.year })}</p>
      ) : (
        <>
          <p>{t('consent.shineTheLight.intro', { year: disclosure.year })}</p>
          <ul>
            {disclosure.recipients.map((r) => (
              <li key={r.name}>
                <strong>{r.name}</strong>
                {r.address ? `, ${r.address}` : ''} ({formatCountry(r.country)}): {r.role}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
