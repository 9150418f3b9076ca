import { useId } from 'react';
import type { TConsentChannel } from '@portal/shared/domain/consent-channels';
import type { TConsentPurposeState } from '@portal/shared/schemas/consent.schema';
import { useI18n } from '../../../lib/i18n/use-i18n';

type TProps = {
  purpose: TConsentPurposeState;
  onToggle: (channel: TConsentChannel, granted: boolean) => void;
  /** The error of the last failed change in this group, already in words. */
  error: string | null;
};

/**
 * One purpose: a real checkbox per channel, none ticked unless the customer ticked it, the
 * purpose in plain words and the reminder that transactional messages continue.
 */
export function ConsentPurposeGroup({ purpose, onToggle, error }: TProps) {
  const { t, formatDate } = useI18n();
  const descriptionId = useId();
  const noteId = useId();

  return (
    <fieldset className="consent-group" aria-describedby={`${descriptionId} ${noteId}`}>
      <legend>{purpose.name}</legend>
      <p id={descriptionId}>{purpose.description}</p>
      <ul className="consent-toggles">
        {purpose.channels.map((state) => {
          const date = state.changedAt
            ? formatDate(state.changedAt, { dateStyle: 'medium', timeStyle: 'short' })
            : null;
          return (
            <li key={state.channel} className="consent-toggle">
              <label>
                <input
                  type="checkbox"
                  checked={state.granted}
                  onChange={(event) => onToggle(state.channel, event.target.checked)}
                />
                {t(`consent.channels.${state.channel}`)}
              </label>
              {date ? (
                <span className="consent-toggle__since">
                  {state.granted
                    ? t('consent.givenOn', { date })
                    : t('consent.withdrawnOn', { date })}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p id={noteId} className="consent-group__note">
        {t('consent.transactional')}
      </p>
      {error ? (
        <p className="consent-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
