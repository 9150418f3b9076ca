import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';

type TProps = {
  codes: readonly string[];
  /** Who the codes are for, written at the top of the downloaded file. */
  issuer: string;
  /** The person has saved them and goes on. */
  onDone: () => void;
  doneLabel: string;
};

const FILE_NAME = 'recovery-codes.txt';

/** Recovery codes, shown once: copy them or download them as a text file, then go on. */
export function RecoveryCodes({ codes, issuer, onDone, doneLabel }: TProps) {
  const { t } = useI18n();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const text = `${t('auth.recoveryCodes.fileHeading', { issuer })}\n\n${codes.join('\n')}\n`;

  const copyCodes = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = FILE_NAME;
    link.click();
    // Give the browser a moment to start the download before the URL is released.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section className="auth-step" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="auth-step__heading">
        {t('auth.recoveryCodes.heading')}
      </h2>
      <p>{t('auth.recoveryCodes.intro')}</p>
      <ul className="recovery-codes__list" aria-label={t('auth.recoveryCodes.listLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={() => void copyCodes()}>
          {t('auth.recoveryCodes.copy')}
        </button>
        <button type="button" className="button button--secondary" onClick={download}>
          {t('auth.recoveryCodes.download')}
        </button>
      </div>
      <p role="status">
        {copy === 'copied' ? t('auth.recoveryCodes.copied') : null}
        {copy === 'failed' ? t('auth.recoveryCodes.copyFailed') : null}
      </p>
      <div className="form__actions">
        <button type="button" className="button" onClick={onDone}>
          {doneLabel}
        </button>
      </div>
    </section>
  );
}
