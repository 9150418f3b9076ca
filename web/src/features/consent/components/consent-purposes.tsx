import { useId, useState } from 'react';
import type { TConsentChannel } from '@portal/shared/domain/consent-channels';
import type { TConsentPreferencesResponse } from '@portal/shared/schemas/consent.schema';
import { errorMessage } from '../../../components/errors/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useUpdateConsent } from '../api/update-consent';
import { ConsentPurposeGroup } from './consent-purpose-group';
import { WithdrawAllButton } from './withdraw-all-button';

type TProps = { preferences: TConsentPreferencesResponse };

/** Every purpose of the operator with its channels, and "withdraw all" as the one-click way out. */
export function ConsentPurposes({ preferences }: TProps) {
  const { t, language } = useI18n();
  const headingId = useId();
  const update = useUpdateConsent(language);
  const [failed, setFailed] = useState<{ purpose: string; message: string } | null>(null);
  const noticeVersion = preferences.notice.version;

  const toggle = (purpose: string, channel: TConsentChannel, granted: boolean) => {
    setFailed(null);
    update.mutate(
      { purpose, channel, granted, noticeVersion },
      {
        onError: (error) =>
          setFailed({
            purpose,
            message: t('consent.saveFailed', { reason: errorMessage(error, t) }),
          }),
      },
    );
  };

  return (
    <section className="consent-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('consent.purposesHeading')}</h2>
      <div className="consent-groups">
        {preferences.purposes.map((purpose) => (
          <ConsentPurposeGroup
            key={purpose.id}
            purpose={purpose}
            onToggle={(channel, granted) => toggle(purpose.id, channel, granted)}
            error={failed?.purpose === purpose.id ? failed.message : null}
          />
        ))}
      </div>
      <WithdrawAllButton
        noticeVersion={noticeVersion}
        anyGranted={preferences.purposes.some((p) => p.channels.some((c) => c.granted))}
      />
      <p className="notice-version">{t('consent.noticeVersion', { version: noticeVersion })}</p>
    </section>
  );
}
