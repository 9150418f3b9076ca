import { useId, useState } from 'react';
import type { TPrivacyChoice } from '@portal/shared/domain/consent-methods';
import {
  GPC_OVERRIDE_REQUIRED_MESSAGE,
  type TConsentPreferencesResponse,
} from '@portal/shared/schemas/consent.schema';
import { errorMessage } from '../../../components/errors/error-message';
import { ApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { browserSendsGpc } from '../api/apply-browser-gpc';
import { useUpdatePrivacyChoice } from '../api/update-privacy-choice';
import { ShineTheLightDisclosure } from './shine-the-light-disclosure';

type TProps = {
  choices: NonNullable<TConsentPreferencesResponse['privacyChoices']>;
  noticeVersion: string;
  operatorName: string;
};

/** "Your Privacy Choices" (CCPA): opt-outs, ticked when opted out, none ticked by default. */
export function PrivacyChoices({ choices, noticeVersion, operatorName }: TProps) {
  const { t, language, formatDate } = useI18n();
  const headingId = useId();
  const update = useUpdatePrivacyChoice(language);
  const [confirmingGpc, setConfirmingGpc] = useState(false);
  const [failed, setFailed] = useState<{ choice: TPrivacyChoice; message: string } | null>(null);

  const change = (choice: TPrivacyChoice, optedOut: boolean, confirmOverrideGpc = false) => {
    setFailed(null);
    // Opting back in to sale or sharing against a GPC signal needs an explicit yes (11 CCR §7025).
    if (choice === 'sale-or-sharing' && !optedOut && !confirmOverrideGpc && browserSendsGpc()) {
      setConfirmingGpc(true);
      return;
    }
    update.mutate(
      { choice, optedOut, noticeVersion, ...(confirmOverrideGpc ? { confirmOverrideGpc } : {}) },
      {
        onSuccess: () => setConfirmingGpc(false),
        onError: (error) => {
          if (error instanceof ApiError && error.message === GPC_OVERRIDE_REQUIRED_MESSAGE) {
            setConfirmingGpc(true);
            return;
          }
          setFailed({
            choice,
            message: t('consent.choices.saveFailed', { reason: errorMessage(error, t) }),
          });
        },
      },
    );
  };

  return (
    <section className="consent-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('consent.choices.heading')}</h2>
      <p>{t('consent.choices.intro', { operator: operatorName })}</p>
      <ul className="plain-list">
        {choices.choices.map((state) => (
          <li key={state.id} className="consent-toggle">
            <label>
              <input
                type="checkbox"
                checked={state.optedOut}
                aria-describedby={`${headingId}-${state.id}`}
                onChange={(event) => change(state.id, event.target.checked)}
              />
              {t(`consent.choices.${state.id}.label`)}
            </label>
            <span id={`${headingId}-${state.id}`} className="consent-toggle__since">
              {t(`consent.choices.${state.id}.description`)}
              {state.optedOut && state.changedAt
                ? ` ${t('consent.choices.optedOutOn', { date: formatDate(state.changedAt) })}`
                : null}
            </span>
            {state.id === 'sale-or-sharing' && confirmingGpc ? (
              <div
                className="consent-confirm"
                role="group"
                aria-label={t('consent.choices.gpcQuestion')}
              >
                <p>{t('consent.choices.gpcQuestion')}</p>
                <div className="consent-actions">
                  <button
                    type="button"
                    className="button"
                    onClick={() => change('sale-or-sharing', false, true)}
                  >
                    {t('consent.choices.gpcConfirm')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => setConfirmingGpc(false)}
                  >
                    {t('consent.choices.gpcCancel')}
                  </button>
                </div>
              </div>
            ) : null}
            {failed?.choice === state.id ? (
              <p className="consent-error" role="alert">
                {failed.message}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {choices.shineTheLight ? (
        <ShineTheLightDisclosure disclosure={choices.shineTheLight} />
      ) : null}
    </section>
  );
}
