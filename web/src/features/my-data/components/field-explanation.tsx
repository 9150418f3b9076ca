import type { TFieldView, TRecipientView } from '@portal/shared/schemas/personal-data.schema';
import { formatCountry, formatDate } from '../../../lib/i18n/format';
import { useI18n } from '../../../lib/i18n/use-i18n';

/** Art. 15 for one field: purpose, legal basis, source, recipients, retention, what can be done with it. */
export function FieldExplanation({ field, operator }: { field: TFieldView; operator: string }) {
  const { t, language } = useI18n();
  const { retention } = field;
  const period = t(`myData.period.${retention.period.unit}`, { amount: retention.period.amount });
  const kept = retention.keptUntil
    ? t('myData.explanation.keptUntil', { date: formatDate(retention.keptUntil, language), rule: retention.description })
    : t('myData.explanation.keptWhile', {
        waitingFor: t(`myData.waitingFor.${retention.waitingFor ?? 'account-closed'}`),
        period,
        rule: retention.description,
      });
  const source =
    field.source.kind === 'partner'
      ? t('myData.sources.partner', { partner: field.source.partner?.name ?? '' })
      : t(`myData.sources.${field.source.kind}`);

  return (
    <details className="field-explanation">
      <summary>{t('myData.explanation.summary', { field: field.label })}</summary>
      <dl>
        <dt>{t('myData.explanation.purposes')}</dt>
        <dd>
          {field.purposes.map((purpose) => (
            <p key={purpose.id}>
              <strong>{purpose.name}</strong>: {purpose.description}
            </p>
          ))}
        </dd>
        <dt>{t('myData.explanation.legalBasis')}</dt>
        <dd>{t(`myData.legalBases.${field.legalBasis}`)}</dd>
        <dt>{t('myData.explanation.source')}</dt>
        <dd>{source}</dd>
        <dt>{t('myData.explanation.recipients')}</dt>
        <dd>
          {field.recipients.length === 0 ? (
            t('myData.explanation.noRecipients', { operator })
          ) : (
            <ul>
              {field.recipients.map((recipient) => (
                <li key={recipient.id}>
                  <RecipientLine recipient={recipient} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('myData.explanation.retention')}</dt>
        <dd>{kept}</dd>
      </dl>
      {field.correctable ? <p>{t('myData.explanation.correctable')}</p> : null}
      {field.erasable ? <p>{t('myData.explanation.erasable')}</p> : null}
    </details>
  );
}

export function RecipientLine({ recipient }: { recipient: TRecipientView }) {
  const { t, language } = useI18n();
  return (
    <>
      {t('myData.explanation.recipient', {
        name: recipient.name,
        role: recipient.role,
        country: formatCountry(recipient.country, language),
        safeguard: t(`myData.safeguards.${recipient.safeguard}`),
      })}
    </>
  );
}
