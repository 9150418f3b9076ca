import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { restrictionQueryOptions, useChangeRestriction } from '../api/restriction';
import { formatDate } from '../../../lib/i18n/format';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { erasureErrorMessage } from '../lib/erasure-error-message';

/**
 * The alternative to erasure (GDPR Art. 18): data kept but not used, in every system, until the
 * customer lifts it. Reversible, so one click each way; a system that did not confirm is named.
 */
export function RestrictionPanel() {
  const { t, language } = useI18n();
  const headingId = useId();
  const state = useQuery(restrictionQueryOptions());
  const change = useChangeRestriction();
  const [lifted, setLifted] = useState(false);
  if (!state.data) return null;
  const restricted = state.data.status === 'restricted';
  const unconfirmed = (change.data?.systems ?? []).filter((s) => s.status === 'failed');

  return (
    <section className="erasure-section erasure-restriction" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('erasure.restriction.heading')}</h2>
      {restricted ? (
        <p>{state.data.since ? t('erasure.restriction.active', { date: formatDate(state.data.since, language) }) : t('erasure.restriction.activeNoDate')}</p>
      ) : (
        <p>{t('erasure.restriction.intro')}</p>
      )}
      {lifted && !restricted ? <p role="status">{t('erasure.restriction.lifted')}</p> : null}
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={change.isPending}
          onClick={() => {
            if (change.isPending) return;
            change.mutate(!restricted, { onSuccess: (view) => setLifted(view.status === 'active') });
          }}
        >
          {change.isPending
            ? t(restricted ? 'erasure.restriction.lifting' : 'erasure.restriction.restricting')
            : t(restricted ? 'erasure.restriction.lift' : 'erasure.restriction.restrict')}
        </button>
      </div>
      {unconfirmed.map((system) => (
        <p key={system.system} className="field__hint">
          {t('erasure.restriction.systemFailed', { system: system.name })}
        </p>
      ))}
      {change.isError ? (
        <p className="field__error" role="alert">
          {t('erasure.restriction.failed', { reason: erasureErrorMessage(change.error, t) })}
        </p>
      ) : null}
    </section>
  );
}
