import type { TErasureRequestView } from '@portal/shared/schemas/erasure.schema';
import { formatDate, formatNumber } from '../../../lib/i18n/format';
import { useI18n } from '../../../lib/i18n/use-i18n';

type TStep = TErasureRequestView['steps'][number];

/** One system's receipt: what it deleted and anonymised, what it keeps until when, how it confirmed. */
function Receipt({ step }: { step: TStep }) {
  const { t, language } = useI18n();
  const receipt = step.receipt;
  if (!receipt) return null;
  const count = (n: number) => formatNumber(n, language);
  return (
    <ul className="plain-list erasure-receipt">
      <li>{receipt.erasedRecords === null ? t('erasure.status.confirmedBySystem') : t('erasure.status.erased', { count: count(receipt.erasedRecords) })}</li>
      {receipt.anonymisedRecords ? <li>{t('erasure.status.anonymised', { count: count(receipt.anonymisedRecords) })}</li> : null}
      {receipt.kept
        .filter((k) => k.records > 0)
        .map((k) => (
          <li key={k.category}>{t('erasure.status.keptLine', { category: k.category, count: count(k.records), date: k.purgeUntil ? formatDate(k.purgeUntil, language) : '—' })}</li>
        ))}
      <li>{receipt.confirmation === 'callback' ? t('erasure.status.confirmedLater') : t('erasure.status.confirmedAt', { date: formatDate(receipt.confirmedAt, language, { dateStyle: 'long', timeStyle: 'short' }) })}</li>
      {receipt.reference ? <li>{t('erasure.status.reference', { reference: receipt.reference })}</li> : null}
    </ul>
  );
}

/** Each system's step of the erasure with its status in words and, once done, its receipt. */
export function ErasureSteps({ steps, headingLevel = 3 }: { steps: readonly TStep[]; headingLevel?: 3 | 4 }) {
  const { t } = useI18n();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  if (steps.length === 0) return null;
  return (
    <>
      <Heading>{t('erasure.status.stepsHeading')}</Heading>
      <ul className="erasure-steps">
        {steps.map((step) => (
          <li key={step.system} className={`erasure-step erasure-step--${step.status}`}>
            <strong>{step.name}</strong>: {t(`erasure.status.stepStatus.${step.status}`)}
            <Receipt step={step} />
          </li>
        ))}
      </ul>
    </>
  );
}
